// Marks the lines a change made to the open policy (an applied "What would allow it" proposal) until the next edit.
import { RangeSetBuilder, StateEffect, StateField, type EditorState, type Extension } from '@codemirror/state'
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view'
import type { Span } from '../../engine/index'

/** Marks the lines of a span as changed; `null` clears the mark. */
export const setChangeHighlight = StateEffect.define<Span | null>()

const line = Decoration.line({ class: 'cm-changedLine' })

function linesOf(state: EditorState, span: Span): DecorationSet {
  const length = state.doc.length
  const from = Math.min(Math.max(span.from, 0), length)
  const to = Math.min(Math.max(span.to, from), length)
  const builder = new RangeSetBuilder<Decoration>()
  for (let n = state.doc.lineAt(from).number; n <= state.doc.lineAt(to).number; n++) {
    const at = state.doc.line(n).from
    builder.add(at, at, line)
  }
  return builder.finish()
}

const changeHighlightField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    for (const e of tr.effects)
      if (e.is(setChangeHighlight)) return e.value ? linesOf(tr.state, e.value) : Decoration.none
    // The next edit ends the mark: what it showed is no longer the change alone.
    return tr.docChanged ? Decoration.none : deco
  },
  provide: (f) => EditorView.decorations.from(f),
})

const baseTheme = EditorView.baseTheme({
  '&light .cm-changedLine': { backgroundColor: '#dcfce7', boxShadow: 'inset 3px 0 #16a34a' },
  '&dark .cm-changedLine': { backgroundColor: '#14532d80', boxShadow: 'inset 3px 0 #22c55e' },
})

/** Adds the changed-lines mark; dispatch {@link setChangeHighlight} (or call {@link highlightChange}) to set it. */
export function changeHighlight(): Extension {
  return [changeHighlightField, baseTheme]
}

/** The first lines marked as changed, as line numbers (for tests and callers that need to know). */
export function changedLineNumbers(state: EditorState): number[] {
  const out: number[] = []
  const cursor = state.field(changeHighlightField, false)?.iter()
  for (; cursor?.value; cursor.next()) out.push(state.doc.lineAt(cursor.from).number)
  return out
}

/** Marks the lines of `span` and scrolls the first into view; `null` clears the mark. */
export function highlightChange(view: EditorView, span: Span | null): void {
  const effects: StateEffect<unknown>[] = [setChangeHighlight.of(span)]
  if (span)
    effects.push(EditorView.scrollIntoView(Math.min(Math.max(span.from, 0), view.state.doc.length), { y: 'center' }))
  view.dispatch({ effects })
}
