// What the result pane asks the editor to highlight: a span in the policy document with the given target key.
import type { Scenario, Span } from '../../engine/index'
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

/** The lines a change made to a policy (an applied "What would allow it"), shown until the scenario changes again. */
class ChangeMark {
  /** The document's key, the changed span, and the scenario the change made (the mark shows only while it is current). */
  current = $state.raw<{ key: string; span: Span; scenario: Scenario } | undefined>(undefined)
  /** Counts the marks set: the editor reloads its text for each (the change may be to the document it holds). */
  serial = $state(0)
}

/** See {@link ChangeMark}. */
export const changeMark = new ChangeMark()

/** Marks `span` of `target`'s document as what the change that made `scenario` changed. */
export function setChangeMark(target: PolicyTarget, span: Span, scenario: Scenario): void {
  changeMark.current = { key: targetKey(target), span, scenario }
  changeMark.serial++
}
