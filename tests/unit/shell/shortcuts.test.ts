import { describe, expect, it } from 'vitest'
import { hasOwnUndo, historyShortcut } from '../../../src/lib/shell/shortcuts'

const key = (k: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {}) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
})

/** A stand-in for an element: `closest` finds the first of `chain` (innermost first) the selector names. */
function element(chain: { tagName: string; type?: string; cls?: string; editable?: boolean }[]) {
  return {
    closest(selector: string) {
      return (
        chain.find(
          (el) =>
            (el.cls && selector.includes(`.${el.cls}`)) ||
            (el.editable && selector.includes('[contenteditable]')) ||
            selector.split(',').some((s) => s.trim() === el.tagName.toLowerCase()),
        ) ?? null
      )
    },
  }
}

describe(historyShortcut, () => {
  it('reads Ctrl+Z and Cmd+Z as undo', () => {
    expect(historyShortcut(key('z', { ctrl: true }))).toBe('undo')
    expect(historyShortcut(key('z', { meta: true }))).toBe('undo')
  })

  it('reads Ctrl/Cmd+Shift+Z (upper-case key) and Ctrl+Y as redo', () => {
    expect(historyShortcut(key('Z', { ctrl: true, shift: true }))).toBe('redo')
    expect(historyShortcut(key('Z', { meta: true, shift: true }))).toBe('redo')
    expect(historyShortcut(key('y', { ctrl: true }))).toBe('redo')
  })

  it('ignores Z without a modifier, with Alt, and Cmd+Y', () => {
    expect(historyShortcut(key('z'))).toBeUndefined()
    expect(historyShortcut(key('z', { ctrl: true, alt: true }))).toBeUndefined()
    expect(historyShortcut(key('y', { meta: true }))).toBeUndefined()
    expect(historyShortcut(key('x', { ctrl: true }))).toBeUndefined()
  })
})

describe(hasOwnUndo, () => {
  it('is true in text fields, text areas and editable regions', () => {
    expect(hasOwnUndo(element([{ tagName: 'INPUT', type: 'text' }]))).toBe(true)
    expect(hasOwnUndo(element([{ tagName: 'INPUT', type: 'search' }]))).toBe(true)
    expect(hasOwnUndo(element([{ tagName: 'TEXTAREA' }]))).toBe(true)
    expect(hasOwnUndo(element([{ tagName: 'DIV', editable: true }]))).toBe(true)
  })

  it('is true anywhere inside the CodeMirror editor', () => {
    expect(hasOwnUndo(element([{ tagName: 'SPAN' }, { tagName: 'DIV', cls: 'cm-editor' }]))).toBe(true)
  })

  it('is false on buttons, checkboxes and the page', () => {
    expect(hasOwnUndo(element([{ tagName: 'BUTTON' }]))).toBe(false)
    expect(hasOwnUndo(element([{ tagName: 'INPUT', type: 'checkbox' }]))).toBe(false)
    expect(hasOwnUndo(null)).toBe(false)
    expect(hasOwnUndo({})).toBe(false)
  })
})
