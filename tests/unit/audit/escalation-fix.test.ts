// The smallest fix of a privilege-escalation finding: it cuts the first request of the first path, is verified by
// running the check again, and is a pure edit (undo is the scenario before).
import { describe, expect, it } from 'vitest'
import { applyFix, type Group, type ManagedPolicy, type Scenario, type User } from '../../../src/engine/index'
import { A, clean, findingsOf, fixed } from './fixtures'

const userArn = (name: string) => `arn:aws:iam::${A}:user/${name}`
const inline = (name: string, action: string | string[], resource = '*') => ({
  name,
  document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource }] } as never,
})
const admin: User = { name: 'admin', groups: ['Admins'] }
const admins: Group = { name: 'Admins', managedPolicies: ['AdministratorAccess'] }
const world = (users: User[], policies: ManagedPolicy[] = []) =>
  clean({ users: [admin, ...users], groups: [admins], policies })
const escalation = (s: Scenario, who = 'eve') =>
  findingsOf(s, 'privilege-escalation').find((f) => f.params.name === who)

describe('privilege-escalation fix', () => {
  it('takes the action out of the statement that names it; the finding is gone, the rest of the statement stays', () => {
    const s = world([{ name: 'eve', inlinePolicies: [inline('Keys', ['s3:GetObject', 'iam:CreateAccessKey'])] }])
    const f = escalation(s)!
    expect(f.fix).toMatchObject({
      kind: 'remove-action',
      policy: { entity: { kind: 'user', name: 'eve', account: A }, inline: 'Keys' },
      statement: 0,
      action: 'iam:CreateAccessKey',
      label: 'Remove iam:CreateAccessKey from policy Keys',
    })
    const next = fixed(s, f)
    expect(escalation(next)).toBeUndefined()
    const doc = next.users!.find((u) => u.name === 'eve')!.inlinePolicies![0]!.document as never as {
      Statement: { Action: unknown }[]
    }
    expect(doc.Statement[0]!.Action).toEqual(['s3:GetObject'])
  })

  it('deletes an inline policy left with no statement', () => {
    const s = world([
      { name: 'eve', inlinePolicies: [inline('Keys', 'iam:CreateAccessKey'), inline('Read', 's3:Get*')] },
    ])
    const f = escalation(s)!
    expect(f.fix).toMatchObject({ kind: 'remove-action', policy: { inline: 'Keys' } })
    const next = fixed(s, f)
    expect(escalation(next)).toBeUndefined()
    expect(next.users!.find((u) => u.name === 'eve')!.inlinePolicies!.map((p) => p.name)).toEqual(['Read'])
  })

  it('adds a Deny to a customer managed policy rather than leave it with no statement', () => {
    const keys: ManagedPolicy = {
      name: 'Keys',
      versions: [{ id: 'v1', isDefault: true, document: inline('x', 'iam:CreateAccessKey', userArn('*')).document }],
    }
    const s = world([{ name: 'eve', managedPolicies: ['Keys'] }], [keys])
    const f = escalation(s)!
    expect(f.fix).toMatchObject({
      kind: 'deny-action',
      policy: { entity: { kind: 'policy', name: 'Keys', account: A } },
    })
    const next = fixed(s, f)
    expect(escalation(next)).toBeUndefined()
    expect(next.policies![0]!.versions[0]!.document).toMatchObject({
      Statement: [{ Effect: 'Allow' }, { Effect: 'Deny', Action: 'iam:CreateAccessKey', Resource: userArn('admin') }],
    })
  })

  it('denies on every resource when the action reaches other targets alike', () => {
    const s = world([
      { name: 'eve', inlinePolicies: [inline('Keys', 'iam:CreateAccess*')] },
      { name: 'bob', groups: ['Admins'] },
    ])
    const f = escalation(s)!
    expect(f.fix).toMatchObject({ kind: 'deny-action', action: 'iam:CreateAccessKey', resource: '*' })
    expect(escalation(fixed(s, f))).toBeUndefined()
  })

  it('adds a Deny to the same policy when a wildcard allowed the step', () => {
    const s = world([{ name: 'eve', inlinePolicies: [inline('Keys', 'iam:CreateAccess*')] }])
    const f = escalation(s)!
    expect(f.fix).toMatchObject({
      kind: 'deny-action',
      action: 'iam:CreateAccessKey',
      resource: userArn('admin'),
      label: `Deny iam:CreateAccessKey on ${userArn('admin')} in policy Keys`,
    })
    expect(escalation(fixed(s, f))).toBeUndefined()
  })

  it('denies in the policy when another statement would still allow the step (removing the action would not do)', () => {
    const s = world([
      { name: 'eve', inlinePolicies: [inline('A', 'iam:CreateAccessKey'), inline('B', 'iam:CreateAccessKey')] },
    ])
    const f = escalation(s)!
    expect(f.fix).toMatchObject({ kind: 'deny-action', policy: { inline: 'A' } })
    expect(escalation(fixed(s, f))).toBeUndefined()
  })

  it('sets a permissions boundary when only an AWS managed policy allows the step', () => {
    const awsKeys: ManagedPolicy = {
      name: 'KeysForAll',
      account: 'aws',
      versions: [{ id: 'v1', isDefault: true, document: inline('x', 'iam:CreateAccessKey').document }],
    }
    const s = world([{ name: 'eve', managedPolicies: ['KeysForAll'] }], [awsKeys])
    const f = escalation(s)!
    expect(f.fix).toMatchObject({
      kind: 'set-boundary',
      entity: { kind: 'user', name: 'eve', account: A },
      policy: 'eve-boundary',
      label: 'Set a permissions boundary eve-boundary on eve that denies iam:CreateAccessKey',
    })
    const next = fixed(s, f)
    expect(escalation(next)).toBeUndefined()
    expect(next.users!.find((u) => u.name === 'eve')?.permissionsBoundary).toBe('eve-boundary')
    expect(next.policies!.map((p) => p.name)).toEqual(['KeysForAll', 'eve-boundary'])
  })

  it('is a pure edit: the scenario before it still has the finding (undo)', () => {
    const s = world([{ name: 'eve', inlinePolicies: [inline('Keys', 'iam:CreateAccessKey')] }])
    const before = structuredClone(s)
    const f = escalation(s)!
    const next = applyFix(s, f.fix!)
    expect(next).not.toBe(s)
    expect(s).toEqual(before)
    expect(escalation(s)).toBeDefined()
  })

  it('offers none when no candidate removes the finding (IAMFullAccess: many ways up)', () => {
    const s = world([{ name: 'eve', managedPolicies: ['IAMFullAccess'] }])
    const f = escalation(s)!
    expect(f.details!.length).toBeGreaterThan(1)
    expect(f.fix).toBeUndefined()
  })
})
