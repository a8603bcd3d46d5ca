// Running pure edit operations in tests: on a deep-frozen input, checking it is untouched afterwards.
import { expect } from 'vitest'
import type { Scenario } from '../../src/engine/scenario/model'
import type { EditResult } from '../../src/engine/scenario/edits/index'

/** Freezes a value and everything inside it, so any mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

/** Makes `run` for a test file's fixture: runs an edit on a frozen scenario and checks the input is untouched. */
export function runner(fixture: () => Scenario) {
  return function run<A>(edit: (s: Scenario, args: A) => EditResult, args: A, s: Scenario = fixture()): EditResult {
    const snapshot = structuredClone(s)
    const result = edit(deepFreeze(s), args)
    expect(s).toEqual(snapshot)
    return result
  }
}

/** The scenario of a successful edit (throws with the refusal otherwise). */
export function ok(result: EditResult): Scenario {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`)
  return result.scenario
}
