// A Storage (localStorage/sessionStorage) in memory for the workspace tests, with its map open to inspection.
import type { SyncStorage } from '../../../src/lib/workspace/rescue'

export function memoryStorage(): SyncStorage & { map: Map<string, string> } {
  const map = new Map<string, string>()
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  }
}
