// Edits of the activity log. Records are appended by AppState.record (no undo step, like CloudTrail); clearing the
// log is a change to the scenario like any other, so it can be undone.
import type { Scenario } from '../model'
import { done, type EditResult, refuse, say, withField } from './core'

/** Empties the activity log. */
export function clearActivity(scenario: Scenario): EditResult {
  if (!scenario.activity?.length) return refuse(say('edit.refused.activity-empty'))
  return done(withField(scenario, 'activity', undefined), say('edit.done.clear-activity'))
}
