// "What if": `simulate` leaves out one policy, one policy type or one group's policies for one evaluation, as the
// IAM policy simulator's "policies to exclude" does; each changes the decision where it should and nothing else,
// and the scenario is never changed.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_testing-policies.html
import { describe, expect, it } from 'vitest'
import { english, exclusionChoices, policyKey } from '../../../../src/engine/index'
import type { Exclusion, SimulationRequest } from '../../../../src/engine/index'
import type { Scenario } from '../../../../src/engine/scenario/model'
import { allow, deny, policy, refuse } from '../../../helpers/policy'
import { A, inline, org, role, scenario, session, sim } from '../../../helpers/scenario'

const ALICE = `arn:aws:iam::${A}:user/alice`
const SESSION = `arn:aws:sts::${A}:assumed-role/App/work`

const base: Scenario = scenario({
  organization: org(
    { dev: { scps: ['FullAWSAccess', 'DenyEc2'] }, root: { rcps: ['NoDeleteBucket'] } },
    {
      policies: [
        { name: 'DenyEc2', type: 'scp', document: policy(deny('ec2:*')) },
        {
          name: 'NoDeleteBucket',
          type: 'rcp',
          document: policy(deny('s3:DeleteBucket', '*', { Principal: '*' })),
        },
      ],
    },
  ),
  users: [
    {
      name: 'alice',
      groups: ['Writers', 'Auditors'],
      inlinePolicies: [
        inline('Work', ['s3:GetObject', 's3:DeleteObject', 's3:DeleteBucket', 'ec2:RunInstances', 'iam:ListUsers']),
      ],
      permissionsBoundary: 'AliceBoundary',
    },
  ],
  groups: [
    { name: 'Writers', managedPolicies: ['S3Write'] },
    { name: 'Auditors', inlinePolicies: [{ name: 'NoDelete', document: policy(deny('s3:DeleteObject')) }] },
  ],
  policies: [
    { name: 'S3Write', versions: [{ id: 'v1', document: policy(allow('s3:PutObject')), isDefault: true }] },
    { name: 'AliceBoundary', versions: [{ id: 'v1', document: policy(allow(['s3:*', 'ec2:*'])), isDefault: true }] },
  ],
  roles: [role('App', { inlinePolicies: [inline('All', '*')] })],
  sessions: [session('App', 'work', { policies: [policy(allow('s3:GetObject'))] })],
  resources: [
    {
      arn: 'arn:aws:s3:::data',
      policy: policy(refuse(ALICE, 's3:GetObject', 'arn:aws:s3:::data/secret/*')),
    },
  ],
})

function ask(action: string, resource = 'arn:aws:s3:::data/report.csv', principal = ALICE): SimulationRequest {
  return { principal, action, resource }
}

const S3_WRITE = `managed:arn:aws:iam::${A}:policy/S3Write`

