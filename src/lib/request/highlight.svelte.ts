// What the result pane asks the editor to highlight: a span in the policy document with the given target key.
import type { Span } from '../../engine/index'
import { targetKey, type PolicyTarget } from '../state/policy-target'

/**
 * The statement to highlight. `key` is the {@link targetKey} of the policy it is in; the editor shows `span` when
 * the document it holds has that key (compare with `app.editorDoc?.key`) and clears its mark otherwise.
 */
export const highlight = $state<{ span: Span | undefined; key: string | undefined }>({
  span: undefined,
  key: undefined,
})

/** Asks for `span` of `target`'s document to be highlighted. */
export function setHighlight(target: PolicyTarget, span: Span | undefined): void {
  highlight.key = targetKey(target)
  highlight.span = span
}

/** Removes the highlight. */
export function clearHighlight(): void {
  highlight.key = undefined
  highlight.span = undefined
}

/** A context key the form should focus the value of (set by the result's "Add" for a missing key). */
export const contextFocus = $state<{ key: string | undefined }>({ key: undefined })
