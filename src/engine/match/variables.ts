// Policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'none'}`, `${*}`) in Resource and condition values.
import type { PatternPart } from './wildcard'

/** Looks a context key up (case-insensitively); undefined when the request does not carry it. */
export type KeyLookup = (key: string) => string | readonly string[] | undefined

const WITH_DEFAULT = /^\s*([^,\s][^,]*?)\s*,\s*'([^']*)'\s*$/

/** True when the text holds at least one `${...}`. */
export function hasVariables(text: string): boolean {
  const open = text.indexOf('${')
  return open >= 0 && text.indexOf('}', open + 2) >= 0
}

/** One variable found in a value. */
export interface VariableUse {
  /** The whole `${...}` as written. */
  raw: string
  /** The key name, or the special character for `${*}`, `${?}`, `${$}`. */
  key: string
  fallback?: string
  /** Offset of `raw` in the value. */
  at: number
}

/** Lists the variables in a value, in order. */
export function findVariables(text: string): VariableUse[] {
  // A linear scan: `${` up to the next `}`; once no `}` follows, nothing later can close (no rescans).
  const uses: VariableUse[] = []
  let from = 0
  for (;;) {
    const at = text.indexOf('${', from)
    if (at < 0) break
    const close = text.indexOf('}', at + 2)
    if (close < 0) break
    const inner = text.slice(at + 2, close)
    const d = WITH_DEFAULT.exec(inner)
    const use: VariableUse = { raw: text.slice(at, close + 1), key: (d ? d[1]! : inner).trim(), at }
    if (d) use.fallback = d[2]!
    uses.push(use)
    from = close + 1
  }
  return uses
}

/** The outcome of substituting one value: its pieces, or the variable that could not be resolved. */
export type Substitution = { ok: true; parts: PatternPart[]; text: string } | { ok: false; unresolved: string }

/**
 * Substitutes every variable in `text`. Resolved values (and `${*}`, `${?}`, `${$}`) become literal
 * parts, so a `*` that came from a variable never acts as a wildcard. A variable whose key is absent,
 * or multi-valued, and has no default makes the whole value unresolved: the caller treats it as no match.
 */
export function substitute(text: string, lookup: KeyLookup): Substitution {
  const parts: PatternPart[] = []
  let last = 0
  for (const use of findVariables(text)) {
    if (use.at > last) parts.push({ text: text.slice(last, use.at), literal: false })
    last = use.at + use.raw.length
    let value: string | undefined
    if (use.key === '*' || use.key === '?' || use.key === '$') value = use.key
    else {
      const found = lookup(use.key)
      // A multi-valued key cannot stand in a variable: it resolves only through its default.
      value = typeof found === 'string' ? found : use.fallback
    }
    if (value === undefined) return { ok: false, unresolved: use.key }
    parts.push({ text: value, literal: true })
  }
  if (last < text.length) parts.push({ text: text.slice(last), literal: false })
  return { ok: true, parts, text: parts.map((p) => p.text).join('') }
}
