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
  const fold = ignoreCase ? lower : same
  // Fast paths on plain strings, the usual IAM shapes: a literal, `*`, or a prefix and one trailing `*`.
  const plain = typeof pattern === 'string' ? pattern : plainText(pattern)
  if (plain !== undefined) {
    const star = plain.indexOf('*')
    if (plain.indexOf('?') < 0 && (star < 0 || star === plain.length - 1)) {
      if (star < 0) {
        const literal = fold(plain)
        return ignoreCase ? (text) => text.toLowerCase() === literal : (text) => text === literal
      }
      if (plain === '*') return anything
      const prefix = fold(plain.slice(0, -1))
      return ignoreCase ? (text) => text.toLowerCase().startsWith(prefix) : (text) => text.startsWith(prefix)
    }
  }
  // Fold whole strings on both sides (never one character at a time): lower-casing depends on context.
  const parts = typeof pattern === 'string' ? [{ text: pattern, literal: false }] : pattern
  const tokens = tokenize(parts.map((p) => ({ text: fold(p.text), literal: p.literal })))
  if (tokens.every((t) => t.kind === 'char')) {
    const literal = tokens.map((t) => (t as { ch: string }).ch).join('')
    return (text) => fold(text) === literal
  }
  return (text) => globMatch(tokens, Array.from(fold(text)))
}

const lower = (s: string): string => s.toLowerCase()
const same = (s: string): string => s
const anything: Matcher = () => true

/** The text of parts none of which is literal, or undefined when one is (its `*` and `?` are not wildcards). */
function plainText(parts: readonly PatternPart[]): string | undefined {
  if (parts.length === 1) return parts[0]!.literal ? undefined : parts[0]!.text
  let text = ''
  for (const p of parts) {
    if (p.literal) return undefined
    text += p.text
  }
  return text
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
