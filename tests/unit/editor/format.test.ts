import { describe, expect, it } from 'vitest'
import { history, undo } from '@codemirror/commands'
import { EditorState } from '@codemirror/state'
import { formatPolicy } from '../../../src/lib/editor/format'
import { externalText, minimalChange, replaceTextSpec } from '../../../src/lib/editor/replace'

describe(formatPolicy, () => {
  it('pretty-prints valid JSON with two spaces', () => {
    expect(formatPolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow"}]}')).toEqual({
      ok: true,
      text: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow"\n    }\n  ]\n}',
    })
  })

  it('leaves invalid JSON alone and says why', () => {
    const result = formatPolicy('{"Version": }')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/not valid JSON/)
  })
})

describe(minimalChange, () => {
  it('replaces only the part between the common prefix and suffix', () => {
    expect(minimalChange('{"Effect": "allow"}', '{"Effect": "Allow"}')).toEqual({ from: 12, to: 13, insert: 'A' })
    expect(minimalChange('abc', 'abXYc')).toEqual({ from: 2, to: 2, insert: 'XY' })
    expect(minimalChange('aaa', 'aa')).toEqual({ from: 2, to: 3, insert: '' })
  })

  it('is undefined for the same text', () => {
    expect(minimalChange('same', 'same')).toBeUndefined()
  })
})

describe(replaceTextSpec, () => {
  it('replaces the text in one undoable, externally marked transaction', () => {
    let state = EditorState.create({ doc: '{"a": 1}', extensions: history() })
    const tr = state.update(replaceTextSpec(state, '{"b": 2}'))
    expect(tr.annotation(externalText)).toBe(true)
    state = tr.state
    expect(state.doc.toString()).toBe('{"b": 2}')
    undo({ state, dispatch: (t) => (state = t.state) })
    expect(state.doc.toString()).toBe('{"a": 1}')
  })

  it('keeps the cursor where the text did not change', () => {
    const state = EditorState.create({ doc: '{"Effect": "Deny"} ', selection: { anchor: 1 } })
    const next = state.update(replaceTextSpec(state, '{"Effect": "Allow"} ')).state
    expect(next.selection.main.head).toBe(1)
  })

  it('marks formatting as the editor’s own edit', () => {
    const state = EditorState.create({ doc: '{}' })
    expect(state.update(replaceTextSpec(state, '{ }', false)).annotation(externalText)).toBe(false)
    expect(replaceTextSpec(state, '{}')).toEqual({})
  })
})
