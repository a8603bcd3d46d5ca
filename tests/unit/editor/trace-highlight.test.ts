import { describe, expect, it } from 'vitest'
import { EditorState } from '@codemirror/state'
import { setTraceHighlight, traceHighlight, traceHighlightRange } from '../../../src/lib/editor/trace-highlight'

const doc = '{ "Statement": [ { "Effect": "Deny" } ] }'
const fresh = () => EditorState.create({ doc, extensions: traceHighlight() })

describe(traceHighlight, () => {
  it('starts with no highlight', () => {
    expect(traceHighlightRange(fresh())).toBeUndefined()
  })

  it('highlights the span of an effect, and moves it with the next one', () => {
    let state = fresh().update({ effects: setTraceHighlight.of({ from: 19, to: 27 }) }).state
    expect(traceHighlightRange(state)).toEqual({ from: 19, to: 27 })
    state = state.update({ effects: setTraceHighlight.of({ from: 29, to: 35 }) }).state
    expect(traceHighlightRange(state)).toEqual({ from: 29, to: 35 })
  })

  it('clears on null', () => {
    const state = fresh().update({ effects: setTraceHighlight.of({ from: 19, to: 27 }) }).state
    expect(traceHighlightRange(state.update({ effects: setTraceHighlight.of(null) }).state)).toBeUndefined()
  })

  it('maps the highlight through edits before it', () => {
    const state = fresh().update({ effects: setTraceHighlight.of({ from: 19, to: 27 }) }).state
    const edited = state.update({ changes: { from: 0, insert: '\n\n' } }).state
    expect(traceHighlightRange(edited)).toEqual({ from: 21, to: 29 })
  })

  it('clamps a span past the end, and drops an empty one', () => {
    const past = fresh().update({ effects: setTraceHighlight.of({ from: 35, to: 500 }) }).state
    expect(traceHighlightRange(past)).toEqual({ from: 35, to: doc.length })
    const empty = fresh().update({ effects: setTraceHighlight.of({ from: 500, to: 600 }) }).state
    expect(traceHighlightRange(empty)).toBeUndefined()
  })

  it('is absent from states without the extension', () => {
    expect(traceHighlightRange(EditorState.create({ doc }))).toBeUndefined()
  })
})
