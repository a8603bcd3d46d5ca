// Keyboard undo and redo for the workspace, out of the way of text fields and the editor's own history.

/** The parts of a `KeyboardEvent` the shortcut reads. */
export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

/** The parts of an element the focus check reads (an `Element` in the page). */
interface ClosestLike {
  closest(selector: string): { tagName: string; type?: string } | null
}

// Inputs whose text the browser itself undoes; checkboxes, buttons and the like have no undo of their own.
const TEXT_INPUTS = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number', 'date', 'time'])

/** Ctrl/Cmd+Z is undo; Ctrl/Cmd+Shift+Z and Ctrl+Y are redo; anything else is not ours. */
export function historyShortcut(e: KeyLike): 'undo' | 'redo' | undefined {
  if (e.altKey || !(e.ctrlKey || e.metaKey)) return undefined
  const key = e.key.toLowerCase()
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && e.ctrlKey && !e.metaKey && !e.shiftKey) return 'redo'
  return undefined
}

/** True when focus is somewhere with its own undo: a text field, an editable region or the CodeMirror editor. */
export function hasOwnUndo(target: unknown): boolean {
  if (typeof target !== 'object' || target === null || typeof (target as ClosestLike).closest !== 'function') {
    return false
  }
  const el = (target as ClosestLike).closest(
    '.cm-editor, textarea, select, [contenteditable]:not([contenteditable="false"]), input',
  )
  if (!el) return false
  if (el.tagName.toUpperCase() === 'INPUT') return TEXT_INPUTS.has((el.type ?? 'text').toLowerCase())
  return true
}
