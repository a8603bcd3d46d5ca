// The Allow statement that would need to exist: exactly this action and resource, in an inline policy (existing or
// new) or a new default version of a customer managed policy — never over a size quota or the version limit.
import { describe, expect, it } from 'vitest'
import type { ManagedPolicy, Scenario } from '../../../src/engine/index'
import { readDocument, statementsOf } from '../../../src/engine/remedy/documents'
import { allow, policy } from '../../helpers/policy'
import { A, scenario, session } from '../../helpers/scenario'
import { ask, ops } from './support'

const OBJECT = 'arn:aws:s3:::reports/q1.csv'
const request = { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT }

function lastStatement(body: unknown) {
  const doc = readDocument(body as never)!
  return statementsOf(doc).at(-1)
}

describe('add-statement', () => {
  it('adds a new inline policy with exactly the action and the resource when the user has none', () => {
    const answer = ask(scenario({ users: [{ name: 'alice' }] }), request)
    expect(ops(answer)).toEqual([['new-inline']])
    const p = answer.proposals[0]!
    expect(p.kind).toBe('add-statement')
    const added = p.scenario!.users![0]!.inlinePolicies![0]!
    expect(added.name).toBe('AllowS3GetObject')
    expect(lastStatement(added.document)).toEqual({
      Sid: 'AllowS3GetObject',
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: OBJECT,
    })
    expect(p.changes[0]!.preview.split('\n').every((line) => line.startsWith('+ '))).toBe(true)
    expect(p.changes[0]!.preview).toContain('"Action": "s3:GetObject"')
    expect(p.label).toBe('Add an inline policy AllowS3GetObject to user alice that allows s3:GetObject')
  })

  it('appends to the first inline policy (kept as text when it was text), and offers a new one too', () => {
    const text = JSON.stringify(policy(allow('s3:ListBucket', 'arn:aws:s3:::reports')), null, 2)
    const answer = ask(
      scenario({ users: [{ name: 'alice', inlinePolicies: [{ name: 'Reports', document: text }] }] }),
      request,
    )
    expect(ops(answer)).toEqual([['add-inline'], ['new-inline']])
    const body = answer.proposals[0]!.scenario!.users![0]!.inlinePolicies![0]!.document
    expect(typeof body).toBe('string')
    expect(statementsOf(readDocument(body)!)).toHaveLength(2)
  })

  it('saves a new default version of an attached customer managed policy, saying who else it reaches', () => {
    const managed: ManagedPolicy = {
      name: 'Readers',
      versions: [{ id: 'v1', isDefault: true, document: policy(allow('s3:ListBucket')) }],
    }
    const s = scenario({
      users: [
        { name: 'alice', managedPolicies: ['Readers'] },
        { name: 'bob', managedPolicies: ['Readers'] },
      ],
      policies: [managed],
    })
    const answer = ask(s, request)
    const p = answer.proposals.find((x) => x.changes[0]!.op === 'add-managed')!
    expect(p.changes[0]!.params).toMatchObject({ policy: 'Readers', version: 'v2', shared: '1' })
    const versions = p.scenario!.policies![0]!.versions
    expect(versions.map((v) => [v.id, v.isDefault ?? false])).toEqual([
      ['v1', false],
      ['v2', true],
    ])
  })

  it('keeps at most five versions: the oldest non-default one goes', () => {
    const versions = [1, 2, 3, 4, 5].map((n) => ({
      id: `v${n}`,
      document: policy(allow('s3:ListBucket')),
      ...(n === 3 ? { isDefault: true } : {}),
    }))
    const s = scenario({
      users: [{ name: 'alice', managedPolicies: ['Readers'] }],
      policies: [{ name: 'Readers', versions }],
    })
    const p = ask(s, request).proposals.find((x) => x.changes[0]!.op === 'add-managed')!
    const after = p.scenario!.policies![0]!.versions
    expect(after.map((v) => v.id)).toEqual(['v2', 'v3', 'v4', 'v5', 'v6'])
    expect(after.filter((v) => v.isDefault).map((v) => v.id)).toEqual(['v6'])
  })

  it('offers nothing that would take inline policies over the quota (2,048 characters for a user)', () => {
    const actions = Array.from({ length: 86 }, (_, i) => `ec2:Describe${'X'.repeat(5)}${i}`)
    const big = policy(allow(actions, '*'))
    const s: Scenario = scenario({ users: [{ name: 'alice', inlinePolicies: [{ name: 'Big', document: big }] }] })
    expect(JSON.stringify(big).length).toBeGreaterThan(2048 - 100)
    expect(JSON.stringify(big).length).toBeLessThan(2048)
    const answer = ask(s, request)
    expect(answer.proposals).toEqual([])
    expect(answer.unreachable?.code).toBe('none-found')
    // A role has room for 10,240 characters: the same policy leaves space for one more statement.
    const role = scenario({
      roles: [
        {
          name: 'app',
          trustPolicy: policy(allow('sts:AssumeRole', '*', { Principal: { Service: 'ec2.amazonaws.com' } })),
          inlinePolicies: [{ name: 'Big', document: big }],
        },
      ],
      sessions: [session('app', 's1')],
    })
    const forRole = ask(role, { ...request, principal: `arn:aws:sts::${A}:assumed-role/app/s1` })
    expect(ops(forRole)).toEqual([['add-inline'], ['new-inline']])
  })

  it('names the new policy so that it does not clash with an existing one (IAM names ignore case)', () => {
    const s = scenario({
      users: [
        { name: 'alice', inlinePolicies: [{ name: 'allows3getobject', document: policy(allow('s3:ListBucket')) }] },
      ],
    })
    const p = ask(s, request).proposals.find((x) => x.changes[0]!.op === 'new-inline')!
    expect(p.scenario!.users![0]!.inlinePolicies!.map((x) => x.name)).toEqual(['allows3getobject', 'AllowS3GetObject2'])
  })
})

