// IAM wildcard matching (`*` any run, `?` one character) without backtracking blow-up.
// Every matcher runs in O(text × pattern) at worst, with a linear fast path for the usual shapes.

/** A piece of a pattern: `literal` pieces (from `${*}` or a substituted variable) never act as wildcards. */
export interface PatternPart {
  text: string
  literal: boolean
}

/** A compiled pattern: call it with the text to test. */
export type Matcher = (text: string) => boolean

/** One unit of a compiled pattern. */
type Token = { kind: 'char'; ch: string } | { kind: 'one' } | { kind: 'star' }

function tokenize(pattern: string | readonly PatternPart[]): Token[] {
  const parts = typeof pattern === 'string' ? [{ text: pattern, literal: false }] : pattern
  const tokens: Token[] = []
  for (const part of parts) {
    for (const ch of part.text) {
      if (!part.literal && ch === '*') {
        // Consecutive stars are one star.
        if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' })
      } else if (!part.literal && ch === '?') tokens.push({ kind: 'one' })
      else tokens.push({ kind: 'char', ch })
    }
  }
  return tokens
}

/** True when the pattern (string form) has a `*` or `?`. */
export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?')
}

/**
 * Compiles an IAM glob. `ignoreCase` folds case (actions, `StringLike` is case-sensitive so it does not).
 * Characters are compared by code point, so `?` matches one character even outside the BMP.
 */
export function compileGlob(pattern: string | readonly PatternPart[], ignoreCase = false): Matcher {
  const fold = ignoreCase ? (s: string) => s.toLowerCase() : (s: string) => s
  const tokens = tokenize(pattern).map((t) => (t.kind === 'char' ? { kind: 'char' as const, ch: fold(t.ch) } : t))
  if (tokens.every((t) => t.kind === 'char')) {
    const literal = tokens.map((t) => (t as { ch: string }).ch).join('')
    return (text) => fold(text) === literal
  }
  if (tokens.length === 1 && tokens[0]!.kind === 'star') return () => true
  // Prefix + single trailing star: the most common IAM shape (`s3:Get*`, `arn:aws:s3:::bucket/*`).
  const starAt = tokens.findIndex((t) => t.kind !== 'char')
  if (starAt === tokens.length - 1 && tokens[starAt]!.kind === 'star') {
    const prefix = tokens
      .slice(0, starAt)
      .map((t) => (t as { ch: string }).ch)
      .join('')
    return (text) => fold(text).startsWith(prefix)
  }
  return (text) => globMatch(tokens, Array.from(fold(text)))
}

/**
 * Greedy glob with one resume point: on mismatch, the last star absorbs one more character.
 * This is correct for globs with one kind of star and runs in O(text × pattern) at worst.
 */
function globMatch(tokens: readonly Token[], chars: readonly string[]): boolean {
  let t = 0
  let c = 0
  let starT = -1
  let starC = 0
  while (c < chars.length) {
    const tok = tokens[t]
    if (tok && (tok.kind === 'one' || (tok.kind === 'char' && tok.ch === chars[c]))) {
      t++
      c++
    } else if (tok && tok.kind === 'star') {
      starT = t++
      starC = c
    } else if (starT >= 0) {
      t = starT + 1
      c = ++starC
    } else return false
  }
  while (t < tokens.length && tokens[t]!.kind === 'star') t++
  return t === tokens.length
}

/** Matches one pattern against one text (compiles each time; prefer {@link compileGlob} on hot paths). */
export function globMatches(pattern: string | readonly PatternPart[], text: string, ignoreCase = false): boolean {
  return compileGlob(pattern, ignoreCase)(text)
}
