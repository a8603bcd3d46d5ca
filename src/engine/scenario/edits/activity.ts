// Edits of the activity log. Records are appended by AppState.record (no undo step, like CloudTrail); clearing the
// log is a change to the scenario like any other, so it can be undone.
import type { Scenario } from '../model'
import { done, refuse, withField, type EditResult } from './core'

/** Empties the activity log. */
export function clearActivity(scenario: Scenario): EditResult {
  if (!scenario.activity?.length) return refuse('The activity log is already empty')
  return done(withField(scenario, 'activity', undefined), 'Clear the activity log')
}
