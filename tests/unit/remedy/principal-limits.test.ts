// What limits a principal: the permissions boundary (add the action, or remove the boundary), session policies (add
// the action; an expired session is assumed again), and a role's trust policy for sts:AssumeRole.
import { describe, expect, it } from 'vitest'
import { allow, policy } from '../../helpers/policy'
import { A, scenario, session, T0, trust } from '../../helpers/scenario'
import { ask, ops } from './support'

const OBJECT = 'arn:aws:s3:::reports/q1.csv'
const ec2Trust = trust({ Service: 'ec2.amazonaws.com' })

describe('boundary', () => {
  const bounded = (boundary: string) =>
    scenario({
      users: [
        {
          name: 'alice',
          inlinePolicies: [{ name: 'S3', document: policy(allow('s3:*')) }],
          permissionsBoundary: boundary,
        },
      ],
      policies: [{ name: 'Ec2Boundary', versions: [{ id: 'v1', isDefault: true, document: policy(allow('ec2:*')) }] }],
    })
  const request = { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT }

  it('adds the action to a customer managed boundary (a new default version), or removes the boundary', () => {
    const answer = ask(bounded('Ec2Boundary'), request)
    expect(ops(answer)).toEqual([['add-boundary'], ['remove-boundary']])
    expect(answer.proposals.every((p) => p.kind === 'boundary')).toBe(true)
    expect(answer.proposals[0]!.changes[0]!.params).toMatchObject({ policy: 'Ec2Boundary', version: 'v2' })
    expect(answer.proposals[1]!.scenario!.users![0]!.permissionsBoundary).toBeUndefined()
  })

  it('can only remove an AWS managed boundary', () => {
    const answer = ask(bounded('arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess'), request)
    expect(ops(answer)).toEqual([['remove-boundary']])
  })
})

describe('session', () => {
  const role = {
    name: 'app',
    trustPolicy: ec2Trust,
    inlinePolicies: [{ name: 'S3', document: policy(allow('s3:*')) }],
  }
  const principal = `arn:aws:sts::${A}:assumed-role/app/s1`

  it('allows the action in the session policy that limits the session', () => {
    const s = scenario({
      roles: [role],
      sessions: [session('app', 's1', { policies: [policy(allow('s3:ListBucket'))] })],
    })
    const answer = ask(s, { principal, action: 's3:GetObject', resource: OBJECT })
    expect(ops(answer)).toEqual([['add-session']])
    expect(answer.proposals[0]!.kind).toBe('session')
    expect(answer.proposals[0]!.scenario!.sessions![0]!.policies).toHaveLength(1)
  })

  it('assumes the role again when the session has expired', () => {
    const s = scenario({
      environment: { time: '2026-01-01T05:00:00Z' },
      roles: [role],
      sessions: [session('app', 's1', { issuedAt: T0, durationSeconds: 3600 })],
    })
    const answer = ask(s, { principal, action: 's3:GetObject', resource: OBJECT })
    expect(ops(answer)).toEqual([['renew-session']])
    expect(answer.proposals[0]!.scenario!.sessions![0]!.issuedAt).toBe('2026-01-01T05:00:00Z')
  })
})

describe('trust', () => {
  it('adds the caller to the role’s trust policy for sts:AssumeRole', () => {
    const s = scenario({ users: [{ name: 'alice' }], roles: [{ name: 'app', trustPolicy: ec2Trust }] })
    const answer = ask(s, { principal: 'user/alice', action: 'sts:AssumeRole', resource: `arn:aws:iam::${A}:role/app` })
    expect(ops(answer)).toEqual([['add-trust']])
    expect(answer.proposals[0]!.kind).toBe('trust')
    const after = answer.proposals[0]!.scenario!.roles![0]!.trustPolicy as { Statement: unknown[] }
    expect(after.Statement.at(-1)).toEqual({
      Sid: 'AllowStsAssumeRole',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${A}:user/alice` },
      Action: 'sts:AssumeRole',
    })
  })

  it('names a service principal by its Service entry', () => {
    const s = scenario({ roles: [{ name: 'fn', trustPolicy: trust({ Service: 'lambda.amazonaws.com' }) }] })
    const answer = ask(s, {
      principal: 'ec2.amazonaws.com',
      action: 'sts:AssumeRole',
      resource: `arn:aws:iam::${A}:role/fn`,
    })
    const after = answer.proposals[0]!.scenario!.roles![0]!.trustPolicy as { Statement: { Principal: unknown }[] }
    expect(after.Statement.at(-1)!.Principal).toEqual({ Service: 'ec2.amazonaws.com' })
  })

  it('fills in the external ID the trust policy asks for', () => {
    const withExternalId = trust({ AWS: `arn:aws:iam::${A}:root` }, 'sts:AssumeRole', {
      Condition: { StringEquals: { 'sts:ExternalId': 'abc-123' } },
    })
    const s = scenario({
      users: [{ name: 'alice', inlinePolicies: [{ name: 'Assume', document: policy(allow('sts:AssumeRole')) }] }],
      roles: [{ name: 'app', trustPolicy: withExternalId }],
    })
    const answer = ask(s, { principal: 'user/alice', action: 'sts:AssumeRole', resource: `arn:aws:iam::${A}:role/app` })
    expect(answer.proposals[0]!.request?.context).toEqual({ 'sts:ExternalId': 'abc-123' })
  })
})
