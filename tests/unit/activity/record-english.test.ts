// The worker's answers cross without English fields; an activity record still keeps AWS's English error text.
import { describe, expect, it } from 'vitest'
import { assumeRole, english, exampleScenario } from '../../../src/engine/index'
import { recordEvents } from '../../../src/lib/activity/record'

describe(recordEvents, () => {
  it('words a failed AssumeRole’s reason in English when the answer came without it', async () => {
    const s = exampleScenario()
    const call = { caller: 'user/alice', role: 'Deployer', sessionName: 'work', durationSeconds: 50_000 }
    const answer = assumeRole(s, { ...call, environment: { mfa: true } })
    if (answer.ok) throw new Error('the call should fail: DurationSeconds is over the role’s maximum')
    // As the worker answers: its engine has no English templates, so the field holds the message's key.
    const crossed = { ...answer, reason: answer.reasonText.key }
    const [event] = await recordEvents(s, [{ call: { ...call, environment: { mfa: true } }, answer: crossed }])
    expect(event!.errorCode).toBe('ValidationError')
    expect(event!.errorMessage).toBe(english(answer.reasonText))
    expect(event!.errorMessage).toContain('`DurationSeconds` 50000')
  })
})
