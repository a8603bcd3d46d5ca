// Room for the gutters the editor's features bring (folding, lint markers) before they load: the text would otherwise
// move right under the pointer a moment after the policy shows — a double-click aimed at `"Allow"` then lands on
// `"Effect"`. Empty gutters of the same classes and widths hold the place; the features replace them.
import type { Extension } from '@codemirror/state'
import { EditorView, gutter, GutterMarker } from '@codemirror/view'

/** A gutter element as wide as the fold gutter's widest marker (CodeMirror's `⌄` and `›`). */
class FoldSpacer extends GutterMarker {
  override toDOM(): Node {
    const span = document.createElement('span')
    span.textContent = '⌄'
    return span
  }
}

/** The fold gutter and the lint gutter, empty, sized as @codemirror/language's and @codemirror/lint's themes size them. */
export const reservedGutters: Extension = [
  gutter({ class: 'cm-foldGutter', initialSpacer: () => new FoldSpacer() }),
  gutter({ class: 'cm-gutter-lint' }),
  EditorView.baseTheme({ '.cm-foldGutter span': { padding: '0 1px' }, '.cm-gutter-lint': { width: '1.4em' } }),
]
