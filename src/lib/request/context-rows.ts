// The request form's context keys as editable rows, and back to the request's `context` record.

/** One row of the context table. Values are one string (commas are not split). */
export interface ContextRow {
  key: string
  value: string
}

/** Rows of a context record; a multi-valued key shows its values joined by `, `. */
export function contextRows(context: Record<string, string | string[]>): ContextRow[] {
  return Object.entries(context).map(([key, value]) => ({
    key,
    value: Array.isArray(value) ? value.join(', ') : value,
  }))
}

/**
 * The context record of the rows. Rows without a key are left out (they are still being typed); a later row with
 * the same key wins, as it would in a JSON object.
 */
export function contextOf(rows: readonly ContextRow[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const row of rows) {
    const key = row.key.trim()
    if (key) out[key] = row.value
  }
  return out
}

/** The context with `key` added (empty value for the person to fill); an existing key keeps its value. */
export function withContextKey(
  context: Record<string, string | string[]>,
  key: string,
): Record<string, string | string[]> {
  return key in context ? context : { ...context, [key]: '' }
}
