// The request context, key by key, as AWS fills it from the environment, the principal and the resource.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
import { describe, expect, it } from 'vitest'
import {
  buildRequestContext,
  resolveResourceIn,
  resolveScenarioPrincipal,
  uniqueId,
  type SimulationRequest,
} from '../../../../src/engine/index'
import type { Environment, Scenario, Session } from '../../../../src/engine/scenario/model'
import { A, B, MGMT, ORG, T0, inline, org, role, scenario, session, sim } from '../../../helpers/scenario'

const s = scenario({
  accounts: [{ id: A }, { id: B }, { id: MGMT }],
  organization: org(),
  environment: { time: T0, sourceIp: '203.0.113.7', region: 'eu-west-1' },
  users: [
    { name: 'alice', tags: { team: 'blue', cost: '42' } },
    { name: 'ida', id: 'AIDAEXAMPLE1234567890' },
  ],
  roles: [
    role('App', { tags: { team: 'red', tier: 'gold' }, id: 'AROAEXAMPLEROLE12345' }),
    role('Ops', { account: B, path: '/ops/' }),
  ],
  sessions: [
    session('App', 'tagged', { tags: { Team: 'green' }, sourceIdentity: 'alice', mfa: true }),
    session('App', 'plain', { issuedAt: '2025-12-31T23:30:00Z' }),
  ],
  resources: [{ arn: 'arn:aws:s3:::b-bucket', account: B, tags: { env: 'prod' } }],
})

const SESSION = `arn:aws:sts::${A}:assumed-role/App/tagged`
const PLAIN = `arn:aws:sts::${A}:assumed-role/App/plain`

function ctx(principal: string, extra: Partial<SimulationRequest> = {}, sc: Scenario = s, sessions?: Session[]) {
  const request = { principal, action: 's3:GetObject', resource: 'arn:aws:s3:::b-bucket', ...extra }
  const p = resolveScenarioPrincipal(sc, principal, sessions ? { sessions } : {})
  return buildRequestContext(sc, p, request, resolveResourceIn(sc, request.action, request.resource))
}

describe('environment keys', () => {
  it.each([
    ['aws:CurrentTime', {}, '2026-01-01T00:00:00Z'],
    ['aws:EpochTime', {}, '1767225600'],
    ['aws:CurrentTime', { time: '2026-06-30T12:34:56.789Z' }, '2026-06-30T12:34:56Z'],
    ['aws:SourceIp', {}, '203.0.113.7'],
    ['aws:SourceIp', { sourceIp: '198.51.100.1' }, '198.51.100.1'],
    ['aws:RequestedRegion', {}, 'eu-west-1'],
    ['aws:RequestedRegion', { region: 'us-east-1' }, 'us-east-1'],
    ['aws:SecureTransport', {}, 'true'],
    ['aws:SecureTransport', { secureTransport: false }, 'false'],
    ['aws:UserAgent', {}, undefined],
    ['aws:UserAgent', { userAgent: 'aws-cli/2' }, 'aws-cli/2'],
    ['aws:SourceVpc', { vpc: 'vpc-1234' }, 'vpc-1234'],
    ['aws:SourceVpce', { vpc: 'vpce-1234' }, 'vpce-1234'],
  ] as [string, Environment, string | undefined][])('%s with %j → %s', (key, environment, expected) => {
    expect(ctx('user/alice', { environment })[key]).toBe(expected)
  })
})

