// The workspace's undo/redo stack: whole-scenario snapshots with labels, merging bursts of typing into one step.
// Edits never mutate a scenario (engine/scenario/edits/), so keeping a snapshot costs only the parts that changed.
import type { Scenario } from '../../engine/index'

/** How many steps can be undone; older ones are forgotten. */
export const HISTORY_LIMIT = 200

/** Text edits to the same document closer together than this (ms) merge into one step. */
export const COALESCE_MS = 1000

/** How a pushed step may merge with the previous one. */
export interface PushOptions {
  /** Steps with the same key (e.g. `trust:ARN` from an edit's `coalesceKey`) may merge. */
  coalesceKey?: string | undefined
  /** When the edit happened, in ms (`Date.now()`, or `performance.now()`); without it nothing merges. */
  time?: number | undefined
}

interface Entry<T, L> {
  before: T
  after: T
  label: L
  key: string | undefined
  time: number | undefined
}

/**
 * An undo/redo stack of snapshots labelled with `L` (a text, or a message the app words). A plain class: a runes class
 * owns one and re-reads {@link canUndo}, {@link canRedo} and the labels after each call.
 */
export class UndoHistory<T = Scenario, L = string> {
  #undo: Entry<T, L>[] = []
  #redo: Entry<T, L>[] = []
  /** Set by undo and redo, so the next push starts a new step rather than merging into an older one. */
  #sealed = false
  readonly #limit: number
  readonly #coalesceMs: number

  constructor(options: { limit?: number; coalesceMs?: number } = {}) {
    this.#limit = options.limit ?? HISTORY_LIMIT
    this.#coalesceMs = options.coalesceMs ?? COALESCE_MS
  }

  /**
   * Records that an edit labelled `label` turned `prev` into `next`, and forgets what could be redone. It merges
   * into the previous step when both carry the same `coalesceKey`, it continues from that step's result, and it
   * came within {@link COALESCE_MS} of it (measured from the last merged edit, so steady typing stays one step).
   */
  push(prev: T, next: T, label: L, options: PushOptions = {}): void {
    if (prev === next) return
    this.#redo = []
    const { coalesceKey: key, time } = options
    const top = this.#undo.at(-1)
    if (
      top &&
      !this.#sealed &&
      key !== undefined &&
      top.key === key &&
      top.after === prev &&
      time !== undefined &&
      top.time !== undefined &&
      time >= top.time &&
      time - top.time <= this.#coalesceMs
    ) {
      // The merged step keeps its first label and its first `before`, so one undo reverts the whole burst.
      this.#undo[this.#undo.length - 1] = { ...top, after: next, time }
      return
    }
    this.#sealed = false
    this.#undo.push({ before: prev, after: next, label, key, time })
    if (this.#undo.length > this.#limit) this.#undo.splice(0, this.#undo.length - this.#limit)
  }

  /** Steps back: returns the snapshot before the last step (and remembers `current` for redo), or `undefined`. */
  undo(current: T): T | undefined {
    const entry = this.#undo.pop()
    if (!entry) return undefined
    this.#redo.push({ ...entry, after: current })
    this.#sealed = true
    return entry.before
  }

  /** Steps forward again: returns the snapshot after the undone step, or `undefined`. */
  redo(current: T): T | undefined {
    const entry = this.#redo.pop()
    if (!entry) return undefined
    this.#undo.push({ ...entry, before: current })
    this.#sealed = true
    return entry.after
  }

  /** Forgets every step (e.g. after loading another scenario). */
  clear(): void {
    this.#undo = []
    this.#redo = []
    this.#sealed = false
  }

  /** Whether there is a step to undo. */
  get canUndo(): boolean {
    return this.#undo.length > 0
  }

  /** Whether there is a step to redo. */
  get canRedo(): boolean {
    return this.#redo.length > 0
  }

  /** The label of the step {@link undo} would revert (for "Undo Add alice to DEV1-INFRA"). */
  get undoLabel(): L | undefined {
    return this.#undo.at(-1)?.label
  }

  /** The snapshot {@link undo} would return: the state before the last step (the baseline of its impact). */
  get undoTarget(): T | undefined {
    return this.#undo.at(-1)?.before
  }

  /** The snapshot {@link redo} would return. */
  get redoTarget(): T | undefined {
    return this.#redo.at(-1)?.after
  }

  /** The label of the step {@link redo} would reapply. */
  get redoLabel(): L | undefined {
    return this.#redo.at(-1)?.label
  }

  /** How many steps can be undone. */
  get undoDepth(): number {
    return this.#undo.length
  }

  /** How many steps can be redone. */
  get redoDepth(): number {
    return this.#redo.length
  }
}
