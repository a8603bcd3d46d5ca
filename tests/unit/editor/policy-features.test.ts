import { describe, expect, it } from 'vitest'
import { language } from '@codemirror/language'
import { undoDepth } from '@codemirror/commands'
import { EditorState } from '@codemirror/state'
import { policyEditor } from '../../../src/lib/editor/policy-language'
import { policyFeatures } from '../../../src/lib/editor/policy-features'
import { fakeCatalog } from './fixtures'

const engine = { catalog: fakeCatalog().catalog, validate: async () => [], fix: async () => [] }

describe(policyFeatures, () => {
  it('is not part of the editor that first paints: no parser and no history yet', () => {
    const state = EditorState.create({ doc: '{}', extensions: policyEditor(engine) })
    expect(state.facet(language)).toBeNull()
    const typed = state.update({ changes: { from: 1, insert: '"a": 1' }, userEvent: 'input' }).state
    expect(undoDepth(typed)).toBe(0)
  })

  it('brings the JSON parser and an undo history', () => {
    const state = EditorState.create({ doc: '{}', extensions: [policyEditor(engine), policyFeatures(engine)] })
    expect(state.facet(language)?.name).toBe('json')
    const typed = state.update({ changes: { from: 1, insert: '"a": 1' }, userEvent: 'input' }).state
    expect(undoDepth(typed)).toBe(1)
  })
})
