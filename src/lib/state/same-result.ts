// Keeping a derived list the same object while its content is the same. Each keystroke in the editor stores a new
// scenario; a list derived from it that comes out with the same items must be the *same* array (and its rows the
// same objects), or the `$derived` holding it counts as changed and every `{#each}` drawn from it revisits its
// thousands of rows on the main thread.

/** Whether two lists hold the same items in the same order (each compared with `same`, `===` by default). */
export function sameItems<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = Object.is): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (!same(a[i]!, b[i]!)) return false
  return true
}

/**
 * `next`, unless it holds the same items as `previous`: then `previous` itself. With `same` (for rows that are
 * objects), each row of `next` equal to the row at its place in `previous` is replaced by that previous row, so a
 * keyed `{#each}` finds only the rows that really changed.
 */
export function keepSame<T>(
  previous: readonly T[] | undefined,
  next: T[],
  same: (x: T, y: T) => boolean = Object.is,
): T[] {
  if (!previous) return next
  if (sameItems(previous, next, same)) return previous as T[]
  if (same === Object.is) return next
  return next.map((row, i) => (i < previous.length && same(previous[i]!, row) ? previous[i]! : row))
}

/**
 * Wraps a function of parts of a scenario: called again with the same parts (`inputs`, compared with `===`; edits
 * copy what they change, so an untouched part keeps its identity) it returns its last result without computing.
 * One slot: alternating callers only compute more often, never get another caller's result.
 */
export function lastResult<A extends unknown[], R>(
  inputs: (...args: A) => readonly unknown[],
  compute: (...args: A) => R,
): (...args: A) => R {
  let last: { inputs: readonly unknown[]; result: R } | undefined
  return (...args: A): R => {
    const now = inputs(...args)
    if (last && sameItems(last.inputs, now)) return last.result
    last = { inputs: now, result: compute(...args) }
    return last.result
  }
}

/**
 * {@link lastResult} for a function that derives a list, and more: when the parts changed but the list came out with
 * the same content, the result is the last list itself (see {@link keepSame}).
 */
export function lastList<A extends unknown[], T>(
  inputs: (...args: A) => readonly unknown[],
  compute: (...args: A) => T[],
  same: (x: T, y: T) => boolean = Object.is,
): (...args: A) => T[] {
  let last: T[] | undefined
  return lastResult(inputs, (...args: A) => (last = keepSame(last, compute(...args), same)))
}
