// Bounded caches that forget the least recently used entries in bulk: two generations of `limit` entries each. Evicting
// one entry at a time (`map.delete(map.keys().next().value)`) is slow in V8 once many entries were deleted, because the
// table keeps the deleted slots at its front and every eviction walks past them.

/** A map of at most `2 × limit` entries that keeps the recently read or written ones. */
export class RecentMap<K, V> {
  #young = new Map<K, V>()
  #old = new Map<K, V>()
  readonly #limit: number

  constructor(limit: number) {
    this.#limit = limit
  }

  /** The value of `key`, which becomes recent again. */
  get(key: K): V | undefined {
    const v = this.#young.get(key)
    if (v !== undefined || this.#old.size === 0) return v
    const old = this.#old.get(key)
    if (old !== undefined) {
      this.#old.delete(key)
      this.set(key, old)
    }
    return old
  }

  /** Sets `key`; when the recent generation is full, the older one is dropped and the recent one becomes it. */
  set(key: K, value: V): void {
    if (!this.#young.has(key) && this.#young.size >= this.#limit) {
      this.#old = this.#young
      this.#young = new Map()
    }
    this.#old.delete(key)
    this.#young.set(key, value)
  }

  /** Removes `key`; true when it was there. */
  delete(key: K): boolean {
    const young = this.#young.delete(key)
    return this.#old.delete(key) || young
  }

  /** Empties the map. */
  clear(): void {
    this.#young.clear()
    this.#old.clear()
  }

  /** The number of entries. */
  get size(): number {
    return this.#young.size + this.#old.size
  }
}
