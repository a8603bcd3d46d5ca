// Shared helpers of the parseScenario tests: edit the example scenario, then read its errors or warnings.
import type { Scenario } from '../../../../src/engine/scenario/model'
import { formatIssue, parseScenario } from '../../../../src/engine/scenario/parse'
import { exampleScenario } from '../../../../src/engine/scenario/example'

/** Sets any key on any object (for values the types forbid). */
export const set = (o: object, key: string, value: unknown) => {
  ;(o as Record<string, unknown>)[key] = value
}

/** parseScenario of the example scenario after `edit`. */
export function run(edit: (s: Scenario) => void) {
  const s = exampleScenario()
  edit(s)
  return parseScenario(s)
}

/** The formatted errors of the example scenario after `edit`. */
export function errorsAfter(edit: (s: Scenario) => void): string[] {
  const r = run(edit)
  return r.ok ? [] : r.errors.map(formatIssue)
}

/** The formatted warnings of the example scenario after `edit`. */
export function warningsAfter(edit: (s: Scenario) => void): string[] {
  return run(edit).warnings.map(formatIssue)
}
