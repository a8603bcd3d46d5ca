// Makes the scenario messages ({ key, params }); their English templates are in scenario.en.ts, which only the
// English renderer and the app's catalogs import (the engine's code never needs the templates to make a message).
import { message, type MessageParam } from './message'
import type { ScenarioMessageKey, ScenarioMessage } from './scenario.en'

/** Makes a scenario message (a key the table lacks is a type error). */
export function scenarioMessage(
  key: ScenarioMessageKey,
  params?: Readonly<Record<string, MessageParam>>,
): ScenarioMessage {
  return message(key, params)
}

/** The word for a kind of entity (`user`, `instance profile`), to put into a scenario message. */
export const SCENARIO_KIND = {
  user: scenarioMessage('scenario.kind.user'),
  group: scenarioMessage('scenario.kind.group'),
  role: scenarioMessage('scenario.kind.role'),
  policy: scenarioMessage('scenario.kind.policy'),
  'instance profile': scenarioMessage('scenario.kind.instanceProfile'),
} as const
