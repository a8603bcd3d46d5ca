// The policy text as lines for the read-only preview the editor pane shows until CodeMirror is in, and what the
// preview hands the editor when it takes over (where it is scrolled, the selection, keys typed meanwhile). No
// CodeMirror here: the preview is on the page before the editor's code loads.
import type { Span } from '../../engine/index'

/** A run of a line's text, `marked` when it is inside the highlighted span. */
export interface PreviewPart {
  text: string
  marked: boolean
}

/** One line of the text: its offset in the whole text and its parts. */
export interface PreviewLine {
  from: number
  parts: PreviewPart[]
}

/** What the editor starts with when it replaces the preview, so that nothing moves or is lost in the swap. */
export interface EditorStart {
  /** The line holding `pos` shows `offset` px below the top of the scrolled box, scrolled `left` px sideways. */
  anchor?: { pos: number; offset: number; left: number }
  /** The selection made in the preview (a click is an empty one). */
  selection?: { anchor: number; head: number }
  /** The preview had the keyboard focus. */
  focus?: boolean
  /** Text typed into the preview while the editor loaded, to insert at the selection. */
  typed?: string
}

/** Splits `text` into lines (at `\n`, as CodeMirror does with `\r\n` kept out of the line) and marks `span` in them. */
export function previewLines(text: string, span?: Span): PreviewLine[] {
  const lines: PreviewLine[] = []
  const from = span ? Math.max(0, Math.min(span.from, text.length)) : 0
  const to = span ? Math.max(from, Math.min(span.to, text.length)) : 0
  let start = 0
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const end = start + line.length
    const a = Math.max(from, start) - start
    const b = Math.min(to, end) - start
    const parts: PreviewPart[] =
      b > a
        ? [
            { text: line.slice(0, a), marked: false },
            { text: line.slice(a, b), marked: true },
            { text: line.slice(b), marked: false },
          ].filter((p) => p.text !== '')
        : line === ''
          ? []
          : [{ text: line, marked: false }]
    lines.push({ from: start, parts })
    start += raw.length + 1
  }
  return lines
}

/** The index of the line holding `offset` (the last line at or before it). */
export function lineIndexAt(lines: readonly PreviewLine[], offset: number): number {
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (lines[mid]!.from <= offset) low = mid
    else high = mid - 1
  }
  return low
}

/**
 * The scroll that shows a line in the middle of the box, as CodeMirror's `scrollIntoView(pos, { y: 'center' })`
 * does, kept within what the box can scroll.
 */
export function centredScrollTop(
  lineTop: number,
  lineHeight: number,
  clientHeight: number,
  scrollHeight: number,
): number {
  const top = lineTop + lineHeight / 2 - clientHeight / 2
  return Math.max(0, Math.min(top, scrollHeight - clientHeight))
}

/** The text a key press types (a character, or a line break for Enter); undefined for other keys and shortcuts. */
export function typedText(key: {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}): string | undefined {
  if (key.ctrlKey || key.metaKey || key.altKey) return undefined
  if (key.key === 'Enter') return '\n'
  return [...key.key].length === 1 ? key.key : undefined
}
