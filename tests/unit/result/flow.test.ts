// The evaluation flow follows the trace's rule step by step: every rule of the evaluation logic leaves the chart at
// its own step, with the verdicts, statements and implicit-deny sentence that rule implies.
import { describe, expect, it } from 'vitest'
import {
  evaluationFlow,
  FLOW_STEPS,
  type EvaluationFlow,
  type FlowStep,
  type FlowStepId,
  type RuleCode,
  type Scenario,
  type SimulationRequest,
} from '../../../src/engine/index'
import { allow, deny, policy } from '../../helpers/policy'
import { A, B, inline, org, scenario, session, sim, trust } from '../../helpers/scenario'

const ALICE = `arn:aws:iam::${A}:user/alice`
const CAROL = `arn:aws:iam::${B}:user/carol`
const SESSION = `arn:aws:sts::${A}:assumed-role/App/s1`
const OLD = `arn:aws:sts::${A}:assumed-role/App/old`
/** A session of App the world never issued. */
const NEVER = `arn:aws:sts::${A}:assumed-role/App/never-issued`
const DATA = 'arn:aws:s3:::data'
const QUEUE = `arn:aws:sqs:us-east-1:${A}:jobs`
const KEY = `arn:aws:kms:us-east-1:${A}:key/nopolicy`
const role = (name: string) => `arn:aws:iam::${A}:role/${name}`

/** One account A with users, roles, a session and resources for every same- and cross-account rule. */
const world: Scenario = scenario({
  accounts: [{ id: A }, { id: B }],
  users: [
    { name: 'alice', inlinePolicies: [inline('Work', ['s3:*', 'sqs:*', 'kms:*', 'ec2:*'])] },
    { name: 'nobody' },
    { name: 'bounded', inlinePolicies: [inline('All', '*')], permissionsBoundary: 'S3Only' },
    { name: 'carol', account: B, inlinePolicies: [inline('Queues', 'sqs:*')] },
  ],
  policies: [{ name: 'S3Only', versions: [{ id: 'v1', isDefault: true, document: policy(allow('s3:*')) }] }],
  roles: [
    { name: 'App', trustPolicy: trust({ AWS: `arn:aws:iam::${A}:root` }), inlinePolicies: [inline('Q', 'sqs:*')] },
    { name: 'Admin', trustPolicy: trust({ AWS: ALICE }) },
    { name: 'Locked', trustPolicy: trust({ AWS: `arn:aws:iam::${B}:root` }) },
  ],
  sessions: [
    session('App', 's1', { policies: [policy(allow(['s3:*', 'sqs:ReceiveMessage']))] }),
    session('App', 'old', { issuedAt: '2025-12-31T00:00:00Z' }),
  ],
  resources: [
    {
      arn: DATA,
      policy: policy(
        allow('s3:GetObject', `${DATA}/*`, { Sid: 'Nobody', Principal: { AWS: `arn:aws:iam::${A}:user/nobody` } }),
        allow('s3:PutObject', `${DATA}/*`, { Sid: 'AppWrites', Principal: { AWS: role('App') } }),
        allow('s3:ListBucket', DATA, { Sid: 'Account', Principal: { AWS: A } }),
        allow('s3:GetObject', `${DATA}/*`, { Sid: 'Carol', Principal: { AWS: CAROL } }),
        deny('s3:DeleteObject', `${DATA}/*`, { Sid: 'NoDelete', Principal: '*' }),
      ),
    },
    { arn: 'arn:aws:s3:::public', policy: policy(allow('s3:GetObject', 'arn:aws:s3:::public/*', { Principal: '*' })) },
    {
      arn: 'arn:aws:s3:::partner',
      account: B,
      policy: policy(allow('s3:GetObject', 'arn:aws:s3:::partner/*', { Principal: { AWS: ALICE } })),
    },
    { arn: 'arn:aws:s3:::closed', account: B },
    { arn: QUEUE, policy: policy(allow('sqs:SendMessage', QUEUE, { Principal: { Service: 'sns.amazonaws.com' } })) },
    { arn: KEY },
  ],
})

/** Users `a` in account A (OU Dev) under the given SCPs and RCPs. */
function withOrg(nodes: Parameters<typeof org>[0]): Scenario {
  return scenario({
    organization: org(nodes, {
      policies: [
        { name: 'S3Only', type: 'scp', document: policy(allow('s3:*')) },
        { name: 'NoDelete', type: 'scp', document: policy(deny('s3:DeleteObject')) },
        { name: 'OrgOnly', type: 'rcp', document: policy(deny('s3:PutObject', '*', { Principal: '*' })) },
      ],
    }),
    users: [{ name: 'a', inlinePolicies: [inline('All', '*')] }],
  })
}

