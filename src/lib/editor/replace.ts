// Replacing the editor's text from outside (a loaded scenario, a share link, formatting) as one undoable change.
import { Annotation, type ChangeSpec, type EditorState, type TransactionSpec } from '@codemirror/state'
import type { EditorView } from '@codemirror/view'

/** Marks transactions whose text came from outside the editor, so `onchange` does not echo it back. */
export const externalText = Annotation.define<boolean>()

/**
 * The smallest single change from the document to `text`: the common prefix and suffix stay, so the cursor and
 * marks outside the changed part keep their place. Undefined when the text is unchanged.
 */
export function minimalChange(from: string, to: string): ChangeSpec | undefined {
  if (from === to) return undefined
  let start = 0
  const max = Math.min(from.length, to.length)
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++
  let end = 0
  while (end < max - start && from.charCodeAt(from.length - 1 - end) === to.charCodeAt(to.length - 1 - end)) end++
  return { from: start, to: from.length - end, insert: to.slice(start, to.length - end) }
}

/**
 * The transaction that replaces the document with `text`. It is an ordinary change, so undo restores the old text.
 * `external` marks text that came from outside (see {@link externalText}); formatting is the editor's own edit.
 */
export function replaceTextSpec(state: EditorState, text: string, external = true): TransactionSpec {
  const changes = minimalChange(state.doc.toString(), text)
  if (!changes) return {}
  return { changes, userEvent: external ? 'input.replace' : 'input.format', annotations: externalText.of(external) }
}

/** Replaces the editor's text in one transaction (see {@link replaceTextSpec}). */
export function replaceText(view: EditorView, text: string, external = true): void {
  view.dispatch(replaceTextSpec(view.state, text, external))
}
