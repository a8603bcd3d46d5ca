// Whether one wildcard pattern covers another: used to find redundant `Action` and `Resource` values.
import { splitArn } from '../match/arn'

type Token = { kind: 'char'; ch: string } | { kind: 'one' } | { kind: 'star' }

/** A pattern prepared for {@link covers}: compile each value once, compare many times. */
export interface Glob {
  tokens: Token[]
  /** The literal text before the first wildcard: a cheap first test. */
  prefix: string
}

/** Prepares a `*`/`?` pattern; `ignoreCase` for actions. */
export function glob(pattern: string, ignoreCase = false): Glob {
  const tokens: Token[] = []
  for (const ch of ignoreCase ? pattern.toLowerCase() : pattern) {
    if (ch === '*') {
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' })
    } else if (ch === '?') tokens.push({ kind: 'one' })
    else tokens.push({ kind: 'char', ch })
  }
  const first = tokens.findIndex((t) => t.kind !== 'char')
  const literal = first < 0 ? tokens : tokens.slice(0, first)
  return { tokens, prefix: literal.map((t) => (t as { ch: string }).ch).join('') }
}

/**
 * True when every text `a` matches is also matched by `b` (`s3:*` covers `s3:Get*`). Sound but not complete: a
 * `true` is always right; a rare `false` may miss a cover, which only means a redundancy goes unreported.
 * O(|a| x |b|): `b` tokens are aligned with `a` tokens, a `b` star absorbing any run of them, a `b` `?` one
 * character or `?`, a `b` character only the same character.
 */
export function covers(b: Glob, a: Glob): boolean {
  // b's leading literal must be literal in a too: a wildcard of a there could match what b's literal does not.
  if (!a.prefix.startsWith(b.prefix)) return false
  const at = a.tokens
  // cov[j]: the first i tokens of b cover the first j tokens of a (rolling over i).
  let cov = [true, ...at.map(() => false)]
  for (const t of b.tokens) {
    const next = [t.kind === 'star' && cov[0]!]
    for (let j = 1; j <= at.length; j++) {
      const x = at[j - 1]!
      if (t.kind === 'star') next[j] = cov[j]! || next[j - 1]!
      else if (t.kind === 'one') next[j] = x.kind !== 'star' && cov[j - 1]!
      else next[j] = x.kind === 'char' && x.ch === t.ch && cov[j - 1]!
    }
    cov = next
  }
  return cov[at.length]!
}

/** A `Resource` pattern prepared for {@link arnCovers}. */
export interface ArnGlob {
  text: string
  /** The colon-separated fields (at most six), undefined for values with policy variables. */
  fields: Glob[] | undefined
  /** The last field, as text, ends with `*` (it may then span further colons). */
  openEnd: boolean
  /** The fields as text. */
  raw: string[]
}

/** Prepares a `Resource` value. */
export function arnGlob(text: string): ArnGlob {
  const raw = splitArn(text)
  // Variables are substituted before matching, so their text says nothing about what is matched.
  const fields = text.includes('${') ? undefined : raw.map((f) => glob(f))
  return { text, fields, openEnd: raw.at(-1)!.endsWith('*'), raw }
}

/**
 * True when the `Resource` pattern `b` matches everything `a` matches, with ARN matching's rules: wildcards work
 * within a colon-separated field, and a pattern of fewer than six fields ending in `*` spans the remaining colons.
 */
export function arnCovers(b: ArnGlob, a: ArnGlob): boolean {
  if (b.text === '*') return true
  const bf = b.fields
  const af = a.fields
  if (!bf || !af) return false
  if (bf.length === 1 || af.length === 1) return bf.length === 1 && af.length === 1 && covers(bf[0]!, af[0]!)
  if (bf.length === af.length) return bf.every((f, i) => covers(f, af[i]!))
  if (bf.length > af.length || !b.openEnd) return false
  const k = bf.length
  for (let i = 0; i < k - 1; i++) if (!covers(bf[i]!, af[i]!)) return false
  return covers(bf[k - 1]!, glob(a.raw.slice(k - 1).join(':')))
}