function flowOf(s: Scenario, request: SimulationRequest): EvaluationFlow {
  return evaluationFlow(sim(s, request).trace)
}

const at = (flow: EvaluationFlow, id: FlowStepId): FlowStep => flow.steps.find((s) => s.id === id)!
const verdicts = (flow: EvaluationFlow) => Object.fromEntries(flow.steps.map((s) => [s.id, s.verdict]))
const sids = (stepOf: FlowStep) => stepOf.statements.map((r) => r.sid ?? `${r.policyId}#${r.index}`)

/** Every rule code, with a request that the world (or an organization) decides by it. */
const CASES: [RuleCode, Scenario, SimulationRequest][] = [
  ['get-caller-identity', world, { principal: 'user/nobody', action: 'sts:GetCallerIdentity', resource: '*' }],
  ['credentials-expired', world, { principal: OLD, action: 'sqs:ReceiveMessage', resource: QUEUE }],
  ['credentials-invalid', world, { principal: NEVER, action: 'sqs:ReceiveMessage', resource: QUEUE }],
  ['explicit-deny', world, { principal: 'user/alice', action: 's3:DeleteObject', resource: `${DATA}/x` }],
  [
    'scp-no-allow',
    withOrg({ dev: { scps: ['S3Only'] } }),
    { principal: 'user/a', action: 'ec2:RunInstances', resource: '*' },
  ],
  ['resource-policy-direct', world, { principal: 'user/nobody', action: 's3:GetObject', resource: `${DATA}/x` }],
  ['resource-policy-role', world, { principal: SESSION, action: 's3:PutObject', resource: `${DATA}/x` }],
  ['identity-allow', world, { principal: 'user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::other/x' }],
  ['no-allow', world, { principal: 'user/nobody', action: 's3:PutObject', resource: 'arn:aws:s3:::other/x' }],
  ['boundary-no-allow', world, { principal: 'user/bounded', action: 'ec2:RunInstances', resource: '*' }],
  ['session-no-allow', world, { principal: SESSION, action: 'sqs:SendMessage', resource: QUEUE }],
  [
    'cross-account-allow',
    world,
    { principal: 'user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::partner/x' },
  ],
  [
    'cross-account-resource-no-allow',
    world,
    { principal: 'user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::closed/x' },
  ],
  ['cross-account-identity-no-allow', world, { principal: CAROL, action: 's3:GetObject', resource: `${DATA}/x` }],
  ['trust-allow', world, { principal: 'user/alice', action: 'sts:AssumeRole', resource: role('Admin') }],
  ['trust-no-allow', world, { principal: 'user/alice', action: 'sts:AssumeRole', resource: role('Locked') }],
  ['root-cannot-assume-role', world, { principal: 'root', action: 'sts:AssumeRole', resource: role('Admin') }],
  [
    'aws-owned-resource',
    world,
    { principal: 'root', action: 'iam:CreatePolicyVersion', resource: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
  ],
  ['kms-key-policy-no-allow', world, { principal: 'user/alice', action: 'kms:Decrypt', resource: KEY }],
  ['root-user', world, { principal: 'root', action: 's3:GetObject', resource: 'arn:aws:s3:::other/x' }],
  ['anonymous-no-allow', world, { principal: 'anonymous', action: 's3:GetObject', resource: `${DATA}/x` }],
  ['service-allow', world, { principal: 'sns.amazonaws.com', action: 'sqs:SendMessage', resource: QUEUE }],
  ['service-no-allow', world, { principal: 'sns.amazonaws.com', action: 'sqs:DeleteQueue', resource: QUEUE }],
]

/** Where each rule leaves the chart. */
const ENDS: Record<RuleCode, FlowStepId> = {
  'get-caller-identity': 'request',
  'credentials-expired': 'request',
  'credentials-invalid': 'request',
  'explicit-deny': 'deny',
  'scp-no-allow': 'scp',
  'resource-policy-direct': 'resource',
  'trust-allow': 'resource',
  'service-allow': 'resource',
  'trust-no-allow': 'resource',
  'kms-key-policy-no-allow': 'resource',
  'anonymous-no-allow': 'resource',
  'service-no-allow': 'resource',
  'cross-account-resource-no-allow': 'resource',
  'root-cannot-assume-role': 'resource',
  'aws-owned-resource': 'resource',
  'no-allow': 'identity',
  'cross-account-identity-no-allow': 'identity',
  'boundary-no-allow': 'boundary',
  'session-no-allow': 'session',
  'root-user': 'decision',
  'identity-allow': 'decision',
  'resource-policy-role': 'decision',
  'cross-account-allow': 'decision',
}

describe('every rule of the evaluation logic', () => {
  it('has a case here', () => {
    expect(new Set(CASES.map(([code]) => code))).toEqual(new Set(Object.keys(ENDS)))
  })

  it.each(CASES)('%s leaves the chart at its step, lighting the path up to it', (code, s, request) => {
    const result = sim(s, request)
    expect(result.trace.rule.code).toBe(code)
    const flow = evaluationFlow(result.trace)
    expect(flow.rule).toBe(code)
    expect(flow.decision).toBe(result.decision)
    expect(flow.steps.map((x) => x.id)).toEqual(FLOW_STEPS)
    expect(flow.end).toBe(ENDS[code])
    const last = FLOW_STEPS.indexOf(flow.end)
    expect(flow.steps.filter((x) => x.end).map((x) => x.id)).toEqual([flow.end])
    for (const [i, x] of flow.steps.entries()) {
      expect(x.onPath, x.id).toBe(i <= last)
      expect(x.verdict === 'not-reached', x.id).toBe(i > last)
      if (i > last) expect(x.statements, x.id).toEqual([])
    }
    // An implicit deny names the step that found no allow; the other decisions name none.
    if (result.decision === 'ImplicitDeny') {
      expect(flow.noAllow?.step).toBe(flow.end)
      expect(at(flow, flow.end).verdict).toBe('no-allow')
    } else {
      expect(flow.noAllow).toBeUndefined()
    }
    if (result.decision === 'ExplicitDeny') expect(at(flow, flow.end).verdict).toBe('deny')
    if (result.decision === 'Allow' && flow.end !== 'request') expect(at(flow, flow.end).verdict).toBe('allow')
  })

  it('is plain data that survives structured clone', () => {
    const flow = flowOf(world, CASES[2]![2])
    expect(structuredClone(flow)).toEqual(flow)
  })
})

describe('the request node', () => {
  it('sts:GetCallerIdentity is allowed before any policy is read', () => {
    const flow = flowOf(world, { principal: 'user/nobody', action: 'sts:GetCallerIdentity', resource: '*' })
    expect(at(flow, 'request')).toMatchObject({ verdict: 'allow', note: 'get-caller-identity', end: true })
    expect(at(flow, 'deny').verdict).toBe('not-reached')
  })

  it('expired credentials fail before any policy, and the sentence says so', () => {
    const flow = flowOf(world, { principal: OLD, action: 'sqs:ReceiveMessage', resource: QUEUE })
    expect(at(flow, 'request')).toMatchObject({ verdict: 'no-allow', note: 'credentials-expired' })
    expect(flow.noAllow?.message).toMatch(/^Authentication found no allow: .*expired/)
  })

  it('a session the scenario never issued fails before any policy, and the sentence says so', () => {
    const flow = flowOf(world, { principal: NEVER, action: 'sqs:ReceiveMessage', resource: QUEUE })
    expect(at(flow, 'request')).toMatchObject({ verdict: 'no-allow', note: 'credentials-invalid' })
    expect(at(flow, 'deny').verdict).toBe('not-reached')
    expect(flow.noAllow?.message).toMatch(/^Authentication found no allow: the session was never issued/)
  })
})

describe('explicit deny', () => {
  it('lights only the deny check and lists the denying statement', () => {
    const flow = flowOf(world, { principal: 'user/alice', action: 's3:DeleteObject', resource: `${DATA}/x` })
    expect(verdicts(flow)).toEqual({
      request: 'pass',
      deny: 'deny',
      scp: 'not-reached',
      rcp: 'not-reached',
      resource: 'not-reached',
      identity: 'not-reached',
      boundary: 'not-reached',
      session: 'not-reached',
      decision: 'not-reached',
    })
    expect(sids(at(flow, 'deny'))).toEqual(['NoDelete'])
    expect(at(flow, 'deny').statements[0]).toMatchObject({ policyId: 'resource', type: 'resource' })
  })

  it('a denying SCP is found by the deny check, before the SCP step', () => {
    const flow = flowOf(withOrg({ dev: { scps: ['FullAWSAccess', 'NoDelete'] } }), {
      principal: 'user/a',
      action: 's3:DeleteObject',
      resource: 'arn:aws:s3:::b/k',
    })
    expect(flow.end).toBe('deny')
    expect(at(flow, 'deny').statements).toEqual([expect.objectContaining({ type: 'scp', level: 1, index: 0 })])
    expect(at(flow, 'scp').verdict).toBe('not-reached')
  })

  it('a denying RCP is found by the deny check too', () => {
    const flow = flowOf(withOrg({ dev: { rcps: ['OrgOnly'] } }), {
      principal: 'user/a',
      action: 's3:PutObject',
      resource: 'arn:aws:s3:::b/k',
    })
    expect(at(flow, 'deny').statements.map((r) => r.type)).toEqual(['rcp'])
  })
})

describe('SCPs and RCPs, level by level', () => {
  it('without an organization neither applies, and the path goes through them', () => {
    const flow = flowOf(world, { principal: 'user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::other/x' })
    expect(at(flow, 'scp')).toMatchObject({ verdict: 'not-applicable', onPath: true, policies: [] })
    expect(at(flow, 'scp').levels).toBeUndefined()
    expect(at(flow, 'rcp')).toMatchObject({ verdict: 'not-applicable', onPath: true })
  })

  it('every level allows: the SCP step allows, with the allowing statements of each level', () => {
    const flow = flowOf(withOrg({}), { principal: 'user/a', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' })
    const scp = at(flow, 'scp')
    expect(scp.verdict).toBe('allow')
    expect(scp.levels).toEqual([
      { level: 0, verdict: 'allow' },
      { level: 1, verdict: 'allow' },
      { level: 2, verdict: 'allow' },
    ])
    expect(scp.statements.map((r) => r.policyId)).toEqual(['scp[0][0]', 'scp[1][0]', 'scp[2][0]'])
    // S3 supports RCPs: they take part, and with no deny they pass (RCPFullAWSAccess).
    expect(at(flow, 'rcp')).toMatchObject({ verdict: 'pass', levels: [{ level: 0 }, { level: 1 }, { level: 2 }] })
    expect(at(flow, 'rcp').details.join(' ')).toContain('RCPFullAWSAccess')
  })

  it('a level without an allow ends the path there and the sentence names the level', () => {
    const flow = flowOf(withOrg({ dev: { scps: ['S3Only'] } }), {
      principal: 'user/a',
      action: 'ec2:RunInstances',
      resource: '*',
    })
    expect(at(flow, 'scp').levels).toEqual([
      { level: 0, verdict: 'allow' },
      { level: 1, verdict: 'no-allow' },
      { level: 2, verdict: 'allow' },
    ])
    // No statement decided a step that found no allow; the policies it read are there to open.
    expect(at(flow, 'scp').statements).toEqual([])
    expect(at(flow, 'scp').policies.map((p) => [p.policyId, p.name])).toEqual([
      ['scp[0][0]', 'FullAWSAccess'],
      ['scp[1][0]', 'S3Only'],
      ['scp[2][0]', 'FullAWSAccess'],
    ])
    expect(flow.noAllow).toEqual({
      step: 'scp',
      level: 1,
      text: {
        key: 'noAllow.step.scp',
        params: {
          reason: { key: 'rule.scp-no-allow', params: { level: 1, action: 'ec2:RunInstances' } },
        },
      },
      message: 'Service control policies found no allow: no SCP at organization level 1 allows `ec2:RunInstances`',
    })
    // RCPs do not apply to EC2, and were not reached anyway.
    expect(at(flow, 'rcp').verdict).toBe('not-reached')
  })

  it('SCPs do not limit a service-linked role, and the step repeats the trace’s reason', () => {
    const s = withOrg({ dev: { scps: ['S3Only'] } })
    s.roles = [
      {
        name: 'AWSServiceRoleForSupport',
        path: '/aws-service-role/support.amazonaws.com/',
        trustPolicy: trust({ Service: 'support.amazonaws.com' }),
        inlinePolicies: [inline('All', '*')],
      },
    ]
    const flow = flowOf(s, {
      principal: 'role/AWSServiceRoleForSupport',
      action: 'ec2:DescribeInstances',
      resource: '*',
    })
    expect(flow.rule).toBe('identity-allow')
    expect(at(flow, 'scp')).toMatchObject({ verdict: 'not-applicable', onPath: true, statements: [] })
    expect(at(flow, 'scp').details).toEqual(['SCPs do not limit service-linked roles'])
    expect(at(flow, 'scp').policies.length).toBeGreaterThan(0)
  })
})

describe('the resource-based policy', () => {
  it('same account, naming the user: the shortcut to Allow skips the identity side', () => {
    const flow = flowOf(world, { principal: 'user/nobody', action: 's3:GetObject', resource: `${DATA}/x` })
    expect(at(flow, 'resource')).toMatchObject({ verdict: 'allow', note: 'direct', end: true })
    expect(sids(at(flow, 'resource'))).toEqual(['Nobody'])
    expect(at(flow, 'identity').verdict).toBe('not-reached')
    expect(at(flow, 'decision')).toMatchObject({ verdict: 'not-reached', onPath: false })
  })

  it('allowing everyone lets an anonymous request through the same shortcut', () => {
    const flow = flowOf(world, { principal: 'anonymous', action: 's3:GetObject', resource: 'arn:aws:s3:::public/x' })
    expect([flow.rule, flow.end, at(flow, 'resource').note]).toEqual(['resource-policy-direct', 'resource', 'direct'])
  })

  it('naming the role allows, but the path goes on through identity (no allow), boundary and session', () => {
    const flow = flowOf(world, { principal: SESSION, action: 's3:PutObject', resource: `${DATA}/x` })
    expect(at(flow, 'resource')).toMatchObject({ verdict: 'allow', note: 'role-grant', end: false })
    expect(sids(at(flow, 'resource'))).toEqual(['AppWrites'])
    expect(at(flow, 'identity')).toMatchObject({ verdict: 'no-allow', onPath: true, statements: [] })
    expect(at(flow, 'boundary').verdict).toBe('not-applicable')
    expect(at(flow, 'session')).toMatchObject({ verdict: 'allow', statements: [expect.objectContaining({ index: 0 })] })
    expect(at(flow, 'decision')).toMatchObject({ verdict: 'allow', end: true, onPath: true })
  })

  it('naming only the account delegates to the identity policies, which find no allow', () => {
    const flow = flowOf(world, { principal: 'user/nobody', action: 's3:ListBucket', resource: DATA })
    expect(flow.rule).toBe('no-allow')
    expect(at(flow, 'resource')).toMatchObject({ verdict: 'delegates', onPath: true, end: false })
    expect(sids(at(flow, 'resource'))).toEqual(['Account'])
    expect(flow.noAllow?.step).toBe('identity')
  })

  it('with no resource policy and no identity allow, identity policies are the step that found no allow', () => {
    const flow = flowOf(world, { principal: 'user/nobody', action: 's3:PutObject', resource: 'arn:aws:s3:::other/x' })
    expect(at(flow, 'resource').verdict).toBe('not-applicable')
    expect(flow.noAllow?.message).toBe(
      'Identity-based policies found no allow: no identity-based policy allows `s3:PutObject`, and no resource-based policy allows it on its own',
    )
  })

  it('a KMS key without a key policy stops the path at the resource step', () => {
    const flow = flowOf(world, { principal: 'user/alice', action: 'kms:Decrypt', resource: KEY })
    expect(at(flow, 'resource')).toMatchObject({ verdict: 'no-allow', note: 'kms-key', end: true })
    expect(at(flow, 'identity').verdict).toBe('not-reached')
    expect(flow.noAllow?.message).toContain('KMS key policy')
  })

  it('a service principal is allowed or refused by the resource policy alone', () => {
    const allowed = flowOf(world, { principal: 'sns.amazonaws.com', action: 'sqs:SendMessage', resource: QUEUE })
    expect(at(allowed, 'resource')).toMatchObject({ verdict: 'allow', note: 'direct' })
    const refused = flowOf(world, { principal: 'sns.amazonaws.com', action: 'sqs:DeleteQueue', resource: QUEUE })
    expect(refused.noAllow?.message).toBe(
      'The resource-based policy found no allow: no resource-based policy allows `sns.amazonaws.com`',
    )
  })
})

describe('cross-account requests need both sides', () => {
  it('the resource policy and the identity policy both allow', () => {
    const flow = flowOf(world, { principal: 'user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::partner/x' })
    expect(flow.crossAccount).toBe(true)
    expect(at(flow, 'resource')).toMatchObject({ verdict: 'allow', note: 'cross-account', end: false })
    expect(at(flow, 'identity')).toMatchObject({
      verdict: 'allow',
      statements: [expect.objectContaining({ policyId: 'identity[0]' })],
    })
    expect(flow.end).toBe('decision')
  })

  it('no resource policy in the other account: the resource step found no allow', () => {
    const flow = flowOf(world, { principal: 'user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::closed/x' })
    expect(at(flow, 'resource')).toMatchObject({ verdict: 'no-allow', end: true, policies: [] })
    expect(flow.noAllow?.message).toMatch(/^The resource-based policy found no allow: the request crosses accounts/)
  })

  it('the resource policy names the caller but its own identity policies do not allow', () => {
    const flow = flowOf(world, { principal: CAROL, action: 's3:GetObject', resource: `${DATA}/x` })
    expect(at(flow, 'resource')).toMatchObject({ verdict: 'allow', note: 'cross-account' })
    expect(sids(at(flow, 'resource'))).toEqual(['Carol'])
    expect(at(flow, 'identity')).toMatchObject({ verdict: 'no-allow', end: true })
    expect(flow.noAllow?.message).toContain('across accounts an identity-based policy must allow too')
  })
})

describe('limits: permissions boundary and session policies', () => {
  it('the boundary allows nothing for EC2: it is the step that found no allow', () => {
    const flow = flowOf(world, { principal: 'user/bounded', action: 'ec2:RunInstances', resource: '*' })
    expect(at(flow, 'identity')).toMatchObject({ verdict: 'allow', onPath: true })
    expect(at(flow, 'boundary')).toMatchObject({ verdict: 'no-allow', end: true, policies: [{ policyId: 'boundary' }] })
    expect(at(flow, 'session').verdict).toBe('not-reached')
    expect(flow.noAllow?.message).toBe(
      'The permissions boundary found no allow: the permissions boundary does not allow `ec2:RunInstances`',
    )
  })

  it('within the boundary the path goes through it with its allowing statement', () => {
    const flow = flowOf(world, { principal: 'user/bounded', action: 's3:GetObject', resource: 'arn:aws:s3:::other/x' })
    expect(at(flow, 'boundary')).toMatchObject({ verdict: 'allow', statements: [{ policyId: 'boundary', index: 0 }] })
    expect(at(flow, 'session').verdict).toBe('not-applicable')
  })

  it('the session policy does not allow what the role does', () => {
    const flow = flowOf(world, { principal: SESSION, action: 'sqs:SendMessage', resource: QUEUE })
    expect(at(flow, 'identity').verdict).toBe('allow')
    expect(at(flow, 'session')).toMatchObject({ verdict: 'no-allow', end: true })
    expect(flow.noAllow?.step).toBe('session')
  })
})

describe('roles and the root user', () => {
  it('assuming a role reads its trust policy as the resource step', () => {
    const allowed = flowOf(world, { principal: 'user/alice', action: 'sts:AssumeRole', resource: role('Admin') })
    expect(allowed.trust).toBe(true)
    expect(at(allowed, 'resource')).toMatchObject({ verdict: 'allow', note: 'direct', end: true })
    const refused = flowOf(world, { principal: 'user/alice', action: 'sts:AssumeRole', resource: role('Locked') })
    expect(refused.noAllow?.message).toMatch(/^The role trust policy found no allow: /)
  })

  it('the root user cannot assume a role, whatever the trust policy says', () => {
    const flow = flowOf(world, { principal: 'root', action: 'sts:AssumeRole', resource: role('Admin') })
    expect(at(flow, 'resource')).toMatchObject({ verdict: 'no-allow', note: 'root-cannot-assume-role', statements: [] })
  })

  it('the root user passes the identity step by its own full access', () => {
    const flow = flowOf(world, { principal: 'root', action: 's3:GetObject', resource: 'arn:aws:s3:::other/x' })
    expect(at(flow, 'identity')).toMatchObject({ verdict: 'allow', note: 'root-user', statements: [] })
    expect(at(flow, 'boundary').verdict).toBe('not-applicable')
  })

  it('an explicit deny still stops the root user', () => {
    const flow = flowOf(world, { principal: 'root', action: 's3:DeleteObject', resource: `${DATA}/x` })
    expect([flow.end, at(flow, 'deny').verdict]).toEqual(['deny', 'deny'])
  })
})
