// "Did you mean": the closest known name by case-insensitive edit distance.

/** Levenshtein distance between two strings ignoring case; stops early with `max + 1` once it must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  let prev = new Uint32Array(y.length + 1).map((_, j) => j)
  let row = new Uint32Array(y.length + 1)
  for (let i = 1; i <= x.length; i++) {
    row[0] = i
    let best = i
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1))
      if (row[j]! < best) best = row[j]!
    }
    // Every later row is at least this row's minimum.
    if (best > max) return max + 1
    ;[prev, row] = [row, prev]
  }
  return prev[y.length]!
}

/** How many edits still count as a typo of a word of this length. */
function tolerance(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3
}

/** The candidate closest to `word` within typo distance (first in list order on ties); undefined when none is. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  // Distances from here on must beat this to count.
  let limit = tolerance(word.length) + 1
  for (const c of candidates) {
    // The length difference alone is a lower bound on the distance.
    if (Math.abs(c.length - word.length) >= limit) continue
    const d = editDistance(word, c, limit - 1)
    if (d < limit) {
      best = c
      limit = d
      if (d === 0) break
    }
  }
  return best
}

/**
 * Up to `max` candidates within typo distance of `word`, closest first (list order on ties); the first is
 * {@link closest}'s answer. The request form offers them as one-click fixes.
 */
export function closestFew(word: string, candidates: Iterable<string>, max: number): string[] {
  const limit = tolerance(word.length)
  const found: { c: string; d: number; i: number }[] = []
  let i = 0
  for (const c of candidates) {
    i++
    if (Math.abs(c.length - word.length) > limit) continue
    const d = editDistance(word, c, limit)
    if (d <= limit) found.push({ c, d, i })
  }
  found.sort((a, b) => a.d - b.d || a.i - b.i)
  return found.slice(0, max).map((f) => f.c)
}
