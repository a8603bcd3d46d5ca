// Whether recording changed a scenario's answers (it never does): kept apart from the records' making, which
// runs in the engine's worker, so the page loads none of it.
import type { Scenario } from '../../engine/index'

/**
 * Whether two scenarios differ at most in their activity log: recording a request changes nothing that answers
 * depend on, so what was computed for one still holds for the other.
 */
export function sameApartFromActivity(a: Scenario, b: Scenario): boolean {
  if (a === b) return true
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  keys.delete('activity')
  return [...keys].every((k) => a[k as keyof Scenario] === b[k as keyof Scenario])
}
