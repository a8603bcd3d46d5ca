// Highlights the policy text of the trace node the user selected, and scrolls it into view.
import { StateEffect, StateField, type EditorState, type Extension } from '@codemirror/state'
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view'
import type { Span } from '../../engine/index'

/** Highlights the policy range of the selected trace node; `null` clears it. */
export const setTraceHighlight = StateEffect.define<Span | null>()

const mark = Decoration.mark({ class: 'cm-traceHighlight' })

const traceHighlightField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    for (const e of tr.effects) {
      if (e.is(setTraceHighlight)) {
        // A span from an older text may reach past the end; an empty mark is not allowed.
        const length = tr.state.doc.length
        const from = Math.min(Math.max(e.value?.from ?? 0, 0), length)
        const to = Math.min(Math.max(e.value?.to ?? 0, from), length)
        return e.value && to > from ? Decoration.set([mark.range(from, to)]) : Decoration.none
      }
    }
    return deco.map(tr.changes)
  },
  provide: (f) => EditorView.decorations.from(f),
})

const baseTheme = EditorView.baseTheme({
  '&light .cm-traceHighlight': { backgroundColor: '#fde68a99' },
  '&dark .cm-traceHighlight': { backgroundColor: '#a1620766' },
})

/** Adds trace highlighting; dispatch {@link setTraceHighlight} (or call {@link highlightTrace}) to move it. */
export function traceHighlight(): Extension {
  return [traceHighlightField, baseTheme]
}

/** The highlighted range, if any (for tests and for callers that need to know). */
export function traceHighlightRange(state: EditorState): Span | undefined {
  const cursor = state.field(traceHighlightField, false)?.iter()
  return cursor?.value ? { from: cursor.from, to: cursor.to } : undefined
}

/** Highlights `span` (clamped to the document) and scrolls it to the middle of the editor; `null` clears. */
export function highlightTrace(view: EditorView, span: Span | null): void {
  const effects: StateEffect<unknown>[] = [setTraceHighlight.of(span)]
  if (span) {
    const length = view.state.doc.length
    effects.push(EditorView.scrollIntoView(Math.min(Math.max(span.from, 0), length), { y: 'center' }))
  }
  view.dispatch({ effects })
}
