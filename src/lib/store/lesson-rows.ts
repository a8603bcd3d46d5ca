// The rules of the `lessons` store's rows (each lesson's progress, solved and hints shown, and the learner's scenario
// for it), shared by both backends; the IndexedDB verbs are in ./lessons.ts, which only storage loads.
import type { Scenario } from '../../engine/index'
import type { LessonRow } from './db'
import { scenarioParser } from './scenario-parser'

/** One lesson's progress, as the course lists it. */
export interface LessonProgressEntry {
  id: string
  solved: boolean
  hints: number
}

/** What an update changes in a lesson's row; `scenario: null` forgets the learner's scenario. */
export interface LessonPatch {
  solved?: boolean
  hints?: number
  scenario?: Scenario | null
}

/** The progress part of a row. */
export function progressOf(row: LessonRow): LessonProgressEntry {
  return { id: row.id, solved: row.solved === true, hints: Number.isInteger(row.hints) ? Math.max(0, row.hints) : 0 }
}

/**
 * The learner's scenario of a row, parsed; undefined when there is none or it no longer loads (start afresh). The
 * scenario checker must have loaded (`scenarioParserReady`).
 */
export function workOf(row: LessonRow | undefined): Scenario | undefined {
  if (row?.scenario === undefined) return undefined
  const parsed = scenarioParser().parseScenario(row.scenario)
  return parsed.ok ? parsed.scenario : undefined
}

/** The row after `patch`: a new row for a lesson never stored. */
export function patchedRow(stored: LessonRow | undefined, id: string, patch: LessonPatch, now: number): LessonRow {
  const row: LessonRow = { ...(stored ?? { id, solved: false, hints: 0 }), updatedAt: now }
  if (patch.solved !== undefined) row.solved = patch.solved
  if (patch.hints !== undefined) row.hints = patch.hints
  if (patch.scenario === null) delete row.scenario
  else if (patch.scenario !== undefined) row.scenario = patch.scenario
  return row
}
