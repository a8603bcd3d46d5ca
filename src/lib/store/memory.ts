// Workspaces kept in this tab's memory: for embedded pages, and when browser storage is missing, refused or full.
import type { Scenario } from '../../engine/index'
import type { WorkspaceBackend } from './types'
import type { LessonRow, MetaValues, WorkspaceRow } from './db'
import { scenarioParserReady } from './scenario-parser'
import { patchedRow, progressOf, workOf, type LessonPatch, type LessonProgressEntry } from './lesson-rows'
import {
  NotFoundError,
  byNewest,
  cleanName,
  conflictWith,
  copyName,
  isCurrent,
  loadRow,
  newRow,
  rowAsWorkspace,
  savedRow,
  summaryOf,
  unreadableRows,
  type UnreadableWorkspace,
  type Workspace,
  type WorkspaceChange,
  type WorkspaceLoad,
  type WorkspaceSummary,
} from './rows'

/** A {@link WorkspaceBackend} over a Map, with the same rules as IndexedDB (revisions, conflicts, copies). */
export class MemoryBackend implements WorkspaceBackend {
  readonly kind = 'memory'
  readonly persistent = false
  readonly notice: string | undefined

  // Rows are cloned in and out, as IndexedDB does, so callers never share an object with the store.
  #rows = new Map<string, WorkspaceRow>()
  #meta = new Map<string, unknown>()
  #lessons = new Map<string, LessonRow>()

  /** Starts empty, or with rows, meta values and lesson rows moved out of IndexedDB. */
  constructor(
    notice?: string,
    seed: {
      rows?: readonly WorkspaceRow[]
      meta?: ReadonlyMap<string, unknown>
      lessons?: readonly LessonRow[]
    } = {},
  ) {
    this.notice = notice
    for (const row of seed.rows ?? []) this.#rows.set(row.id, structuredClone(row))
    for (const [key, value] of seed.meta ?? []) this.#meta.set(key, structuredClone(value))
    for (const row of seed.lessons ?? []) this.#lessons.set(row.id, structuredClone(row))
  }

  async listWorkspaces(): Promise<WorkspaceSummary[]> {
    return [...this.#rows.values()].map(summaryOf).sort(byNewest)
  }

  async getWorkspace(id: string): Promise<WorkspaceLoad | undefined> {
    await scenarioParserReady()
    const row = this.#rows.get(id)
    return row && loadRow(structuredClone(row))
  }

  async createWorkspace(name: string, scenario: Scenario): Promise<Workspace> {
    const row = newRow(name, structuredClone(scenario), Date.now())
    this.#rows.set(row.id, row)
    return rowAsWorkspace(row, scenario)
  }

  async saveWorkspace(change: WorkspaceChange, { expectedRevision }: { expectedRevision: number }): Promise<Workspace> {
    // Only a conflict reads the stored row back (to hand the caller its scenario): the checker loads for that alone.
    if (this.#rows.get(change.id)?.revision !== expectedRevision) await scenarioParserReady()
    // Memory keeps text as a string (a Blob is read here, before the check, so nothing runs between check and write).
    const text = change.text instanceof Blob ? await change.text.text() : change.text
    const stored = this.#rows.get(change.id)
    // A clone, so the copy a ConflictError carries is the caller's own.
    if (!isCurrent(stored, expectedRevision))
      throw conflictWith(stored && structuredClone(stored), change.id, expectedRevision)
    const row = savedRow(stored, { ...change, text }, Date.now())
    // Text is kept as it is (a string cannot be changed); an object is copied, as IndexedDB would.
    this.#rows.set(
      row.id,
      typeof row.scenario === 'string' ? row : { ...row, scenario: structuredClone(change.scenario) },
    )
    return rowAsWorkspace(row, change.scenario)
  }

  async renameWorkspace(id: string, name: string): Promise<WorkspaceSummary> {
    const stored = this.#rows.get(id)
    if (!stored) throw new NotFoundError(id)
    const row = { ...stored, name: cleanName(name), updatedAt: Math.max(Date.now(), stored.updatedAt) }
    this.#rows.set(id, row)
    return summaryOf(row)
  }

  async deleteWorkspace(id: string): Promise<void> {
    this.#rows.delete(id)
  }

  async duplicateWorkspace(id: string, name?: string): Promise<WorkspaceSummary> {
    const stored = this.#rows.get(id)
    if (!stored) throw new NotFoundError(id)
    const row = newRow(name ?? copyName(stored.name), structuredClone(stored.scenario), Date.now())
    this.#rows.set(row.id, row)
    return summaryOf(row)
  }

  async unreadableWorkspaces(): Promise<UnreadableWorkspace[]> {
    await scenarioParserReady()
    return unreadableRows([...this.#rows.values()].map((row) => structuredClone(row)))
  }

  async getMeta<K extends keyof MetaValues>(key: K): Promise<MetaValues[K] | undefined> {
    return structuredClone(this.#meta.get(key)) as MetaValues[K] | undefined
  }

  async setMeta<K extends keyof MetaValues>(key: K, value: MetaValues[K]): Promise<void> {
    this.#meta.set(key, structuredClone(value))
  }

  async lessonProgress(): Promise<LessonProgressEntry[]> {
    return [...this.#lessons.values()].map(progressOf)
  }

  async lessonWork(id: string): Promise<Scenario | undefined> {
    // A lesson not worked on (an embed's, always) has no scenario to check: the checker loads only for one.
    if (this.#lessons.get(id)?.scenario === undefined) return undefined
    await scenarioParserReady()
    return workOf(structuredClone(this.#lessons.get(id)))
  }

  async updateLesson(id: string, patch: LessonPatch): Promise<void> {
    const copy = patch.scenario ? { ...patch, scenario: structuredClone(patch.scenario) } : patch
    this.#lessons.set(id, patchedRow(this.#lessons.get(id), id, copy, Date.now()))
  }

  close(): void {}
}
