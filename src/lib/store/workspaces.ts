// The workspace verbs over IndexedDB. Each verb is one transaction; the app reaches them through a WorkspaceBackend.
import type { Scenario } from '../../engine/index'
import type { IDBPObjectStore } from 'idb'
import { commit, HEAD_INDEX, type PlaygroundDB, type PlaygroundDatabase, type WorkspaceRow } from './db'
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
  withText,
  type UnreadableWorkspace,
  type Workspace,
  type WorkspaceChange,
  type WorkspaceHead,
  type WorkspaceLoad,
  type WorkspaceSummary,
} from './rows'

/** Every workspace's id, name and last change, newest first. */
export async function listWorkspaces(db: PlaygroundDatabase): Promise<WorkspaceSummary[]> {
  const rows = await db.getAllFromIndex('workspaces', 'by-updated')
  return rows.map(summaryOf).sort(byNewest)
}

/** One workspace, parsed; `undefined` when there is none with this id. */
export async function getWorkspace(db: PlaygroundDatabase, id: string): Promise<WorkspaceLoad | undefined> {
  const row = await db.get('workspaces', id)
  return row && loadRow(await withText(row))
}

/** Stores a new workspace at revision 1. */
export async function createWorkspace(db: PlaygroundDatabase, name: string, scenario: Scenario): Promise<Workspace> {
  const row = newRow(name, scenario, Date.now())
  const tx = db.transaction('workspaces', 'readwrite')
  await commit(tx, tx.store.add(row))
  return rowAsWorkspace(row, scenario)
}

/**
 * Saves a workspace's scenario if the stored copy is still at `expectedRevision`; rejects with `ConflictError`
 * (carrying the stored copy) otherwise. Returns the workspace at its new revision.
 */
export async function saveWorkspace(
  db: PlaygroundDatabase,
  change: WorkspaceChange,
  { expectedRevision }: { expectedRevision: number },
): Promise<Workspace> {
  // The read and the write share one transaction, so no other tab can save in between.
  const tx = db.transaction('workspaces', 'readwrite')
  const head = await headOf(tx.store, change.id)
  if (!isCurrent(head, expectedRevision)) {
    // Another tab saved or deleted it (rare): their copy is read whole, to be offered.
    const stored = await tx.store.get(change.id)
    await tx.done
    throw conflictWith(stored && (await withText(stored)), change.id, expectedRevision)
  }
  const row = savedRow(head, change, Date.now())
  await commit(tx, tx.store.put(row))
  return rowAsWorkspace(row, change.scenario)
}

/**
 * A stored row without its scenario, read from {@link HEAD_INDEX}'s key (a large account's scenario took the page's
 * thread ~85 ms to copy out just to check its revision); a row the index leaves out is read whole.
 */
async function headOf(
  store: IDBPObjectStore<PlaygroundDB, ['workspaces'], 'workspaces', 'readwrite'>,
  id: string,
): Promise<WorkspaceHead | undefined> {
  // Every key of this id: [id] sorts before [id, …], and an array after any number or string in its place.
  const cursor = await store.index(HEAD_INDEX).openKeyCursor(IDBKeyRange.bound([id], [id, []]))
  if (cursor) {
    const [, revision, createdAt, updatedAt, name] = cursor.key
    return { id, name, createdAt, updatedAt, revision }
  }
  const row = await store.get(id)
  return row && { id, name: row.name, createdAt: row.createdAt, updatedAt: row.updatedAt, revision: row.revision }
}

/** Renames a workspace. A rename does not change the revision, so it never conflicts with a save. */
export async function renameWorkspace(db: PlaygroundDatabase, id: string, name: string): Promise<WorkspaceSummary> {
  const tx = db.transaction('workspaces', 'readwrite')
  const stored = await tx.store.get(id)
  if (!stored) {
    await tx.done
    throw new NotFoundError(id)
  }
  const row = { ...stored, name: cleanName(name), updatedAt: Math.max(Date.now(), stored.updatedAt) }
  await commit(tx, tx.store.put(row))
  return summaryOf(row)
}

/** Deletes a workspace; deleting one that is not there does nothing. */
export async function deleteWorkspace(db: PlaygroundDatabase, id: string): Promise<void> {
  const tx = db.transaction('workspaces', 'readwrite')
  await commit(tx, tx.store.delete(id))
}

/** Copies a workspace under a new id (its scenario as stored, even one that does not parse). */
export async function duplicateWorkspace(db: PlaygroundDatabase, id: string, name?: string): Promise<WorkspaceSummary> {
  const tx = db.transaction('workspaces', 'readwrite')
  const stored = await tx.store.get(id)
  if (!stored) {
    await tx.done
    throw new NotFoundError(id)
  }
  const row = newRow(name ?? copyName(stored.name), stored.scenario, Date.now())
  await commit(tx, tx.store.add(row))
  return summaryOf(row)
}

/** The stored workspaces whose scenario does not parse (kept as they are). */
export async function unreadableWorkspaces(db: PlaygroundDatabase): Promise<UnreadableWorkspace[]> {
  return unreadableRows(await Promise.all((await db.getAll('workspaces')).map(withText)))
}

/** Every stored row (a Blob scenario read into text), for moving the workspaces into memory when storage stops working. */
export async function allWorkspaceRows(db: PlaygroundDatabase): Promise<WorkspaceRow[]> {
  return Promise.all((await db.getAll('workspaces')).map(withText))
}
