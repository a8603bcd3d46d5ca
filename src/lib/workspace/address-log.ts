// Which addresses this tab wrote, and when: a reload may start from an address written before the page's last
// change (a write in `pagehide` can come too late for the reload), so boot compares it with the saved page view.
import type { SyncStorage } from './rescue'

const KEY = 'iam-playground:addresses'
/** How many of the latest addresses are remembered. */
const KEEP = 8

interface Written {
  sum: string
  at: number
}

/** This tab's sessionStorage, or undefined where there is none (sandboxed frames, privacy modes). */
export function tabStorage(): SyncStorage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage
  } catch {
    return undefined
  }
}

/** A short fingerprint of a fragment (FNV-1a and the length): the fragment itself is too long to keep many of. */
export function fingerprint(fragment: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < fragment.length; i++) {
    hash ^= fragment.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return `${(hash >>> 0).toString(36)}.${fragment.length.toString(36)}`
}

function read(storage: SyncStorage | undefined): Written[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]')
    return Array.isArray(parsed)
      ? parsed.filter((w): w is Written => typeof w?.sum === 'string' && typeof w?.at === 'number')
      : []
  } catch {
    return []
  }
}

/** Notes that this tab wrote `fragment` to the address at `at`. Never throws. */
export function noteAddress(storage: SyncStorage | undefined, fragment: string, at: number = Date.now()): void {
  if (fragment === '') return
  const sum = fingerprint(fragment)
  const kept = [{ sum, at }, ...read(storage).filter((w) => w.sum !== sum)].slice(0, KEEP)
  try {
    storage?.setItem(KEY, JSON.stringify(kept))
  } catch {
    // A full storage: the address is then taken as the person's own link, as before.
  }
}

/** When this tab wrote `fragment` to the address; undefined when it did not (a link opened or pasted). */
export function addressWrittenAt(storage: SyncStorage | undefined, fragment: string): number | undefined {
  if (fragment === '') return undefined
  const sum = fingerprint(fragment)
  return read(storage).find((w) => w.sum === sum)?.at
}
