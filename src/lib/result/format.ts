// Turns engine sentences into pieces a component can render as text and code, never as HTML.

/** A piece of a sentence: plain text, or code (what the engine wrote between backticks). */
export interface Segment {
  text: string
  code: boolean
}

/** Splits "`s3:GetObject` matched `s3:Get*`" into text and code pieces; an unmatched backtick stays text. */
export function segments(message: string): Segment[] {
  const out: Segment[] = []
  let rest = message
  for (;;) {
    const open = rest.indexOf('`')
    const close = open < 0 ? -1 : rest.indexOf('`', open + 1)
    if (close < 0) {
      if (rest) out.push({ text: rest, code: false })
      return out
    }
    if (open > 0) out.push({ text: rest.slice(0, open), code: false })
    out.push({ text: rest.slice(open + 1, close), code: true })
    rest = rest.slice(close + 1)
  }
}

/** The sentence without its code marks, for places that show plain text only (titles, accessible names). */
export function plain(message: string): string {
  return message.replaceAll('`', '')
}

/** Capitalises the first letter of an engine sentence for display. */
export function sentence(message: string): string {
  return message.length > 0 ? message[0]!.toUpperCase() + message.slice(1) : message
}
