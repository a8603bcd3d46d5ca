// Workspace rows: the rules both backends share (revisions, names, parsing on read), kept free of IndexedDB.
import type { Scenario } from '../../engine/index'
import { MAX_SCENARIO_TEXT } from '../../engine/index'
import type { ScenarioIssue } from '../../engine/index'
import type { WorkspaceRow } from './db'
import { t } from '../i18n/index'
import { scenarioParser } from './scenario-parser'

export type { ScenarioIssue }

/** A workspace with its scenario parsed and migrated to the current format. */
export interface Workspace {
  id: string
  name: string
  scenario: Scenario
  createdAt: number
  updatedAt: number
  /** The stored revision this copy was read at or saved as. */
  revision: number
}

/** One line of the workspace list. */
export interface WorkspaceSummary {
  id: string
  name: string
  updatedAt: number
}

/** What a save writes: the scenario of one workspace. The name changes only through a rename. */
export interface WorkspaceChange extends Pick<Workspace, 'id' | 'scenario'> {
  /**
   * The scenario as JSON text (`JSON.stringify(scenario)`), made off the page's thread, as a string or a Blob holding
   * it: stored instead of the object when given. A Blob made in the worker is stored by reference, so the page's
   * thread copies nothing (an 18 MB account's text, as a string, still took it over 50 ms to copy into IndexedDB).
   */
  text?: string | Blob
}

/** A stored row without its scenario: what a save checks and keeps. */
export type WorkspaceHead = Omit<WorkspaceRow, 'scenario'>

/** A workspace read from storage: parsed, or kept as stored and reported when its scenario does not parse. */
export type WorkspaceLoad =
  | { ok: true; workspace: Workspace; warnings: ScenarioIssue[] }
  | { ok: false; id: string; name: string; errors: ScenarioIssue[]; warnings: ScenarioIssue[] }

/** A stored workspace whose scenario does not parse: kept as it is, and reported. */
export type UnreadableWorkspace = Extract<WorkspaceLoad, { ok: false }>

/** Why a save was refused. */
export type ConflictReason = 'changed' | 'deleted' | 'unreadable'

/** A save named a revision that is no longer the stored one: another tab saved (or deleted) the workspace first. */
export class ConflictError extends Error {
  override name = 'ConflictError'

  constructor(
    readonly id: string,
    readonly expectedRevision: number,
    readonly reason: ConflictReason,
    /** The stored revision; undefined when the workspace was deleted. */
    readonly storedRevision: number | undefined,
    /** The stored copy, parsed; undefined when it was deleted or does not parse. */
    readonly theirs: Workspace | undefined,
  ) {
    super(
      reason === 'deleted'
        ? `workspace ${JSON.stringify(id)} was deleted elsewhere`
        : `workspace ${JSON.stringify(id)} is at revision ${storedRevision}, not ${expectedRevision}`,
    )
  }
}

/** The workspace does not exist. */
export class NotFoundError extends Error {
  override name = 'NotFoundError'

  constructor(readonly id: string) {
    super(`no workspace ${JSON.stringify(id)}`)
  }
}

/** The longest workspace name kept, in UTF-16 units. */
export const MAX_NAME_LENGTH = 200

/** Trims and collapses whitespace, caps the length; a blank name becomes `Untitled` (in the page's language). */
export function cleanName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH).trim()
  return clean || t('workspace.untitled')
}

/** A fresh id: a UUID where the browser offers one (secure contexts), random hex otherwise. */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** A new row at revision 1. */
export function newRow(name: string, scenario: unknown, now: number, id = newId()): WorkspaceRow {
  return { id, name: cleanName(name), scenario, createdAt: now, updatedAt: now, revision: 1 }
}

/** True when a save naming `expectedRevision` may replace `stored`: it is there, and no other tab saved it since. */
export function isCurrent(stored: WorkspaceHead | undefined, expectedRevision: number): stored is WorkspaceHead {
  return stored !== undefined && stored.revision === expectedRevision
}

/** Why a save naming `expectedRevision` was refused over `stored` (gone, or at another revision): their copy, parsed. */
export function conflictWith(stored: WorkspaceRow | undefined, id: string, expectedRevision: number): ConflictError {
  if (!stored) return new ConflictError(id, expectedRevision, 'deleted', undefined, undefined)
  const load = loadRow(stored)
  const theirs = load.ok ? load.workspace : undefined
  return new ConflictError(id, expectedRevision, theirs ? 'changed' : 'unreadable', stored.revision, theirs)
}

/**
 * The row after saving `change` over `head` (checked with {@link isCurrent}): the scenario as text when the change
 * carries it (and it is not too long to read back), else the object. Keeps the stored name and creation time.
 */
export function savedRow(head: WorkspaceHead, change: WorkspaceChange, now: number): WorkspaceRow {
  // A Blob's size counts UTF-8 bytes: never fewer than the characters the limit counts.
  const length = typeof change.text === 'string' ? change.text.length : (change.text?.size ?? Infinity)
  const text = length <= MAX_SCENARIO_TEXT ? change.text : undefined
  return {
    id: head.id,
    name: head.name,
    scenario: text ?? change.scenario,
    createdAt: head.createdAt,
    // INVARIANT: updatedAt never goes backwards for a row, even if the clock does.
    updatedAt: Math.max(now, head.updatedAt),
    revision: head.revision + 1,
  }
}

/** The row with a scenario stored as a Blob read into its text, for {@link loadRow}; other rows as they are. */
export async function withText(row: WorkspaceRow): Promise<WorkspaceRow> {
  return row.scenario instanceof Blob ? { ...row, scenario: await row.scenario.text() } : row
}

/**
 * Parses a stored row's scenario (migrating older formats); a row that fails is reported, never changed. The
 * scenario checker must have loaded (`scenarioParserReady`), and a Blob scenario must be read first ({@link withText}).
 */
export function loadRow(row: WorkspaceRow): WorkspaceLoad {
  const { parseScenario, parseScenarioText } = scenarioParser()
  const parsed = typeof row.scenario === 'string' ? parseScenarioText(row.scenario) : parseScenario(row.scenario)
  if (!parsed.ok) return { ok: false, id: row.id, name: row.name, errors: parsed.errors, warnings: parsed.warnings }
  const workspace: Workspace = {
    id: row.id,
    name: row.name,
    scenario: parsed.scenario,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    revision: row.revision,
  }
  return { ok: true, workspace, warnings: parsed.warnings }
}

/** The rows whose scenario does not parse. */
export function unreadableRows(rows: readonly WorkspaceRow[]): UnreadableWorkspace[] {
  return rows.map(loadRow).filter((load): load is UnreadableWorkspace => !load.ok)
}

/** A row that was just written from a parsed scenario, as a workspace (no need to parse it again). */
export function rowAsWorkspace(row: WorkspaceRow, scenario: Scenario): Workspace {
  const { id, name, createdAt, updatedAt, revision } = row
  return { id, name, scenario, createdAt, updatedAt, revision }
}

/** The list line for a row. */
export function summaryOf(row: Pick<WorkspaceRow, 'id' | 'name' | 'updatedAt'>): WorkspaceSummary {
  return { id: row.id, name: row.name, updatedAt: row.updatedAt }
}

/** Newest first; ties by id, descending (the order of the `by-updated` index read backwards). */
export function byNewest(a: WorkspaceSummary, b: WorkspaceSummary): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
}

/** The name of a copy: `Name (copy)`. */
export function copyName(name: string): string {
  return cleanName(`${name} (copy)`)
}
