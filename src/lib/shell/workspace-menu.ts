// The workspace menu's list: newest first, the open one marked.
import type { WorkspaceSummary } from '../store/rows'

/** One line of the workspace menu. */
export interface WorkspaceMenuItem {
  id: string
  name: string
  updatedAt: number
  /** The workspace that is open. */
  current: boolean
}

/** The saved workspaces, most recently changed first (ties by name, then id), the open one marked `current`. */
export function workspaceMenuItems(
  workspaces: readonly WorkspaceSummary[],
  currentId: string | undefined,
): WorkspaceMenuItem[] {
  return [...workspaces]
    .sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((ws) => ({ id: ws.id, name: ws.name, updatedAt: ws.updatedAt, current: ws.id === currentId }))
}

/** The workspace to open after deleting `deletedId`: the newest other one, or undefined when none is left. */
export function nextAfterDelete(workspaces: readonly WorkspaceSummary[], deletedId: string): string | undefined {
  return workspaceMenuItems(
    workspaces.filter((ws) => ws.id !== deletedId),
    undefined,
  )[0]?.id
}

/** A workspace name as typed: white space collapsed and trimmed; undefined when nothing is left. */
export function cleanName(name: string): string | undefined {
  const clean = name.replace(/\s+/g, ' ').trim()
  return clean === '' ? undefined : clean
}
