// The `lessons` store: each lesson's progress (solved, hints shown) and the learner's scenario for it. The row rules
// here are shared by both backends; the verbs below them run over IndexedDB, one transaction each.
import type { Scenario } from '../../engine/index'
import { commit, type LessonRow, type PlaygroundDatabase } from './db'
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

/** Every stored lesson's progress. */
export async function listLessonProgress(db: PlaygroundDatabase): Promise<LessonProgressEntry[]> {
  return (await db.getAll('lessons')).map(progressOf)
}

/** The learner's scenario for a lesson, parsed; undefined when there is none (or it no longer loads). */
export async function getLessonWork(db: PlaygroundDatabase, id: string): Promise<Scenario | undefined> {
  return workOf(await db.get('lessons', id))
}

/** Changes a lesson's row (read and written in one transaction, so two updates never lose each other's part). */
export async function updateLesson(db: PlaygroundDatabase, id: string, patch: LessonPatch): Promise<void> {
  const tx = db.transaction('lessons', 'readwrite')
  const write = tx.store.get(id).then((stored) => tx.store.put(patchedRow(stored, id, patch, Date.now())))
  await commit(tx, write)
}

/** Every lesson row, for moving them into memory when storage stops working. */
export async function allLessonRows(db: PlaygroundDatabase): Promise<LessonRow[]> {
  return db.getAll('lessons')
}
