// AssumeRole in a scenario: evaluated like any request (caller side + trust policy), with its parameter rules
// (duration, role chaining, session tags, source identity), producing sessions later requests act as.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_request.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html
import { describe, expect, it } from 'vitest'
import { assumeRole, type AssumeRoleRequest, type AssumeRoleResult } from '../../../../src/engine/index'
import type { Session } from '../../../../src/engine/scenario/model'
import { allow, policy } from '../../../helpers/policy'
import { A, B, T0, inline, role, scenario, sim, trust } from '../../../helpers/scenario'

const ALICE = `arn:aws:iam::${A}:user/alice`
const arn = (name: string, account = A) => `arn:aws:iam::${account}:role/${name}`
const OBJ = 'arn:aws:s3:::data/x'

const s = scenario({
  accounts: [{ id: A }, { id: B }],
  users: [
    { name: 'alice', inlinePolicies: [inline('Sts', ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'])] },
    { name: 'bob' },
  ],
  roles: [
    role('Dev', {
      trustPolicy: trust({ AWS: `arn:aws:iam::${A}:root` }, ['sts:AssumeRole', 'sts:TagSession']),
      maxSessionDuration: 7200,
      tags: { team: 'dev', tier: 'silver' },
      inlinePolicies: [inline('Work', ['sts:AssumeRole', 'sts:TagSession', 's3:*'])],
    }),
    role('Prod', { trustPolicy: trust({ AWS: arn('Dev') }), inlinePolicies: [inline('Read', 's3:GetObject')] }),
    role('Long', { maxSessionDuration: 43200 }),
    role('Partner', {
      account: B,
      trustPolicy: trust({ AWS: `arn:aws:iam::${A}:root` }, 'sts:AssumeRole', {
        Condition: { StringEquals: { 'sts:ExternalId': 'xyz-123' } },
      }),
    }),
    role('Tagged', {
      trustPolicy: policy(
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 'sts:AssumeRole' },
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${A}:root` },
          Action: 'sts:TagSession',
          Condition: { StringEquals: { 'aws:RequestTag/project': 'x' } },
        },
      ),
    }),
    role('NoTags'),
    role('Mfa', {
      trustPolicy: trust({ AWS: `arn:aws:iam::${A}:root` }, 'sts:AssumeRole', {
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
      }),
    }),
    role('Named', {
      trustPolicy: trust({ AWS: `arn:aws:iam::${A}:root` }, 'sts:AssumeRole', {
        Condition: { StringEquals: { 'sts:RoleSessionName': '${aws:username}' } },
      }),
    }),
    role('Sourced', {
      trustPolicy: trust({ AWS: `arn:aws:iam::${A}:root` }, ['sts:AssumeRole', 'sts:SetSourceIdentity']),
      inlinePolicies: [inline('Chain', ['sts:AssumeRole', 'sts:SetSourceIdentity'])],
    }),
    role('Web', { trustPolicy: trust({ Federated: 'accounts.google.com' }, 'sts:AssumeRoleWithWebIdentity') }),
  ],
})

function ok(result: AssumeRoleResult) {
  if (!result.ok) throw new Error(`expected a session, got ${result.code}: ${result.reason}`)
  return result
}

const asAlice = (req: Partial<AssumeRoleRequest> & { role: string }, sessions?: Session[]) =>
  assumeRole(s, { caller: 'user/alice', sessionName: 'work', ...req }, sessions ? { sessions } : {})

describe('allowed and denied', () => {
  it('issues a session with the defaults', () => {
    const r = ok(asAlice({ role: 'Dev' }))
    expect(r.sessionArn).toBe(`arn:aws:sts::${A}:assumed-role/Dev/work`)
    expect(r.expiresAt).toBe('2026-01-01T01:00:00Z')
    expect(r.session).toEqual({
      role: arn('Dev'),
      sessionName: 'work',
      sourcePrincipal: ALICE,
      issuedAt: T0,
      durationSeconds: 3600,
      mfa: false,
    })
    expect(r.result.decision).toBe('Allow')
    expect(r.result.sources['resource']?.kind).toBe('trust')
  })

  it.each([
    [
      'a caller without an identity allow',
      { caller: 'user/bob', role: 'Dev' },
      'access-denied',
      'no-allow',
      'is not authorized',
    ],
    ['the root user', { caller: 'root', role: 'Dev' }, 'access-denied', 'root-cannot-assume-role', 'root user'],
    ['a role the scenario does not have', { role: 'Ghost' }, 'no-role', 'trust-no-allow', 'the scenario has no role'],
    ['a trust policy that names someone else', { role: 'Prod' }, 'access-denied', 'trust-no-allow', 'trust policy'],
  ])('%s → %s', (_, req, code, rule, reason) => {
    const r = assumeRole(s, { caller: 'user/alice', sessionName: 'work', ...req })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect([r.code, r.result.trace.rule.code]).toEqual([code, rule])
    expect(r.reason).toContain(reason)
  })

  it('puts the STS request keys in the context', () => {
    const r = asAlice({ role: 'Tagged', tags: { project: 'x' }, externalId: 'e', sourceIdentity: 'alice' })
    expect(r.result.context).toMatchObject({
      'sts:RoleSessionName': 'work',
      'sts:ExternalId': 'e',
      'sts:SourceIdentity': 'alice',
      'aws:RequestTag/project': 'x',
      'aws:TagKeys': ['project'],
    })
  })

  it.each([
    ['xyz-123', true],
    ['wrong', false],
    [undefined, false],
  ])('external ID %s → ok %s (cross-account)', (externalId, expected) => {
    const r = asAlice(externalId === undefined ? { role: arn('Partner', B) } : { role: arn('Partner', B), externalId })
    expect(r.ok).toBe(expected)
  })

  it.each([
    ['alice', true],
    ['someone-else', false],
  ])('sts:RoleSessionName %s → ok %s', (sessionName, expected) => {
    expect(asAlice({ role: 'Named', sessionName }).ok).toBe(expected)
  })

  it('AssumeRoleWithWebIdentity from an identity provider', () => {
    const call = { caller: 'accounts.google.com', role: 'Web', sessionName: 'web-user' }
    expect(assumeRole(s, { ...call, action: 'sts:AssumeRoleWithWebIdentity' }).ok).toBe(true)
    expect(assumeRole(s, call).ok).toBe(false)
  })
})

describe('duration', () => {
  it.each([
    ['Dev', undefined, true, 3600],
    ['Dev', 900, true, 900],
    ['Dev', 899, 'invalid-duration', 0],
    ['Dev', 1000.5, 'invalid-duration', 0],
    ['Dev', 7200, true, 7200],
    ['Dev', 7201, 'duration-exceeds-max', 0],
    ['NoTags', 3601, 'duration-exceeds-max', 0],
    ['Long', 43200, true, 43200],
  ] as const)('%s for %s s → %s', (roleName, durationSeconds, expected, duration) => {
    const r = asAlice(durationSeconds === undefined ? { role: roleName } : { role: roleName, durationSeconds })
    if (expected === true) expect(ok(r).session.durationSeconds).toBe(duration)
    else expect(r.ok ? 'ok' : r.code).toBe(expected)
  })

  it('a parameter error keeps the simulation, which may well allow', () => {
    const r = asAlice({ role: 'Dev', durationSeconds: 100 })
    expect(r.ok ? undefined : [r.code, r.result.decision, r.reason]).toEqual([
      'invalid-duration',
      'Allow',
      '`DurationSeconds` 100 is invalid: it must be a whole number of at least 900 (15 minutes)',
    ])
  })
})

describe('role chaining', () => {
  const dev = ok(asAlice({ role: 'Dev', tags: { project: 'x', owner: 'alice' }, transitiveTagKeys: ['project'] }))
  const chain = (req: Partial<AssumeRoleRequest> = {}) =>
    assumeRole(s, { caller: dev.sessionArn, role: 'Prod', sessionName: 'prod', ...req }, { sessions: [dev.session] })

  it('a session assumes the next role; the new session is chained', () => {
    const r = ok(chain())
    expect(r.session).toMatchObject({ chained: true, sourcePrincipal: dev.sessionArn, durationSeconds: 3600 })
  })

  it.each([
    [3600, true],
    [3601, 'chaining-duration'],
    [7200, 'chaining-duration'],
  ] as const)('asking for %i s → %s', (durationSeconds, expected) => {
    const r = chain({ durationSeconds })
    expect(r.ok || r.code).toBe(expected)
  })

  it('says why a long chained session fails, in AWS’s words', () => {
    const r = chain({ durationSeconds: 7200 })
    expect(r.ok ? '' : r.reason).toBe(
      'the requested `DurationSeconds` 7200 exceeds the 1 hour session limit for roles assumed by role chaining',
    )
  })

  it('carries transitive tags, not the others', () => {
    const r = ok(chain())
    expect(r.session.tags).toEqual({ project: 'x' })
    expect(r.session.transitiveTagKeys).toEqual(['project'])
  })

  it('refuses to pass again a tag the chain already carries', () => {
    const r = chain({ tags: { Project: 'y' } })
    expect(r.ok || r.code).toBe('transitive-tag-conflict')
  })

  it('a session that expired cannot assume anything', () => {
    const r = chain({ environment: { time: '2026-01-01T01:00:00Z' } })
    expect(r.ok || [r.code, r.result.trace.rule.code]).toEqual(['caller-expired', 'credentials-expired'])
  })
})

describe('session tags', () => {
  it.each([
    ['Tagged', { project: 'x' }, true],
    ['Tagged', { project: 'y' }, 'tag-session-denied'],
    ['NoTags', { project: 'x' }, 'tag-session-denied'],
    ['NoTags', undefined, true],
  ] as const)('%s with tags %j → %s', (roleName, tags, expected) => {
    const r = asAlice(tags ? { role: roleName, tags } : { role: roleName })
    expect(r.ok || r.code).toBe(expected)
  })

  it('evaluates sts:TagSession as its own request', () => {
    const r = asAlice({ role: 'NoTags', tags: { project: 'x' } })
    expect(r.ok ? undefined : [r.result.trace.request.action, r.result.trace.rule.code]).toEqual([
      'sts:TagSession',
      'trust-no-allow',
    ])
    expect(ok(asAlice({ role: 'Tagged', tags: { project: 'x' } })).tagSession?.decision).toBe('Allow')
  })

  it.each([
    [{ 'aws:x': 'v' }, undefined],
    [{ project: 'x' }, ['nope']],
  ])('rejects tags %j with transitive keys %j', (tags, transitiveTagKeys) => {
    const r = asAlice(transitiveTagKeys ? { role: 'Tagged', tags, transitiveTagKeys } : { role: 'Tagged', tags })
    expect(r.ok || r.code).toBe('invalid-tags')
  })

  it('session tags become principal tags, overriding the role’s', () => {
    const dev = ok(asAlice({ role: 'Dev', tags: { Team: 'blue' } }))
    const { context } = sim(
      s,
      { principal: dev.sessionArn, action: 's3:GetObject', resource: OBJ },
      { sessions: [dev.session] },
    )
    expect([
      context['aws:PrincipalTag/Team'],
      context['aws:PrincipalTag/team'],
      context['aws:PrincipalTag/tier'],
    ]).toEqual(['blue', undefined, 'silver'])
  })
})

describe('source identity', () => {
  it('needs sts:SetSourceIdentity and then sits in the session', () => {
    const r = ok(asAlice({ role: 'Sourced', sourceIdentity: 'alice' }))
    expect(r.setSourceIdentity?.decision).toBe('Allow')
    const { context } = sim(
      s,
      { principal: r.sessionArn, action: 's3:GetObject', resource: OBJ },
      { sessions: [r.session] },
    )
    expect(context['aws:SourceIdentity']).toBe('alice')
  })

  it('is refused when the trust policy does not allow sts:SetSourceIdentity', () => {
    const r = asAlice({ role: 'Dev', sourceIdentity: 'alice' })
    expect(r.ok || r.code).toBe('set-source-identity-denied')
  })

  it('passes on through a chain and cannot change', () => {
    const first = ok(asAlice({ role: 'Sourced', sourceIdentity: 'alice' }))
    const next = (sourceIdentity?: string) =>
      assumeRole(
        s,
        { caller: first.sessionArn, role: 'Sourced', sessionName: 'again', ...(sourceIdentity && { sourceIdentity }) },
        { sessions: [first.session] },
      )
    expect(ok(next()).session.sourceIdentity).toBe('alice')
    expect(ok(next('alice')).session.sourceIdentity).toBe('alice')
    expect(next('mallory').ok || (next('mallory') as { code: string }).code).toBe('source-identity-change')
  })
})

describe('MFA is carried from the caller', () => {
  it.each([
    [{}, 'access-denied', undefined],
    [{ mfa: false }, 'access-denied', undefined],
    [{ mfa: true }, true, true],
  ])('environment %j → %s', (environment, expected, mfa) => {
    const r = asAlice({ role: 'Mfa', environment })
    expect(r.ok || r.code).toBe(expected)
    if (r.ok) expect(r.session.mfa).toBe(mfa)
  })

  it('a session issued with MFA can assume a role that requires it', () => {
    const dev = ok(asAlice({ role: 'Dev', environment: { mfa: true } }))
    expect(dev.session.mfa).toBe(true)
    const r = assumeRole(s, { caller: dev.sessionArn, role: 'Mfa', sessionName: 'mfa' }, { sessions: [dev.session] })
    expect(ok(r).session.mfa).toBe(true)
  })
})

describe('expiry', () => {
  const dev = ok(asAlice({ role: 'Dev', durationSeconds: 900 }))
  const at = (time: string) =>
    sim(
      s,
      { principal: dev.sessionArn, action: 's3:GetObject', resource: OBJ, environment: { time } },
      { sessions: [dev.session] },
    )

  it.each([
    ['2026-01-01T00:00:00Z', 'Allow'],
    ['2026-01-01T00:14:59Z', 'Allow'],
    ['2026-01-01T00:15:00Z', 'ImplicitDeny'],
    ['2026-01-02T00:00:00Z', 'ImplicitDeny'],
  ])('at %s → %s', (time, expected) => {
    expect(at(time).decision).toBe(expected)
  })

  it('says the credentials expired, and evaluates no policy', () => {
    const result = at('2026-01-01T00:15:00Z')
    expect(result.expired).toBe(true)
    expect(result.trace.rule).toMatchObject({
      code: 'credentials-expired',
      message: `the credentials of session \`${dev.sessionArn}\` expired at 2026-01-01T00:15:00Z: every request made with them is denied`,
    })
    expect(result.trace.policyTypes).toEqual([])
    expect(structuredClone(result).trace.rule.code).toBe('credentials-expired')
  })

  it('session policies passed to AssumeRole limit the session', () => {
    const narrow = ok(asAlice({ role: 'Dev', policies: [policy(allow('s3:GetObject'))] }))
    const put = sim(
      s,
      { principal: narrow.sessionArn, action: 's3:PutObject', resource: OBJ },
      { sessions: [narrow.session] },
    )
    expect([put.decision, put.trace.rule.code]).toEqual(['ImplicitDeny', 'session-no-allow'])
  })
})
