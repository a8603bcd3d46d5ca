// Formatting: the policy re-printed with two-space indentation, as the AWS console shows it.
import type { EditorView } from '@codemirror/view'
import { t } from '../i18n/index'
import { replaceText } from './replace'

/** The outcome of formatting: the new text, or why there is none. */
export type FormatResult = { ok: true; text: string } | { ok: false; message: string }

/** Pretty-prints `text` when it is valid JSON; otherwise says so and leaves it alone. */
export function formatPolicy(text: string): FormatResult {
  try {
    return { ok: true, text: JSON.stringify(JSON.parse(text), null, 2) }
  } catch {
    return { ok: false, message: t('editor.notValidJson') }
  }
}

/** Formats the editor's document in one undoable transaction; a no-op (with the reason) when it is not valid JSON. */
export function formatDocument(view: EditorView): FormatResult {
  const result = formatPolicy(view.state.doc.toString())
  if (result.ok) replaceText(view, result.text, false)
  return result
}
