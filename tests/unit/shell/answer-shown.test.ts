import { describe, expect, it } from 'vitest'

describe('answerPainted', () => {
  it('waits for the first answer to be shown, then resolves', async () => {
    const { answerPainted, markAnswerShown } = await import('../../../src/lib/shell/answer-shown')
    let painted = false
    const waiting = answerPainted().then(() => (painted = true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(painted).toBe(false)
    markAnswerShown()
    markAnswerShown() // Later calls change nothing.
    await waiting
    expect(painted).toBe(true)
    // Once shown, later waits resolve too.
    await expect(answerPainted()).resolves.toBeUndefined()
  })
})
