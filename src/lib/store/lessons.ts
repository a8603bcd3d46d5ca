// The `lessons` store over IndexedDB, one transaction each; the rows' rules (shared with the memory backend) are in
// ./lesson-rows.ts.
import type { Scenario } from '../../engine/index'
import { commit, type LessonRow, type PlaygroundDatabase } from './db'
import { patchedRow, progressOf, workOf, type LessonPatch, type LessonProgressEntry } from './lesson-rows'

export { patchedRow, progressOf, workOf, type LessonPatch, type LessonProgressEntry } from './lesson-rows'

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