describe('simulate with exclusions', () => {
  it.each<[string, SimulationRequest, Exclusion, string, string]>([
    ['one SCP', ask('ec2:RunInstances', '*'), { kind: 'policy', id: 'scp:DenyEc2' }, 'ExplicitDeny', 'Allow'],
    ['every SCP', ask('ec2:RunInstances', '*'), { kind: 'type', type: 'scp' }, 'ExplicitDeny', 'Allow'],
    [
      'one RCP',
      ask('s3:DeleteBucket', 'arn:aws:s3:::data'),
      { kind: 'policy', id: 'rcp:NoDeleteBucket' },
      'ExplicitDeny',
      'Allow',
    ],
    ['every RCP', ask('s3:DeleteBucket', 'arn:aws:s3:::data'), { kind: 'type', type: 'rcp' }, 'ExplicitDeny', 'Allow'],
    ['the boundary (policy)', ask('iam:ListUsers', '*'), { kind: 'policy', id: 'boundary' }, 'ImplicitDeny', 'Allow'],
    ['the boundary (type)', ask('iam:ListUsers', '*'), { kind: 'type', type: 'boundary' }, 'ImplicitDeny', 'Allow'],
    ['a group', ask('s3:DeleteObject'), { kind: 'group', name: 'Auditors' }, 'ExplicitDeny', 'Allow'],
    [
      'a group inline policy',
      ask('s3:DeleteObject'),
      { kind: 'policy', id: 'inline:group/Auditors/NoDelete' },
      'ExplicitDeny',
      'Allow',
    ],
    ['a group that grants', ask('s3:PutObject'), { kind: 'group', name: 'Writers' }, 'Allow', 'ImplicitDeny'],
    ['a managed policy', ask('s3:PutObject'), { kind: 'policy', id: S3_WRITE }, 'Allow', 'ImplicitDeny'],
    [
      'the user inline policy',
      ask('s3:GetObject'),
      { kind: 'policy', id: 'inline:user/alice/Work' },
      'Allow',
      'ImplicitDeny',
    ],
    ['identity-based policies', ask('s3:GetObject'), { kind: 'type', type: 'identity' }, 'Allow', 'ImplicitDeny'],
    [
      'the bucket policy (type)',
      ask('s3:GetObject', 'arn:aws:s3:::data/secret/k'),
      { kind: 'type', type: 'resource' },
      'ExplicitDeny',
      'Allow',
    ],
    [
      'the bucket policy (policy)',
      ask('s3:GetObject', 'arn:aws:s3:::data/secret/k'),
      { kind: 'policy', id: 'resource' },
      'ExplicitDeny',
      'Allow',
    ],
    [
      'session policies',
      ask('s3:PutObject', 'arn:aws:s3:::data/x', SESSION),
      { kind: 'type', type: 'session' },
      'ImplicitDeny',
      'Allow',
    ],
  ])('leaving out %s changes the decision', (_, request, exclusion, withIt, withoutIt) => {
    expect(sim(base, request).decision).toBe(withIt)
    expect(sim(base, request, { exclude: [exclusion] }).decision).toBe(withoutIt)
  })

  it.each<[string, SimulationRequest, Exclusion]>([
    ['an SCP that denies something else', ask('s3:DeleteObject'), { kind: 'policy', id: 'scp:DenyEc2' }],
    ['a group that grants something else', ask('s3:DeleteObject'), { kind: 'group', name: 'Writers' }],
    ['the boundary when an explicit deny decides', ask('ec2:RunInstances', '*'), { kind: 'type', type: 'boundary' }],
    ['the resource policy for another key', ask('s3:GetObject'), { kind: 'type', type: 'resource' }],
    ['a group the user is not in', ask('s3:PutObject'), { kind: 'group', name: 'Nobody' }],
  ])('leaving out %s changes nothing else', (_, request, exclusion) => {
    const withIt = sim(base, request)
    const withoutIt = sim(base, request, { exclude: [exclusion] })
    expect(withoutIt.decision).toBe(withIt.decision)
    expect(withoutIt.trace.rule.code).toBe(withIt.trace.rule.code)
  })

  it('takes out only the excluded policies; the others keep their sources', () => {
    const request = ask('s3:DeleteObject')
    const withIt = sim(base, request)
    const withoutIt = sim(base, request, { exclude: [{ kind: 'group', name: 'Auditors' }] })
    const names = (r: typeof withIt) => Object.values(r.sources).map((s) => s.policyName)
    expect(names(withIt)).toContain('NoDelete')
    expect(names(withoutIt)).toEqual(names(withIt).filter((n) => n !== 'NoDelete'))
  })

  it('leaving out SCPs takes the whole type out (as outside the organization), not just its policies', () => {
    const result = sim(base, ask('s3:GetObject'), { exclude: [{ kind: 'type', type: 'scp' }] })
    expect(result.trace.policyTypes.some((t) => t.type === 'scp')).toBe(false)
    expect(result.decision).toBe('Allow')
  })

  it('leaving out the one SCP that allows leaves its levels with nothing that allows', () => {
    // Only that policy is taken away: an SCP level with no policy allows nothing (docs/semantics.md).
    const result = sim(base, ask('s3:GetObject'), { exclude: [{ kind: 'policy', id: 'scp:FullAWSAccess' }] })
    expect(result.decision).toBe('ImplicitDeny')
    expect(result.trace.rule.code).toBe('scp-no-allow')
  })

  it('says what each exclusion left out', () => {
    const result = sim(base, ask('ec2:RunInstances', '*'), {
      exclude: [
        { kind: 'policy', id: 'scp:DenyEc2' },
        { kind: 'group', name: 'Writers' },
        { kind: 'policy', id: 'inline:user/nobody/X' },
      ],
    })
    expect(result.excluded?.map((l) => english(l.text))).toEqual([
      'SCP `DenyEc2`',
      'group `Writers`',
      'policy `inline:user/nobody/X`',
    ])
    expect(result.excluded?.map((l) => l.sources.map((s) => s.policyName))).toEqual([['DenyEc2'], ['S3Write'], []])
    expect(sim(base, ask('ec2:RunInstances', '*')).excluded).toBeUndefined()
  })

  it('combines exclusions', () => {
    const request = ask('iam:ListUsers', '*')
    const exclude: Exclusion[] = [
      { kind: 'type', type: 'boundary' },
      { kind: 'policy', id: 'inline:user/alice/Work' },
    ]
    expect(sim(base, request, { exclude: exclude.slice(0, 1) }).decision).toBe('Allow')
    expect(sim(base, request, { exclude }).decision).toBe('ImplicitDeny')
  })

  it('never changes the scenario', () => {
    const before = structuredClone(base)
    for (const exclude of [
      [{ kind: 'type', type: 'scp' }],
      [{ kind: 'type', type: 'rcp' }],
      [{ kind: 'type', type: 'boundary' }],
      [{ kind: 'type', type: 'resource' }],
      [{ kind: 'group', name: 'Writers' }],
      [{ kind: 'policy', id: 'scp:FullAWSAccess' }],
      [{ kind: 'policy', id: S3_WRITE }],
    ] satisfies Exclusion[][]) {
      sim(base, ask('s3:GetObject', 'arn:aws:s3:::data/secret/k'), { exclude })
      sim(base, ask('s3:PutObject', 'arn:aws:s3:::data/x', SESSION), { exclude })
    }
    expect(base).toEqual(before)
  })
})