describe('principal keys of a user', () => {
  const c = ctx('user/alice')
  it.each([
    ['aws:username', 'alice'],
    ['aws:PrincipalArn', `arn:aws:iam::${A}:user/alice`],
    ['aws:PrincipalAccount', A],
    ['aws:PrincipalType', 'User'],
    ['aws:PrincipalIsAWSService', 'false'],
    ['aws:PrincipalTag/team', 'blue'],
    ['aws:PrincipalTag/cost', '42'],
    ['aws:PrincipalOrgID', ORG],
    ['aws:TokenIssueTime', undefined],
    ['aws:SourceIdentity', undefined],
    ['aws:MultiFactorAuthPresent', undefined],
  ])('%s → %s', (key, expected) => {
    expect(c[key]).toBe(expected)
  })

  it('aws:PrincipalOrgPaths is the path from the organization to the account’s OU', () => {
    expect(c['aws:PrincipalOrgPaths']).toEqual([`${ORG}/r-root/ou-root-dev00000/`])
    expect(ctx(`${B}:root`)['aws:PrincipalOrgPaths']).toEqual([`${ORG}/r-root/ou-root-dev00000/ou-root-team0000/`])
  })

  it('aws:userid is the user’s unique ID, generated from the name when the scenario gives none', () => {
    expect(ctx('user/ida')['aws:userid']).toBe('AIDAEXAMPLE1234567890')
    expect(c['aws:userid']).toBe(uniqueId('AIDA', `${A}:alice`))
    expect(c['aws:userid']).toMatch(/^AIDA[A-Z2-7]{17}$/)
    expect(ctx('user/alice')['aws:userid']).toBe(c['aws:userid'])
  })
})

describe('principal keys of a role session', () => {
  const c = ctx(SESSION)
  it.each([
    ['aws:PrincipalArn', `arn:aws:iam::${A}:role/App`],
    ['aws:PrincipalType', 'AssumedRole'],
    ['aws:userid', 'AROAEXAMPLEROLE12345:tagged'],
    ['aws:username', undefined],
    ['aws:TokenIssueTime', '2026-01-01T00:00:00Z'],
    ['aws:SourceIdentity', 'alice'],
    ['aws:PrincipalTag/tier', 'gold'],
    ['aws:PrincipalTag/Team', 'green'],
    ['aws:PrincipalTag/team', undefined],
    ['aws:MultiFactorAuthPresent', 'true'],
    ['aws:MultiFactorAuthAge', '0'],
  ])('%s → %s', (key, expected) => {
    expect(c[key]).toBe(expected)
  })

  it('a session of a role with a path gives the role ARN with the path', () => {
    expect(ctx(`arn:aws:sts::${B}:assumed-role/Ops/s`)['aws:PrincipalArn']).toBe(`arn:aws:iam::${B}:role/ops/Ops`)
  })

  it('MFA: a session without MFA says false; the MFA age counts from the session’s issue', () => {
    expect(ctx(PLAIN)['aws:MultiFactorAuthPresent']).toBe('false')
    const mfa = [session('App', 'plain', { issuedAt: '2025-12-31T23:30:00Z', mfa: true })]
    expect(ctx(PLAIN, {}, s, mfa)['aws:MultiFactorAuthAge']).toBe('1800')
  })
})

describe('MFA: long-term keys (no mfa) leave the key out; a console sign-in says true or false', () => {
  it.each([
    [undefined, undefined, undefined],
    [false, 'false', undefined],
    [true, 'true', '0'],
  ])('a user with environment mfa %s → present %s, age %s', (mfa, present, age) => {
    const environment = mfa === undefined ? {} : { mfa }
    const c = ctx('user/alice', { environment })
    expect([c['aws:MultiFactorAuthPresent'], c['aws:MultiFactorAuthAge']]).toEqual([present, age])
  })

  it('takes the MFA age from the environment', () => {
    expect(ctx('user/alice', { environment: { mfa: true, mfaAge: 600 } })['aws:MultiFactorAuthAge']).toBe('600')
  })
})

