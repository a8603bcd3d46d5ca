// Turns the requests a person ran (the Evaluate button, saved requests, AssumeRole) into activity log records:
// each at the request's clock, after the records already in the log, with IDs that never repeat.
import {
  activityEvent,
  assumeRoleEvent,
  nextEventTime,
  scenarioNow,
  type ActivityEvent,
  type AssumeRoleRequest,
  type AssumeRoleResult,
  type Scenario,
  type SimulationRequest,
  type SimulationResult,
} from '../../engine/index'

/** A request that was run: a simulated request and its answer, or an `AssumeRole` call and its answer. */
export type RanRequest =
  { request: SimulationRequest; result: SimulationResult } | { call: AssumeRoleRequest; answer: AssumeRoleResult }

// Records made in this page are told apart by a counter and the real time, so IDs never repeat, even after the
// log was cleared (when no record before would tell the new ones apart).
let made = 0

/** The records of `ran`, in order, to append to `scenario.activity`. */
export function eventsFor(scenario: Scenario, ran: readonly RanRequest[]): ActivityEvent[] {
  const out: ActivityEvent[] = []
  for (const item of ran) {
    const environment = 'call' in item ? item.call.environment : item.request.environment
    const clock = scenarioNow({ environment: { ...scenario.environment, ...environment } })
    const previous = out.at(-1) ?? scenario.activity?.at(-1)
    const time = nextEventTime(previous ? [previous] : [], clock)
    const what =
      'call' in item ? `${item.call.caller} ${item.call.role}` : `${item.request.principal} ${item.request.action}`
    const options = { time, id: `${previous?.eventID ?? ''} ${time.toISOString()} ${what} ${Date.now()} ${++made}` }
    out.push(
      'call' in item
        ? assumeRoleEvent(scenario, item.call, item.answer, options)
        : activityEvent(scenario, item.request, item.result, options),
    )
  }
  return out
}

export { sameApartFromActivity } from './same-apart'
