// Which access key a CloudTrail record names: an IAM user's (or root user's) active long-term key (AKIA…) when they
// have one, a console sign-in's temporary key (ASIA…) otherwise or when MFA was used, a session's own temporary key.
import { describe, expect, it } from 'vitest'
import {
  activityEvent,
  exampleScenario,
  simulate,
  type Scenario,
  type SimulationRequest,
} from '../../../src/engine/index'

const OBJECT = 'arn:aws:s3:::example-reports/2024/q1.csv'

function identityOf(request: SimulationRequest, scenario: Scenario = exampleScenario()) {
  return activityEvent(scenario, request, simulate(scenario, request), { time: '2024-05-01T12:00:00Z', id: 'seed' })
}

/** The example with alice's key made inactive and a second, active key added after it. */
function withSecondKey(): Scenario {
  const s = exampleScenario()
  const alice = s.users![0]!
  alice.accessKeys = [
    { id: 'AKIAIOSFODNN7EXAMPLE', created: '2024-01-15T09:00:00Z', status: 'Inactive' },
    { id: 'AKIAI44QH8DHBEXAMPLE', created: '2024-04-01T09:00:00Z', status: 'Active' },
  ]
  return s
}

describe('userIdentity.accessKeyId', () => {
  it('is the user’s active AKIA key, with or without an MFA box set to false', () => {
    for (const environment of [{}, { mfa: false }]) {
      const e = identityOf({ principal: 'user/alice', action: 's3:GetObject', resource: OBJECT, environment })
      expect(e.userIdentity).toMatchObject({ type: 'IAMUser', userName: 'alice', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' })
      expect(e.userIdentity.sessionContext).toBeUndefined()
      expect(e.sessionCredentialFromConsole).toBeUndefined()
    }
  })

  it('skips inactive keys', () => {
    const e = identityOf({ principal: 'user/alice', action: 's3:GetObject', resource: OBJECT }, withSecondKey())
    expect(e.userIdentity.accessKeyId).toBe('AKIAI44QH8DHBEXAMPLE')
  })

  it('is a console sign-in’s ASIA key for a user without an active key, the same for the same request', () => {
    const request = { principal: 'user/contractors/bob', action: 's3:GetObject', resource: OBJECT }
    const e = identityOf(request)
    expect(e.userIdentity.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
    expect(e.userIdentity.sessionContext?.attributes.mfaAuthenticated).toBe('false')
    expect(e.sessionCredentialFromConsole).toBe('true')
    expect(identityOf(request).userIdentity.accessKeyId).toBe(e.userIdentity.accessKeyId)
  })

  it('is temporary when the request was made with MFA, which long-term keys never carry', () => {
    const e = identityOf({
      principal: 'user/alice',
      action: 's3:GetObject',
      resource: OBJECT,
      environment: { mfa: true },
    })
    expect(e.userIdentity.accessKeyId).toMatch(/^ASIA/)
    expect(e.userIdentity.sessionContext?.attributes.mfaAuthenticated).toBe('true')
  })

  it('is the session’s own ASIA key for a request made as a session, not the user’s AKIA key', () => {
    const e = identityOf({
      principal: 'arn:aws:sts::111122223333:assumed-role/Deployer/alice-deploy',
      action: 'lambda:ListFunctions',
      resource: '*',
    })
    expect(e.userIdentity.type).toBe('AssumedRole')
    expect(e.userIdentity.accessKeyId).toMatch(/^ASIA/)
    expect(e.userIdentity.accessKeyId).not.toBe('AKIAIOSFODNN7EXAMPLE')
  })

  it('is the root user’s active key when the account has one', () => {
    const s = exampleScenario()
    s.accounts[0]!.root = {
      accessKeys: [{ id: 'AKIAROOTKEY0EXAMPLE0', created: '2024-01-01T00:00:00Z', status: 'Active' }],
    }
    const e = identityOf({ principal: 'root', action: 's3:GetObject', resource: OBJECT }, s)
    expect(e.userIdentity).toMatchObject({ type: 'Root', accessKeyId: 'AKIAROOTKEY0EXAMPLE0' })
  })
})
