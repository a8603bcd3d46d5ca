import { describe, expect, it } from 'vitest'
import type { EvaluationInput, EvaluationResult } from '../../../src/engine/index'
import { Playground } from '../../../src/lib/state/playground.svelte'

const input: EvaluationInput = {
  request: { principal: 'arn:aws:iam::111122223333:user/alice', action: 's3:GetObject', resource: '*' },
}

const answer = (decision: EvaluationResult['decision']) => ({ decision }) as EvaluationResult

/** A promise with its resolve and reject exposed, to hold an evaluation in flight. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

describe(Playground, () => {
  it('is pending while the engine computes, then holds its answer', async () => {
    const call = deferred<EvaluationResult>()
    const playground = new Playground(input, () => call.promise)

    const done = playground.evaluate()
    expect(playground.pending).toBe(true)
    expect(playground.result).toBeUndefined()

    call.resolve(answer('Allow'))
    await done
    expect(playground.pending).toBe(false)
    expect(playground.result?.decision).toBe('Allow')
    expect(playground.error).toBeUndefined()
  })

  it('shows why the engine failed and drops the old answer', async () => {
    let fail = false
    const playground = new Playground(input, async () => {
      if (fail) throw new Error('the engine worker failed to load')
      return answer('ImplicitDeny')
    })
    await playground.evaluate()

    fail = true
    await playground.evaluate()
    expect(playground.result).toBeUndefined()
    expect(playground.error).toBe('the engine worker failed to load')
    expect(playground.pending).toBe(false)
  })

  it('stays pending when the answer is stale, since a newer evaluation will settle it', async () => {
    const playground = new Playground(input, async () => undefined)
    await playground.evaluate()
    expect(playground.pending).toBe(true)
    expect(playground.result).toBeUndefined()
  })
})
