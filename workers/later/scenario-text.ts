// Checking a scenario file's text, and a share link's scenario, loaded on its first ask.
import { parseScenario, type ScenarioParse } from '../../src/engine/index'

export { parseScenarioText } from '../../src/engine/index'

/**
 * Checks a share link's scenario. It comes wrapped, so a link whose scenario reads `{ "ref": "scenario", … }` is
 * never taken for a reference to a scenario this side holds (top-level arguments are resolved as such).
 */
export function parseLinkedScenario(payload: { scenario: unknown }): ScenarioParse {
  return parseScenario(payload.scenario)
}