describe('other principals', () => {
  it('a root user is an Account with its account ID as aws:userid', () => {
    expect(ctx('root')).toMatchObject({
      'aws:PrincipalType': 'Account',
      'aws:userid': A,
      'aws:PrincipalArn': `arn:aws:iam::${A}:root`,
    })
  })

  it('a service principal has aws:PrincipalIsAWSService and aws:PrincipalServiceName only', () => {
    const c = ctx('ec2.amazonaws.com')
    expect(c['aws:PrincipalIsAWSService']).toBe('true')
    expect(c['aws:PrincipalServiceName']).toBe('ec2.amazonaws.com')
    expect(c['aws:PrincipalArn']).toBeUndefined()
  })

  it('an anonymous request has no principal keys', () => {
    expect(Object.keys(ctx('anonymous')).filter((k) => k.startsWith('aws:Principal'))).toEqual([])
  })

  it('an account outside the organization has no organization keys', () => {
    const c = ctx('user/alice', {}, scenario({ users: [{ name: 'alice' }] }))
    expect([c['aws:PrincipalOrgID'], c['aws:PrincipalOrgPaths']]).toEqual([undefined, undefined])
  })
})

describe('resource keys', () => {
  const c = ctx('user/alice')
  it.each([
    ['aws:ResourceAccount', B],
    ['aws:ResourceOrgID', ORG],
    ['aws:ResourceTag/env', 'prod'],
  ])('%s → %s', (key, expected) => {
    expect(c[key]).toBe(expected)
  })

  it('aws:ResourceOrgPaths is the resource account’s path', () => {
    expect(c['aws:ResourceOrgPaths']).toEqual([`${ORG}/r-root/ou-root-dev00000/ou-root-team0000/`])
  })

  it('a resource of `*` brings no resource keys', () => {
    expect(Object.keys(ctx('user/alice', { resource: '*' })).filter((k) => k.startsWith('aws:Resource'))).toEqual([])
  })
})

describe('request.context overrides', () => {
  it.each([
    ['aws:SourceIp', '192.0.2.1'],
    ['aws:PrincipalTag/team', 'purple'],
    ['aws:userid', 'AIDAOVERRIDE'],
    ['aws:RequestTag/project', 'x'],
  ])('%s given in the request wins', (key, value) => {
    expect(ctx('user/alice', { context: { [key]: value } })[key]).toBe(value)
  })

  it('replaces a filled key whatever its case', () => {
    const c = ctx('user/alice', { context: { 'AWS:SOURCEIP': '192.0.2.1' } })
    expect(c['aws:SourceIp']).toBeUndefined()
    expect(c['AWS:SOURCEIP']).toBe('192.0.2.1')
  })

  it('resolves the resource itself when not given one', () => {
    const request = { principal: 'user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::b-bucket' }
    const c = buildRequestContext(s, resolveScenarioPrincipal(s, 'user/alice'), request)
    expect([c['aws:ResourceAccount'], c['aws:ResourceTag/env']]).toEqual([B, 'prod'])
  })

  it('request-specific keys come only from the request', () => {
    const c = ctx('user/alice')
    expect(Object.keys(c).filter((k) => k.startsWith('aws:RequestTag') || k === 'aws:TagKeys')).toEqual([])
  })

  it('simulate sends the built context to the engine', () => {
    const result = sim(s, {
      principal: 'user/alice',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b-bucket',
      context: { 'aws:SourceIp': '192.0.2.1' },
    })
    const sent = Object.fromEntries(result.trace.context.map((e) => [e.key, e.value]))
    expect(sent['aws:SourceIp']).toBe('192.0.2.1')
    expect(sent['aws:PrincipalTag/team']).toBe('blue')
    expect(result.context).toEqual(sent)
  })

  it('a condition on a filled key decides', () => {
    const sc = scenario({
      ...s,
      users: [{ name: 'alice', tags: { team: 'blue' }, inlinePolicies: [inline('Mine', 's3:GetObject')] }],
      resources: [],
    })
    sc.users![0]!.inlinePolicies![0]!.document = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::${aws:PrincipalTag/team}/*' }],
    }
    expect(sim(sc, { principal: 'user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::blue/x' }).decision).toBe(
      'Allow',
    )
    expect(sim(sc, { principal: 'user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::red/x' }).decision).toBe(
      'ImplicitDeny',
    )
  })
})