describe(exclusionChoices, () => {
  it('lists the policies once each, the policy types and the groups that took part', () => {
    const result = sim(base, ask('s3:DeleteObject'))
    const choices = exclusionChoices(result)
    expect(choices.policies.map((c) => english(c.text))).toEqual([
      'SCP `FullAWSAccess`',
      'SCP `DenyEc2`',
      'RCP `NoDeleteBucket`',
      'bucket policy of `data`',
      'inline policy `Work` of user `alice`',
      'customer managed policy `S3Write`',
      'inline policy `NoDelete` of group `Auditors`',
      'permissions boundary `AliceBoundary`',
    ])
    expect(choices.types.map((c) => c.exclusion)).toEqual([
      { kind: 'type', type: 'scp' },
      { kind: 'type', type: 'rcp' },
      { kind: 'type', type: 'resource' },
      { kind: 'type', type: 'identity' },
      { kind: 'type', type: 'boundary' },
    ])
    expect(choices.groups.map((c) => english(c.text))).toEqual(['group `Writers`', 'group `Auditors`'])
  })

  it('names each policy by a key that excludes it', () => {
    const result = sim(base, ask('s3:PutObject'))
    const write = Object.values(result.sources).find((s) => s.policyName === 'S3Write')!
    expect(policyKey(write)).toBe(S3_WRITE)
  })
})
