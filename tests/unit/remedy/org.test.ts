// SCPs and RCPs: an allow at the level that found none, an explicit Deny narrowed or detached (never the last SCP of
// a node), and the combined case where both the SCP and the identity lack an allow.
import { describe, expect, it } from 'vitest'
import { allow, deny, policy } from '../../helpers/policy'
import { A, B, MGMT, org, scenario } from '../../helpers/scenario'
import { ask, ops } from './support'

const OBJECT = 'arn:aws:s3:::reports/q1.csv'
const request = { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT }
const accounts = [{ id: A }, { id: B }, { id: MGMT }]
const alice = (identity: boolean) => [
  { name: 'alice', ...(identity ? { inlinePolicies: [{ name: 'S3', document: policy(allow('s3:*')) }] } : {}) },
]

describe('scp', () => {
  const ec2Only = (identity: boolean) =>
    scenario({
      accounts,
      organization: org(
        { dev: { scps: ['Ec2Only'] } },
        { policies: [{ name: 'Ec2Only', type: 'scp', document: policy(allow('ec2:*')) }] },
      ),
      users: alice(identity),
    })

  it('adds an allow to the SCP at the level that has none, or attaches FullAWSAccess there again', () => {
    const answer = ask(ec2Only(true), request)
    expect(ops(answer)).toEqual([['add-org-policy'], ['attach-full-access']])
    expect(answer.proposals.every((p) => p.kind === 'scp')).toBe(true)
    expect(answer.proposals[0]!.changes[0]!.params).toMatchObject({ type: 'SCP', policy: 'Ec2Only', node: 'OU Dev' })
    const doc = answer.proposals[0]!.scenario!.organization!.policies![0]!.document as { Statement: unknown[] }
    expect(doc.Statement.at(-1)).toEqual({
      Sid: 'AllowS3GetObject',
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: OBJECT,
    })
  })

  it('creates and attaches a new SCP when the level has none of its own', () => {
    const s = scenario({ accounts, organization: org({ dev: { scps: [] } }), users: alice(true) })
    const answer = ask(s, request)
    expect(ops(answer)).toEqual([['new-scp'], ['attach-full-access']])
    const o = answer.proposals[0]!.scenario!.organization!
    expect(o.policies?.map((p) => p.name)).toEqual(['AllowS3GetObject'])
    expect(o.root.children![0]!.scps).toEqual(['AllowS3GetObject'])
  })

  it('combines the SCP and the identity policy when both lack an allow', () => {
    const answer = ask(ec2Only(false), request)
    expect(answer.proposals.length).toBeGreaterThan(0)
    for (const p of answer.proposals) {
      expect(p.kind).toBe('combined')
      expect(p.changes.map((c) => c.kind).sort()).toEqual(['add-statement', 'scp'])
    }
    expect(ops(answer)[0]).toEqual(['add-org-policy', 'new-inline'])
  })

  it('narrows an SCP Deny, and detaches it only when another SCP stays attached', () => {
    const regionLock = {
      name: 'SeoulOnly',
      type: 'scp' as const,
      document: policy({
        Effect: 'Deny',
        NotAction: ['iam:*'],
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:RequestedRegion': 'ap-northeast-2' } },
      }),
    }
    const withFull = scenario({
      accounts,
      environment: { time: '2026-01-01T00:00:00Z', region: 'eu-west-1' },
      organization: org({ dev: { scps: ['FullAWSAccess', 'SeoulOnly'] } }, { policies: [regionLock] }),
      users: alice(true),
    })
    const answer = ask(withFull, request)
    expect(ops(answer)).toEqual([['set-environment'], ['exempt-action'], ['detach-org-policy']])
    expect(answer.proposals[0]!.request?.environment?.region).toBe('ap-northeast-2')
    expect(answer.proposals[2]!.scenario!.organization!.root.children![0]!.scps).toEqual(['FullAWSAccess'])
    // Alone at its node, the SCP cannot be detached (a node keeps at least one SCP); an allowing statement next to
    // the Deny keeps requests in the region possible.
    const alone = scenario({
      ...withFull,
      organization: org(
        { dev: { scps: ['SeoulOnly'] } },
        {
          policies: [
            {
              ...regionLock,
              document: policy(...(regionLock.document.Statement as Record<string, unknown>[]), allow('*')),
            },
          ],
        },
      ),
    })
    expect(ops(ask(alone, request))).toEqual([['set-environment'], ['exempt-action'], ['drop-statement']])
  })

  it('at the account level, extends the account’s own SCP or attaches FullAWSAccess to the account', () => {
    const s = scenario({
      accounts,
      organization: org(
        {},
        {
          policies: [{ name: 'Ec2Only', type: 'scp', document: policy(allow('ec2:*')) }],
          accountPolicies: [{ account: A, scps: ['Ec2Only'] }],
        },
      ),
      users: alice(true),
    })
    const answer = ask(s, request)
    expect(ops(answer)).toEqual([['add-org-policy'], ['attach-full-access']])
  })

  it('detaches an SCP Deny attached to the account itself', () => {
    const regionLock = {
      name: 'SeoulOnly',
      type: 'scp' as const,
      document: policy(deny('*', '*', { Condition: { StringNotEquals: { 'aws:RequestedRegion': 'ap-northeast-2' } } })),
    }
    const s = scenario({
      accounts,
      environment: { time: '2026-01-01T00:00:00Z', region: 'eu-west-1' },
      organization: org(
        {},
        { policies: [regionLock], accountPolicies: [{ account: A, scps: ['FullAWSAccess', 'SeoulOnly'] }] },
      ),
      users: alice(true),
    })
    const answer = ask(s, request)
    expect(ops(answer)).toContainEqual(['detach-org-policy'])
  })
})

describe('rcp', () => {
  it('narrows the RCP Deny that blocks, or detaches it', () => {
    const s = scenario({
      accounts,
      organization: org(
        { dev: { rcps: ['NoDeletes'] } },
        {
          policies: [
            {
              name: 'NoDeletes',
              type: 'rcp',
              document: policy(deny(['s3:DeleteObject', 's3:DeleteBucket'], '*', { Principal: '*' })),
            },
          ],
        },
      ),
      users: alice(true),
      resources: [{ arn: 'arn:aws:s3:::reports', account: A }],
    })
    const answer = ask(s, { ...request, action: 's3:DeleteObject' })
    expect(ops(answer)).toEqual([['remove-action'], ['detach-org-policy']])
    expect(answer.proposals.every((p) => p.kind === 'rcp')).toBe(true)
  })
})
