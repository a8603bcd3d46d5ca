// The scenario a first visit opens, on its own: the rest of the library (every title, description and tag) is bundled
// with the gallery, which loads when it is opened, so the page's first load carries this one title and address only.
import type { LocalizedText, Scenario } from '../../engine/index'
import { id, title } from '../../../scenarios/company-teams.json'
import url from '../../../scenarios/company-teams.json?url'
import { fetchScenario } from './fetch-scenario'

/** The id of the scenario a first visit opens: it teaches before it is touched. */
export const FIRST_SCENARIO_ID: string = id

/** Its title, as the workspace a first visit opens is named. */
export const firstScenarioTitle: LocalizedText = title

/** Fetches it (a fresh copy each time). */
export function loadFirstScenario(): Promise<Scenario> {
  return fetchScenario(url)
}
