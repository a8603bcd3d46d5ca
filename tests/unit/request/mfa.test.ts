// The MFA box from the principal: the draft starts from the devices the principal has, another principal brings its
// own, and ticking MFA for a user without a device is a what-if the form names.
import { describe, expect, it } from 'vitest'
import { exampleScenario, type Scenario } from '../../../src/engine/index'
import { draftFor, draftOfSaved } from '../../../src/lib/request/draft'
import { mfaFromPrincipal, mfaWhatIf, principalMfa } from '../../../src/lib/request/mfa'
import { ScenarioDocument } from '../../../src/lib/state/document.svelte'
import { Question } from '../../../src/lib/state/question.svelte'

/** The example with a scenario-wide `mfa: true`, as several gallery scenarios had. */
function withMfaEverywhere(): Scenario {
  const s = exampleScenario()
  return { ...s, environment: { ...s.environment, mfa: true } }
}

describe(principalMfa, () => {
  it('tells a user with a device from one without, and the root user by its MFA', () => {
    const s = exampleScenario()
    expect(principalMfa(s, 'user/alice')).toEqual({ kind: 'user', name: 'alice', hasDevice: true })
    expect(principalMfa(s, 'arn:aws:iam::111122223333:user/contractors/bob')).toEqual({
      kind: 'user',
      name: 'bob',
      hasDevice: false,
    })
    expect(principalMfa(s, 'arn:aws:iam::111122223333:root')).toEqual({
      kind: 'root',
      name: '111122223333',
      hasDevice: true,
    })
    expect(principalMfa(s, 'arn:aws:iam::444455556666:root')?.hasDevice).toBe(false)
  })

  it('says nothing for roles, sessions, unknown users and text that names no principal', () => {
    const s = exampleScenario()
    expect(principalMfa(s, 'role/Deployer')).toBeUndefined()
    expect(principalMfa(s, 'arn:aws:sts::111122223333:assumed-role/Deployer/alice-deploy')).toBeUndefined()
    expect(principalMfa(s, 'user/nobody')).toBeUndefined()
    expect(principalMfa(s, '')).toBeUndefined()
    expect(principalMfa(s, 'not a principal ::')).toBeUndefined()
  })
})

describe(draftOfSaved, () => {
  it('starts a user without a device without MFA, even when the scenario’s default says MFA', () => {
    const s = withMfaEverywhere()
    const draft = draftOfSaved(s, { principal: 'user/contractors/bob', action: 's3:GetObject', resource: '*' })
    expect(draft.environment.mfa).toBe(false)
  })

  it('starts a user with a device as the scenario says (a device does not mean the request used it)', () => {
    const draft = draftFor(exampleScenario())
    expect(draft.principal).toBe('user/alice')
    expect(draft.environment.mfa).toBeUndefined()
    expect(draftFor(withMfaEverywhere()).environment.mfa).toBe(true)
  })

  it('keeps the MFA a saved request sets itself (then the form shows it as a what-if)', () => {
    const s = exampleScenario()
    const draft = draftOfSaved(s, {
      principal: 'user/contractors/bob',
      action: 's3:GetObject',
      resource: '*',
      environment: { mfa: true },
    })
    expect(draft.environment.mfa).toBe(true)
    expect(mfaWhatIf(s, draft.principal, draft.environment)).toEqual({ kind: 'user', name: 'bob', hasDevice: false })
  })

  it('leaves a session’s environment alone (the session carries its own MFA)', () => {
    const s = withMfaEverywhere()
    const principal = 'arn:aws:sts::111122223333:assumed-role/Deployer/alice-deploy'
    expect(draftOfSaved(s, { principal, action: 'lambda:ListFunctions', resource: '*' }).environment.mfa).toBe(true)
  })
})

describe(mfaWhatIf, () => {
  it('names the user only when MFA is ticked and they have no device', () => {
    const s = exampleScenario()
    expect(mfaWhatIf(s, 'user/contractors/bob', { mfa: true })?.name).toBe('bob')
    expect(mfaWhatIf(s, 'user/contractors/bob', { mfa: false })).toBeUndefined()
    expect(mfaWhatIf(s, 'user/alice', { mfa: true })).toBeUndefined()
    expect(mfaWhatIf(s, 'arn:aws:iam::444455556666:root', { mfa: true })?.kind).toBe('root')
    expect(mfaWhatIf(s, 'role/Deployer', { mfa: true })).toBeUndefined()
  })
})

describe(mfaFromPrincipal, () => {
  it('sets MFA from the devices and keeps the rest of the environment', () => {
    const s = exampleScenario()
    expect(mfaFromPrincipal(s, 'user/contractors/bob', { region: 'eu-west-1', mfa: true })).toEqual({
      region: 'eu-west-1',
      mfa: false,
    })
    expect(mfaFromPrincipal(s, 'role/Deployer', { mfa: true })).toEqual({ mfa: true })
    // A user with a device: back to the scenario's default (none here: long-term keys).
    expect(mfaFromPrincipal(s, 'user/alice', { region: 'eu-west-1', mfa: false })).toEqual({ region: 'eu-west-1' })
    expect(mfaFromPrincipal(withMfaEverywhere(), 'user/alice', { mfa: false })).toEqual({ mfa: true })
  })
})

describe('Question.setRequest', () => {
  it('another principal in the form brings its own MFA; a ticked box stays for the same principal', () => {
    const q = new Question(new ScenarioDocument(withMfaEverywhere()), { simulate: async () => new Promise(() => {}) })
    expect(q.request.environment.mfa).toBe(true)
    q.setRequest({ principal: 'user/contractors/bob' })
    expect(q.request.environment.mfa).toBe(false)
    q.setRequest({ environment: { ...q.request.environment, mfa: true } })
    q.setRequest({ actions: ['s3:PutObject'] })
    expect(q.request.environment.mfa).toBe(true)
    q.setRequest({ principal: 'user/alice' })
    expect(q.request.environment.mfa).toBe(true)
  })
})
