// Turns the requests a person ran (the Evaluate button, saved requests, AssumeRole) into activity log records:
// each at the request's clock, after the records already in the log, with IDs that never repeat.
import {
  activityEvent,
  assumeRoleEvent,
  loadEnglish,
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

/**
 * {@link eventsFor} for answers that crossed from the worker, as the worker's `recordEvents` builds them. A failed
 * `AssumeRole` keeps AWS's English error text in its record whatever the page's language, but the worker's answers
 * carry no English (only the message, `reasonText`): it is worded here, the templates loaded when first needed.
 */
export async function recordEvents(scenario: Scenario, ran: readonly RanRequest[]): Promise<ActivityEvent[]> {
  if (!ran.some((r) => 'call' in r && !r.answer.ok)) return eventsFor(scenario, ran)
  const english = await loadEnglish()
  const worded = ran.map((r) =>
    'call' in r && !r.answer.ok ? { ...r, answer: { ...r.answer, reason: english(r.answer.reasonText) } } : r,
  )
  return eventsFor(scenario, worded)
}

export { sameApartFromActivity } from './same-apart'
