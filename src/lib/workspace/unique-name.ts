// A workspace's name no other has, apart from the scenario files (./files.ts), which the page loads only to import
// or export one.
import type { WorkspaceSummary } from '../store/rows'

/** `name`, or `name (2)`, `name (3)`, ... whichever no workspace has. */
export function uniqueName(name: string, existing: readonly Pick<WorkspaceSummary, 'name'>[]): string {
  const taken = (candidate: string) => existing.some((ws) => sameName(ws.name, candidate))
  if (!taken(name)) return name
  let n = 2
  while (taken(`${name} (${n})`)) n++
  return `${name} (${n})`
}

/** Whether two workspace names are the same to a person (case and outer spaces aside). */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()
}
