// The "several" text areas of the request form: one action or resource per line.

/** Splits a text area into lines, kept as typed (blank lines too), so that text → lines → text is exact. */
export function parseLines(text: string): string[] {
  return text.split(/\r?\n/)
}

/** The text area's text for a list of values. */
export function joinLines(values: readonly string[]): string {
  return values.join('\n')
}

/** The values that count: trimmed, without blank ones. */
export function filledLines(values: readonly string[]): string[] {
  return values.map((v) => v.trim()).filter(Boolean)
}

/** Leaves "several" mode: the first filled value stays (or an empty one). */
export function firstLine(values: readonly string[]): string[] {
  return [filledLines(values)[0] ?? '']
}
