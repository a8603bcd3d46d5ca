// Running pure edit operations in tests: on a deep-frozen input, checking it is untouched afterwards.
import { expect } from 'vitest'
import type { Scenario } from '../../src/engine/scenario/model'
import type { EditResult } from '../../src/engine/scenario/edits/index'
import { english } from '../../src/engine/messages/english'

/** Freezes a value and everything inside it, so any mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

/**
 * The result as the tests compare it, in English: its label or refusal message (`labelText`, `errorText`) is checked
 * to say what its English says (`label`, `error`), then left out.
 */
export function inEnglish(result: EditResult): EditResult {
  if (result.ok) {
    if (!result.labelText) return result
    expect(english(result.labelText)).toBe(result.label)
    const rest: EditResult = { ...result }
    delete rest.labelText
    return rest
  }
  expect(english(result.errorText)).toBe(result.error)
  expect(english(result.errorText)).not.toBe(result.errorText.key)
  const rest: Partial<typeof result> = { ...result }
  delete rest.errorText
  return rest as EditResult
}

/**
 * Makes `run` for a test file's fixture: runs an edit on a frozen scenario, checks the input is untouched, and returns
 * the result {@link inEnglish}.
 */
export function runner(fixture: () => Scenario) {
  return function run<A>(edit: (s: Scenario, args: A) => EditResult, args: A, s: Scenario = fixture()): EditResult {
    const snapshot = structuredClone(s)
    const result = edit(deepFreeze(s), args)
    expect(s).toEqual(snapshot)
    return inEnglish(result)
  }
}

/** The scenario of a successful edit (throws with the refusal otherwise). */
export function ok(result: EditResult): Scenario {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`)
  return result.scenario
}