describe('cross-account', () => {
  const B = '444455556666'
  const reader = `arn:aws:sts::${B}:assumed-role/Reader/job`
  const twoAccounts = (identity: boolean, bucketPolicy: boolean) =>
    scenario({
      accounts: [{ id: A }, { id: B }],
      roles: [
        {
          name: 'Reader',
          account: B,
          trustPolicy: policy(allow('sts:AssumeRole', '*', { Principal: { Service: 'ec2.amazonaws.com' } })),
          ...(identity ? { inlinePolicies: [{ name: 'Read', document: policy(allow('s3:GetObject')) }] } : {}),
        },
      ],
      resources: [
        {
          arn: 'arn:aws:s3:::reports',
          account: A,
          ...(bucketPolicy
            ? {
                policy: policy(
                  allow('s3:ListBucket', 'arn:aws:s3:::reports', { Principal: { AWS: `arn:aws:iam::${B}:root` } }),
                ),
              }
            : {}),
        },
      ],
      sessions: [session(`arn:aws:iam::${B}:role/Reader`, 'job')],
    })
  const cross = { principal: reader, action: 's3:GetObject', resource: OBJECT }

  it('adds a statement to the bucket policy naming the other account’s role', () => {
    const answer = ask(twoAccounts(true, true), cross)
    expect(ops(answer)).toEqual([['add-resource']])
    const statement = lastStatement(answer.proposals[0]!.scenario!.resources![0]!.policy)
    expect(statement).toMatchObject({
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${B}:role/Reader` },
      Action: 's3:GetObject',
      Resource: OBJECT,
    })
  })

  it('gives the bucket a policy when it has none', () => {
    const answer = ask(twoAccounts(true, false), cross)
    expect(ops(answer)).toEqual([['new-resource-policy']])
  })

  it('does not invent a resource in an account the scenario does not have', () => {
    const s = scenario({
      users: [{ name: 'alice', inlinePolicies: [{ name: 'Sqs', document: policy(allow('sqs:*')) }] }],
    })
    const queue = 'arn:aws:sqs:us-east-1:999999999999:orders'
    const answer = ask(s, { principal: 'user/alice', action: 'sqs:SendMessage', resource: queue })
    expect(answer.proposals).toEqual([])
    expect(answer.unreachable?.code).toBe('none-found')
  })

  it('combines the resource side and the identity side when both lack an allow', () => {
    const answer = ask(twoAccounts(false, true), cross)
    expect(answer.proposals.length).toBeGreaterThan(0)
    for (const p of answer.proposals) {
      expect(p.kind).toBe('add-statement')
      expect(p.changes).toHaveLength(2)
      expect(p.changes.map((c) => c.op)).toContain('add-resource')
    }
    expect(ops(answer)).toContainEqual(['add-resource', 'new-inline'])
  })
})
