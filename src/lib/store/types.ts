// The workspace verbs every backend offers: a module of types only, so the backends import it without a cycle.
import type { Scenario } from '../../engine/index'
import type { MetaValues } from './db'
import type { LessonPatch, LessonProgressEntry } from './lesson-rows'
import type { UnreadableWorkspace, Workspace, WorkspaceChange, WorkspaceLoad, WorkspaceSummary } from './rows'

/** The workspace verbs, over IndexedDB or over memory. */
export interface WorkspaceBackend {
  /** Where workspaces are kept now. */
  readonly kind: 'indexeddb' | 'memory'
  /** True when saved workspaces survive closing the tab. */
  readonly persistent: boolean
  /** Why workspaces are not (or no longer) saved in the browser, for the page to show; undefined when they are. */
  readonly notice: string | undefined
  /** Every workspace's id, name and last change, newest first. */
  listWorkspaces(): Promise<WorkspaceSummary[]>
  /** One workspace, parsed (or reported, when its scenario does not parse); `undefined` when there is none. */
  getWorkspace(id: string): Promise<WorkspaceLoad | undefined>
  /** Stores a new workspace at revision 1. */
  createWorkspace(name: string, scenario: Scenario): Promise<Workspace>
  /** Saves the scenario if the stored revision is `expectedRevision`; rejects with `ConflictError` otherwise. */
  saveWorkspace(change: WorkspaceChange, options: { expectedRevision: number }): Promise<Workspace>
  /** Renames; rejects with `NotFoundError` when the workspace is gone. */
  renameWorkspace(id: string, name: string): Promise<WorkspaceSummary>
  /** Deletes; a missing workspace is not an error. */
  deleteWorkspace(id: string): Promise<void>
  /** Copies a workspace under a new id, named `Name (copy)` unless named. */
  duplicateWorkspace(id: string, name?: string): Promise<WorkspaceSummary>
  /** The stored workspaces whose scenario does not parse, with why; they are kept, never deleted. */
  unreadableWorkspaces(): Promise<UnreadableWorkspace[]>
  /** A value from the `meta` store. */
  getMeta<K extends keyof MetaValues>(key: K): Promise<MetaValues[K] | undefined>
  /** Sets a value in the `meta` store. */
  setMeta<K extends keyof MetaValues>(key: K, value: MetaValues[K]): Promise<void>
  /** Every lesson's progress (solved, hints shown), for the lessons ever opened. */
  lessonProgress(): Promise<LessonProgressEntry[]>
  /** The learner's scenario for a lesson, parsed; undefined when there is none or it no longer loads. */
  lessonWork(id: string): Promise<Scenario | undefined>
  /** Changes a lesson's progress or scenario (a lesson never stored starts unsolved, with no hints shown). */
  updateLesson(id: string, patch: LessonPatch): Promise<void>
  /** Closes the connection (a memory backend has none). */
  close(): void
}
