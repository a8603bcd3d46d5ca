// Applying a lesson's solution: apart from the checks, so reading a course does not carry the simulator.
import { parseScenario, type Scenario, type ScenarioIssue } from '../index'
import type { Lesson } from './model'
import { applyPatch } from './patch'

/** The outcome of {@link applySolution}: the solved scenario, or why the solution does not apply. */
export type SolutionResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioIssue[] }

/**
 * Applies the lesson's solution (a JSON Patch written against the starting scenario) to `scenario` (default: the
 * starting scenario) and loads the result. Applied to a scenario the learner has changed, an operation may no longer
 * fit (an index moved, a value is already gone): the errors then point at `/solution/N`, and the app can offer to
 * start from the lesson's scenario instead.
 */
export function applySolution(
  lesson: Pick<Lesson, 'scenario' | 'solution'>,
  scenario: Scenario = lesson.scenario,
): SolutionResult {
  const patched = applyPatch(scenario, lesson.solution)
  if (!patched.ok) {
    return { ok: false, errors: [{ path: `/solution/${patched.index}`, message: patched.message, severity: 'error' }] }
  }
  const parsed = parseScenario(patched.value)
  if (!parsed.ok) return { ok: false, errors: parsed.errors }
  return { ok: true, scenario: parsed.scenario }
}
