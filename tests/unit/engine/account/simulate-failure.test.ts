// One answer per question: a request that fails before evaluation (expired credentials, a session the scenario never
// issued) carries that failure, with AWS's error code, and is never answered as allowed.
import { describe, expect, it } from 'vitest'
import { assumeRole, stsErrorOf, whatWouldAllow, whoCan } from '../../../../src/engine/index'
import { activityEvent, assumeRoleEvent } from '../../../../src/engine/activity/event'
import { authenticated } from '../../../../src/engine/activity/log'
import { A, B, T0, inline, role, scenario, session, sim } from '../../../helpers/scenario'

const OBJ = 'arn:aws:s3:::data/x'
const LIVE = `arn:aws:sts::${A}:assumed-role/App/live`
const NEVER = `arn:aws:sts::${A}:assumed-role/App/never`
const s = scenario({
  accounts: [{ id: A }, { id: B }],
  roles: [role('App', { inlinePolicies: [inline('All', ['s3:*', 'sts:AssumeRole'])] }), role('Next')],
  sessions: [session('App', 'live', { durationSeconds: 3600 })],
})
const at = (time: string) => ({ environment: { time } })

describe('simulate: failures before evaluation', () => {
  it('a live session is answered by its policies, with no failure', () => {
    const r = sim(s, { principal: LIVE, action: 's3:GetObject', resource: OBJ, ...at(T0) })
    expect(r.decision).toBe('Allow')
    expect(r.failure).toBeUndefined()
  })

  it('an expired session fails with ExpiredToken, whatever its policies allow', () => {
    const r = sim(s, { principal: LIVE, action: 's3:GetObject', resource: OBJ, ...at('2026-01-01T01:00:00Z') })
    expect(r.failure).toEqual({
      code: 'expired-token',
      awsError: 'ExpiredToken',
      session: LIVE,
      expiredAt: '2026-01-01T01:00:00Z',
    })
    expect(r.decision).toBe('ImplicitDeny')
    expect(r.expired).toBe(true)
    expect(r.trace.policyTypes).toEqual([])
  })

  it('a session the scenario never issued fails with InvalidClientTokenId, whatever the role allows', () => {
    const r = sim(s, { principal: NEVER, action: 's3:GetObject', resource: OBJ, ...at(T0) })
    expect(r.failure).toEqual({ code: 'unknown-session', awsError: 'InvalidClientTokenId', session: NEVER })
    expect(r.decision).toBe('ImplicitDeny')
    expect(r.trace.rule.code).toBe('credentials-invalid')
    expect(r.trace.rule.message).toBe(
      `the scenario never issued session \`${NEVER}\`: there are no credentials to sign the request with, so it is refused`,
    )
    // It survives the worker boundary.
    expect(structuredClone(r).failure).toEqual(r.failure)
    // The activity log records AWS's error, and the request does not count as the role's activity.
    const request = { principal: NEVER, action: 's3:GetObject', resource: OBJ }
    const event = activityEvent(s, request, r, { time: T0, id: 'e0' })
    expect(event.errorCode).toBe('InvalidClientTokenId')
    expect(authenticated(event)).toBe(false)
    // No policy change helps: "What would allow it" says to assume the role first.
    const remedy = whatWouldAllow(s, request, r)
    expect(remedy.proposals).toEqual([])
    expect(remedy.unreachable?.code).toBe('session-not-issued')
  })

  it('a session of a role the account lacks fails the same way, and still suggests the roles it has', () => {
    const r = sim(s, { principal: `arn:aws:sts::${A}:assumed-role/Ap/live`, action: 's3:GetObject', resource: OBJ })
    expect(r.failure?.code).toBe('unknown-session')
    expect(r.warnings?.[0]).toMatchObject({ code: 'unknown-principal', suggestions: [LIVE] })
  })

  it('sessions of accounts outside the scenario, users and roles never fail this way', () => {
    for (const principal of [
      `arn:aws:sts::999999999999:assumed-role/X/y`,
      'role/App',
      `arn:aws:iam::${A}:user/nobody`,
    ]) {
      expect(sim(s, { principal, action: 's3:GetObject', resource: OBJ }).failure, principal).toBeUndefined()
    }
  })

  it('whoCan still asks as fresh sessions of the roles', () => {
    expect(whoCan(s, { action: 's3:GetObject', resource: OBJ }).map((e) => e.principal)).toContain(
      `arn:aws:sts::${A}:assumed-role/App/App`,
    )
  })
})

describe('assumeRole: failures before evaluation', () => {
  const call = (caller: string, extra: { durationSeconds?: number; time?: string } = {}) =>
    assumeRole(s, {
      caller,
      role: 'Next',
      sessionName: 'hop',
      environment: { time: extra.time ?? T0 },
      ...(extra.durationSeconds ? { durationSeconds: extra.durationSeconds } : {}),
    })

  it('a chained call over one hour fails with ValidationError although the trust policy allows', () => {
    const r = call(LIVE, { durationSeconds: 7200 })
    if (r.ok) throw new Error('issued')
    expect(r.code).toBe('chaining-duration')
    expect(stsErrorOf(r.code)).toBe('ValidationError')
    // The authorization alone would have allowed: the failure, not this decision, is the answer.
    expect(r.result.decision).toBe('Allow')
  })

  it('an expired caller fails with ExpiredToken, an unknown one with InvalidClientTokenId', () => {
    const expired = call(LIVE, { time: '2026-01-01T02:00:00Z' })
    expect(expired.ok || [expired.code, stsErrorOf(expired.code)]).toEqual(['caller-expired', 'ExpiredToken'])
    const unknown = call(NEVER)
    expect(unknown.ok || [unknown.code, stsErrorOf(unknown.code)]).toEqual(['caller-unknown', 'InvalidClientTokenId'])
    if (unknown.ok) return
    expect(
      assumeRoleEvent(s, { caller: NEVER, role: 'Next', sessionName: 'hop' }, unknown, { time: T0, id: 'e2' })
        .errorCode,
    ).toBe('InvalidClientTokenId')
  })

  it('an authorization failure has no STS error of its own: the decision explains it', () => {
    expect(stsErrorOf('access-denied')).toBeUndefined()
    expect(stsErrorOf('no-role')).toBeUndefined()
  })
})
