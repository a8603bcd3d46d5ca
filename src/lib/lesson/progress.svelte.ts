// The learner's progress through the course: which lessons are solved and how many hints each shows. Kept in the
// backend's lessons store (IndexedDB, or memory in an embed and wherever storage is refused).
import type { LessonPatch, LessonProgressEntry } from '../store/lesson-rows'

/** The backend verbs progress needs (a `WorkspaceBackend` has them). */
export interface ProgressStore {
  lessonProgress(): Promise<LessonProgressEntry[]>
  updateLesson(id: string, patch: LessonPatch): Promise<void>
}

/** Solved lessons and hints shown, read once from the store and written through on every change. */
export class LessonProgress {
  #entries = $state.raw<Readonly<Record<string, LessonProgressEntry>>>({})
  readonly #store: ProgressStore

  constructor(store: ProgressStore) {
    this.#store = store
  }

  /** Reads the stored progress (once at start). */
  load = async (): Promise<void> => {
    const stored = await this.#store.lessonProgress()
    this.#entries = Object.fromEntries(stored.map((entry) => [entry.id, entry]))
  }

  /** The lesson was solved once. */
  solved(id: string): boolean {
    return this.#entries[id]?.solved ?? false
  }

  /** How many of the lesson's hints are shown. */
  hints(id: string): number {
    return this.#entries[id]?.hints ?? 0
  }

  /** How many of `ids` are solved. */
  solvedCount(ids: readonly string[]): number {
    return ids.filter((id) => this.solved(id)).length
  }

  /** Marks a lesson solved (for good: a later failing check does not take it back). */
  markSolved = async (id: string): Promise<void> => {
    if (this.solved(id)) return
    this.#set(id, { solved: true })
    await this.#store.updateLesson(id, { solved: true })
  }

  /** Shows `n` hints of a lesson. */
  showHints = async (id: string, n: number): Promise<void> => {
    if (this.hints(id) === n) return
    this.#set(id, { hints: n })
    await this.#store.updateLesson(id, { hints: n })
  }

  #set(id: string, patch: Partial<LessonProgressEntry>): void {
    this.#entries = { ...this.#entries, [id]: { id, solved: this.solved(id), hints: this.hints(id), ...patch } }
  }
}
