// Request changes: the environment field or context key a condition needs (an MFA sign-in, a source IP, a prefix),
// and tags when the condition reads the principal's or the resource's tags.
import { describe, expect, it } from 'vitest'
import { allow, deny, policy } from '../../helpers/policy'
import { A, scenario } from '../../helpers/scenario'
import { ask, ops } from './support'

const OBJECT = 'arn:aws:s3:::logs/2025/trail.json'
const mfaDeny = deny('s3:DeleteObject', '*', { Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } })
const dana = scenario({
  users: [
    {
      name: 'dana',
      inlinePolicies: [
        { name: 'S3', document: policy(allow('s3:*')) },
        { name: 'Mfa', document: policy(mfaDeny) },
      ],
    },
  ],
})

describe('context', () => {
  it('signs in with MFA when a BoolIfExists deny matches the absent key (an access-key request)', () => {
    const request = { principal: 'user/dana', action: 's3:DeleteObject', resource: OBJECT }
    const answer = ask(dana, request)
    const first = answer.proposals[0]!
    expect(first.kind).toBe('context')
    expect(first.changes.map((c) => c.op)).toEqual(['set-environment'])
    expect(first.request?.environment?.mfa).toBe(true)
    expect(first.request?.context).toBeUndefined()
    expect(first.scenario).toBeUndefined()
    expect(first.changes[0]!.params.key).toBe('aws:MultiFactorAuthPresent')
    expect(first.changes[0]!.preview).toContain('+ mfa: true')
  })

  it('sets the context key itself when the request gives it (a console sign-in without MFA)', () => {
    const request = {
      principal: 'user/dana',
      action: 's3:DeleteObject',
      resource: OBJECT,
      context: { 'aws:MultiFactorAuthPresent': 'false', 's3:prefix': 'x' },
    }
    const first = ask(dana, request).proposals[0]!
    expect(first.changes.map((c) => c.op)).toEqual(['set-context'])
    // The whole new context: the other key stays, the MFA key flips.
    expect(first.request?.context).toEqual({ 'aws:MultiFactorAuthPresent': 'true', 's3:prefix': 'x' })
    expect(first.changes[0]!.preview).toBe('- aws:MultiFactorAuthPresent: false\n+ aws:MultiFactorAuthPresent: true')
  })

  it('fills a missing key an Allow statement needs, with a value its condition accepts', () => {
    const s = scenario({
      users: [
        {
          name: 'alice',
          inlinePolicies: [
            {
              name: 'Home',
              document: policy(
                allow('s3:ListBucket', 'arn:aws:s3:::home', {
                  Condition: { StringLike: { 's3:prefix': 'home/alice/*' } },
                }),
              ),
            },
          ],
        },
      ],
    })
    const answer = ask(s, { principal: 'user/alice', action: 's3:ListBucket', resource: 'arn:aws:s3:::home' })
    expect(answer.proposals[0]!.request?.context).toEqual({ 's3:prefix': 'home/alice/' })
    // Smallest first: the request change (nothing in the account changes) before a new statement.
    expect(ops(answer)).toEqual([['set-context'], ['add-inline'], ['new-inline']])
  })

  it('moves the request into an allowed network through the environment (IpAddress)', () => {
    const s = scenario({
      environment: { time: '2026-01-01T00:00:00Z', sourceIp: '198.51.100.7' },
      users: [
        {
          name: 'alice',
          inlinePolicies: [
            {
              name: 'Office',
              document: policy(allow('ec2:*', '*', { Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })),
            },
          ],
        },
      ],
    })
    const first = ask(s, { principal: 'user/alice', action: 'ec2:DescribeInstances', resource: '*' }).proposals[0]!
    expect(first.request?.environment).toEqual({ sourceIp: '203.0.113.1' })
  })

  it('never proposes a value for a key AWS derives from the principal', () => {
    const s = scenario({
      users: [
        {
          name: 'alice',
          inlinePolicies: [
            {
              name: 'P',
              document: policy(
                allow('s3:*', '*', { Condition: { StringEquals: { 'aws:PrincipalAccount': '999999999999' } } }),
              ),
            },
          ],
        },
      ],
    })
    const answer = ask(s, { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT })
    expect(answer.proposals.every((p) => p.changes.every((c) => c.kind !== 'context'))).toBe(true)
    expect(answer.proposals.length).toBeGreaterThan(0)
  })
})

describe('tags', () => {
  const abac = (tags: Record<string, string> | undefined) =>
    scenario({
      users: [
        {
          name: 'ara',
          ...(tags ? { tags } : {}),
          inlinePolicies: [
            {
              name: 'Team',
              document: policy(
                allow('ec2:StopInstances', '*', {
                  Condition: { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } },
                }),
              ),
            },
          ],
        },
      ],
      resources: [{ arn: `arn:aws:ec2:us-east-1:${A}:instance/i-1`, name: 'web', tags: { team: 'beta' } }],
    })
  const request = {
    principal: 'user/ara',
    action: 'ec2:StopInstances',
    resource: `arn:aws:ec2:us-east-1:${A}:instance/i-1`,
  }

  it('tags the resource or the principal so that the tags match', () => {
    const answer = ask(abac({ team: 'alpha' }), request)
    const tags = answer.proposals.filter((p) => p.kind === 'tag').map((p) => p.changes[0]!.summary)
    expect(tags).toEqual(['Tag resource web with team = alpha', 'Tag user ara with team = beta'])
    const resourceTag = answer.proposals[0]!.scenario!.resources![0]!.tags
    expect(resourceTag).toEqual({ team: 'alpha' })
  })

  it('gives an untagged principal the tag the resource has (the policy variable had no value)', () => {
    const answer = ask(abac(undefined), request)
    expect(answer.proposals[0]!.changes[0]!.summary).toBe('Tag user ara with team = beta')
    expect(answer.proposals[0]!.scenario!.users![0]!.tags).toEqual({ team: 'beta' })
  })
})
