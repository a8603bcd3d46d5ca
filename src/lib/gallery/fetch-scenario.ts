// A library scenario is a static file of the build, fetched when it is opened.
import type { Scenario } from '../../engine/index'

/** The scenario at `url` (a fresh copy each time: a new fetch, answered from the HTTP or offline cache). */
export async function fetchScenario(url: string): Promise<Scenario> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return (await response.json()) as Scenario
}
