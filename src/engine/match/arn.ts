// ARN-aware wildcard matching for `Resource` and the `Arn*` condition operators (which differ); an ARN's fields are
// read in ./arn-fields.
import { splitFields } from './arn-fields'
import { compileGlob, type Matcher, type PatternPart } from './wildcard'
export { parseArn, splitArn, type Arn } from './arn-fields'

/** Splits pattern parts the same way as {@link splitArn}, keeping literal flags. */
function splitPartFields(parts: readonly PatternPart[]): PatternPart[][] {
  const fields: PatternPart[][] = [[]]
  for (const part of parts) {
    let rest = part.text
    for (;;) {
      const at = fields.length < 6 ? rest.indexOf(':') : -1
      if (at < 0) {
        if (rest) fields.at(-1)!.push({ text: rest, literal: part.literal })
        break
      }
      if (at > 0) fields.at(-1)!.push({ text: rest.slice(0, at), literal: part.literal })
      fields.push([])
      rest = rest.slice(at + 1)
    }
  }
  return fields
}

/**
 * Compiles a `Resource` pattern (the `Arn*` condition operators use {@link compileArnConditionValue}). Wildcards
 * work within each colon-separated segment; a pattern with fewer than six segments lets its last segment, when it
 * ends with `*`, expand across the remaining colons, as the IAM User Guide describes for wildcards in resource ARNs
 * ("If the `*` wildcard is the last character of a resource ARN segment, it can expand to match beyond the colon
 * boundaries").
 * Matching is case-sensitive. A text that is not an ARN is compared as a whole.
 */
export function compileArnPattern(pattern: string | readonly PatternPart[]): Matcher {
  const parts = typeof pattern === 'string' ? [{ text: pattern, literal: false }] : pattern
  const fields = splitPartFields(parts)
  if (fields.length === 1) return compileGlob(parts)
  // With no wildcard in the first five fields, those fields are literal and cannot absorb a colon, so the
  // whole-text glob decides exactly (its stars can only run inside the resource part).
  if (fields.length === 6 && fields.slice(0, 5).every((f) => f.every((p) => p.literal || !/[*?]/.test(p.text)))) {
    return compileGlob(parts)
  }
  // The whole-text glob, for a text with fewer than six fields: compiled when first needed.
  let whole: Matcher | undefined
  const segmentMatchers = fields.map((f) => compileGlob(f))
  const last = fields.at(-1)!
  const lastEndsWithStar = last.length > 0 && !last.at(-1)!.literal && last.at(-1)!.text.endsWith('*')
  const k = fields.length
  return (text) => {
    const values = splitFields(text)
    if (values.length < 6 && k === 6) return (whole ??= compileGlob(parts))(text)
    if (k === values.length) {
      for (let i = 0; i < k; i++) if (!segmentMatchers[i]!(values[i]!)) return false
      return true
    }
    if (k > values.length) return false
    for (let i = 0; i < k - 1; i++) if (!segmentMatchers[i]!(values[i]!)) return false
    return lastEndsWithStar && segmentMatchers[k - 1]!(values.slice(k - 1).join(':'))
  }
}

/** The number of colon-separated components of a pattern (at most six: the sixth keeps its colons). */
export function arnComponentCount(pattern: string | readonly PatternPart[]): number {
  const parts = typeof pattern === 'string' ? [{ text: pattern, literal: false }] : pattern
  return splitPartFields(parts).length
}

const always: Matcher = () => true
const never: Matcher = () => false

/**
 * Compiles the value of an `Arn*` condition operator (`ArnEquals`, `ArnLike` and their negations, which compare the
 * same way). "Each of the six colon-delimited components of the ARN is checked separately" (User Guide, ARN condition
 * operators), so, unlike in `Resource`:
 * - a `*` or `?` never stands for a colon between components, and a value with fewer than six components matches
 *   nothing (a bare `*` is the one exception: it matches every ARN);
 * - the sixth component is everything after the fifth colon, on both sides, as in the ARN format
 *   `arn:partition:service:region:account-id:resource-type:resource-id`: a `*` there matches within that component,
 *   colons included.
 * Matching is case-sensitive; a text with fewer than six components is not an ARN and matches nothing but `*`.
 */
export function compileArnConditionValue(pattern: string | readonly PatternPart[]): Matcher {
  const parts = typeof pattern === 'string' ? [{ text: pattern, literal: false }] : pattern
  if (splitPartFields(parts).length < 6) {
    const bareStar = parts.every((p) => !p.literal) && /^\*+$/.test(parts.map((p) => p.text).join(''))
    return bareStar ? always : never
  }
  // Six components: `compileArnPattern` matches each on its own (the short-pattern rule of `Resource` never applies).
  const matcher = compileArnPattern(parts)
  return (text) => splitFields(text).length === 6 && matcher(text)
}

/** True when `resource` matches the `Resource` pattern. */
export function resourceMatches(pattern: string, resource: string): boolean {
  return compileArnPattern(pattern)(resource)
}

/** The account field of an ARN, when it has a 12-digit one. */
export function arnAccount(text: string): string | undefined {
  if (!text.startsWith('arn:')) return undefined
  // Fields end at the colons after `arn`, partition, service and region; the account is the fifth field.
  let at = 3
  for (let i = 0; i < 3; i++) {
    at = text.indexOf(':', at + 1)
    if (at < 0) return undefined
  }
  const end = text.indexOf(':', at + 1)
  if (end !== at + 13) return undefined
  for (let i = at + 1; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c < 48 || c > 57) return undefined
  }
  return text.slice(at + 1, end)
}
