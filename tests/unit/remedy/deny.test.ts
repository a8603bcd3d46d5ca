// An explicit Deny in the way: narrow the statement (take the action out of its list, or add it to NotAction),
// delete the statement, or — when it is the policy's only one, or the policy cannot be edited — delete or detach
// the policy. Also denies in resource and trust policies.
import { describe, expect, it } from 'vitest'
import { allow, deny, policy } from '../../helpers/policy'
import { A, scenario } from '../../helpers/scenario'
import { ask, ops } from './support'

const OBJECT = 'arn:aws:s3:::reports/q1.csv'
const request = { principal: 'user/alice', action: 's3:DeleteObject', resource: OBJECT }
const withDeny = (...statements: Record<string, unknown>[]) =>
  scenario({
    users: [
      {
        name: 'alice',
        inlinePolicies: [
          { name: 'S3', document: policy(allow('s3:*')) },
          { name: 'Guard', document: policy(...statements) },
        ],
      },
    ],
  })

describe('explicit deny in an identity policy', () => {
  it('takes the action out of the Deny’s list, or deletes the statement', () => {
    const answer = ask(withDeny(deny(['s3:DeleteObject', 's3:DeleteBucket']), deny('iam:*')), request)
    expect(ops(answer)).toEqual([['remove-action'], ['drop-statement']])
    expect(answer.proposals.every((p) => p.kind === 'deny')).toBe(true)
    const guard = answer.proposals[0]!.scenario!.users![0]!.inlinePolicies![1]!.document
    expect(guard).toEqual(policy(deny(['s3:DeleteBucket']), deny('iam:*')))
    expect(answer.proposals[0]!.changes[0]!.preview).toContain('-         "s3:DeleteObject",')
  })

  it('deletes the inline policy when the Deny is its only statement', () => {
    const answer = ask(withDeny(deny('s3:Delete*')), request)
    expect(ops(answer)).toEqual([['delete-inline']])
    expect(answer.proposals[0]!.scenario!.users![0]!.inlinePolicies!.map((p) => p.name)).toEqual(['S3'])
  })

  it('adds the action to a NotAction list, the narrowest exception', () => {
    const answer = ask(withDeny({ Effect: 'Deny', NotAction: ['iam:*'], Resource: '*' }, allow('ec2:*')), request)
    expect(ops(answer)[0]).toEqual(['exempt-action'])
    const guard = answer.proposals[0]!.scenario!.users![0]!.inlinePolicies![1]!.document as {
      Statement: { NotAction: string[] }[]
    }
    expect(guard.Statement[0]!.NotAction).toEqual(['iam:*', 's3:DeleteObject'])
  })

  it('detaches an AWS managed policy (its document cannot be changed)', () => {
    const s = scenario({
      users: [
        {
          name: 'alice',
          inlinePolicies: [{ name: 'S3', document: policy(allow('s3:*')) }],
          managedPolicies: ['arn:aws:iam::aws:policy/AWSDenyAll'],
        },
      ],
    })
    const answer = ask(s, request)
    expect(ops(answer)).toEqual([['detach-policy']])
    expect(answer.proposals[0]!.scenario!.users![0]!.managedPolicies).toBeUndefined()
  })

  it('needs every Deny that applies gone: two statements, two changes', () => {
    const answer = ask(withDeny(deny('s3:DeleteObject'), deny('s3:Delete*')), request)
    expect(answer.proposals.length).toBeGreaterThan(0)
    for (const p of answer.proposals) expect(p.changes).toHaveLength(2)
  })
})

describe('explicit deny in a resource policy', () => {
  it('offers the secure transport the bucket policy asks for, or deleting its statement', () => {
    const s = scenario({
      users: [{ name: 'alice', inlinePolicies: [{ name: 'S3', document: policy(allow('s3:*')) }] }],
      resources: [
        {
          arn: 'arn:aws:s3:::reports',
          policy: policy(
            deny('s3:*', '*', { Principal: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
            allow('s3:ListBucket', 'arn:aws:s3:::reports', { Principal: { AWS: `arn:aws:iam::${A}:root` } }),
          ),
        },
      ],
    })
    const answer = ask(s, { ...request, environment: { secureTransport: false } })
    expect(ops(answer)).toEqual([['set-environment'], ['drop-statement']])
    expect(answer.proposals[0]!.request?.environment).toEqual({ secureTransport: true })
  })
})
