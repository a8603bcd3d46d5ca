// Structural comparison without source positions, as Cedar's `PartialEq` ignores `loc`.
import type { Span } from '../../src/engine/diagnostics'

type SpanKey = 'span' | `${string}Span` | `${string}Spans`

/** `T` with every `span`, `…Span` and `…Spans` member removed, at any depth. */
export type Stripped<T> = T extends readonly (infer U)[]
  ? Stripped<U>[]
  : T extends object
    ? { [K in keyof T as K extends SpanKey ? never : K]: Stripped<T[K]> }
    : T

function isSpanKey(key: string): boolean {
  return key === 'span' || key.endsWith('Span') || key.endsWith('Spans')
}

/** A deep copy of `value` without source positions, so parsed text and parsed objects compare equal. */
export function stripSpans<T>(value: T): Stripped<T> {
  if (Array.isArray(value)) return value.map((v: unknown) => stripSpans(v)) as Stripped<T>
  if (typeof value !== 'object' || value === null) return value as Stripped<T>
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) if (!isSpanKey(key)) out[key] = stripSpans(v)
  return out as Stripped<T>
}

/** The text a span covers. */
export function sliceSpan(text: string, span: Span | undefined): string {
  if (!span) throw new Error('expected a span')
  return text.slice(span.from, span.to)
}
