// Where a new editor view starts scrolled, given in its constructor (EditorViewConfig.scrollTo) so the first paint
// already shows it: no scroll after the text is on screen, which would move it under the pointer.
import { type Extension, type StateEffect } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import type { Span } from '../../engine/index'
import type { EditorStart } from './preview'

/** The `scrollTo` effect and the extension it needs for a view that starts as `start` (or centred on `highlight`). */
export function initialScroll(
  start: EditorStart['anchor'] | undefined,
  highlight: Span | undefined,
  length: number,
): { scrollTo?: StateEffect<unknown>; extension: Extension } {
  if (start) {
    const pos = Math.min(Math.max(start.pos, 0), length)
    // The first scroll (the constructor's) puts the anchor's line exactly where the preview showed it, in the
    // scroller alone: CodeMirror's own scroll would also move the page's boxes around it. Later scrolls are its own.
    let done = false
    const exact = EditorView.scrollHandler.of((view) => {
      if (done) return false
      done = true
      view.scrollDOM.scrollTop = view.lineBlockAt(pos).top + view.documentPadding.top - start.offset
      view.scrollDOM.scrollLeft = start.left
      return true
    })
    return { scrollTo: EditorView.scrollIntoView(pos, { y: 'start' }), extension: exact }
  }
  if (highlight) {
    const pos = Math.min(Math.max(highlight.from, 0), length)
    return { scrollTo: EditorView.scrollIntoView(pos, { y: 'center' }), extension: [] }
  }
  return { extension: [] }
}
