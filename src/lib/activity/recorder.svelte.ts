// Records runs in a document's activity log: the engine's worker builds the records (its code stays out of the
// page), the page appends the plain records it gets back.
import type { ActivityEvent, Scenario } from '../../engine/index'
import type { ScenarioDocument } from '../state/document.svelte'
import { inWorker } from '../worker/engine-client'
import type { RanRequest } from './record'

/** Builds the records of `ran` against `scenario` (the worker's `recordEvents`; tests may build them in place). */
export type BuildEvents = (scenario: Scenario, ran: RanRequest[]) => Promise<ActivityEvent[]>

// One recording at a time: each builds on the records the one before appended (times and IDs follow them).
let queue: Promise<void> = Promise.resolve()

/**
 * Appends the records of `ran` to `document`'s activity log, after any recording still under way. Resolves once
 * they are appended; a record the engine failed to build is left out (the run's answer stands without it).
 */
export function recordRuns(
  document: ScenarioDocument,
  ran: readonly RanRequest[],
  build: BuildEvents = inWorker('recordEvents'),
): Promise<void> {
  const next = queue.then(async () => {
    const events = await build(document.scenario, $state.snapshot(ran) as RanRequest[])
    document.record(events)
  })
  queue = next.catch(() => {})
  return queue
}
