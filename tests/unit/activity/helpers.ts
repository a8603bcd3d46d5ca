// Builds activity logs for the tests the way the app does: simulate each request, record it at the clock.
import {
  activityEvent,
  appendEvents,
  nextEventTime,
  scenarioNow,
  simulate,
  type Scenario,
  type SimulationRequest,
} from '../../../src/engine/index'

/** `scenario` with `requests` run and recorded in order (each at the scenario's clock, or at `time`). */
export function withActivity(scenario: Scenario, requests: (SimulationRequest & { time?: string })[]): Scenario {
  let out = scenario
  for (const { time, ...request } of requests) {
    const clock = time ? new Date(time) : scenarioNow(out)
    const at = nextEventTime(out.activity, clock)
    const seed = `${out.activity?.at(-1)?.eventID ?? ''} ${at.toISOString()} ${request.action}`
    const event = activityEvent(out, request, simulate(out, request), { time: at, id: seed })
    out = { ...out, activity: appendEvents(out.activity, [event]) }
  }
  return out
}
