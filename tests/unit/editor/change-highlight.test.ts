import { describe, expect, it } from 'vitest'
import { EditorState } from '@codemirror/state'
import { changeHighlight, changedLineNumbers, setChangeHighlight } from '../../../src/lib/editor/change-highlight'

const doc = '{\n  "Statement": [\n    { "Effect": "Allow" },\n    { "Effect": "Deny" }\n  ]\n}'
const fresh = () => EditorState.create({ doc, extensions: changeHighlight() })
const span = { from: doc.indexOf('{ "Effect": "Allow"'), to: doc.indexOf('"Deny" }') + 8 }

describe(changeHighlight, () => {
  it('marks every line of the changed span', () => {
    const state = fresh().update({ effects: setChangeHighlight.of(span) }).state
    expect(changedLineNumbers(state)).toEqual([3, 4])
  })

  it('keeps the mark while nothing is typed, and drops it at the next edit', () => {
    let state = fresh().update({ effects: setChangeHighlight.of(span) }).state
    state = state.update({ selection: { anchor: 1 } }).state
    expect(changedLineNumbers(state)).toEqual([3, 4])
    state = state.update({ changes: { from: 1, insert: ' ' } }).state
    expect(changedLineNumbers(state)).toEqual([])
  })

  it('clears on null, and clamps a span past the end', () => {
    const marked = fresh().update({
      effects: setChangeHighlight.of({ from: doc.length - 1, to: doc.length + 50 }),
    }).state
    expect(changedLineNumbers(marked)).toEqual([6])
    expect(changedLineNumbers(marked.update({ effects: setChangeHighlight.of(null) }).state)).toEqual([])
  })
})
