import { describe, expect, it } from 'vitest'
import { EditorState, type TransactionSpec } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { policyConfig } from '../../../src/lib/editor/config'
import { insertTemplate, policyEditor, reconfigure } from '../../../src/lib/editor/policy-language'
import { statementTemplates } from '../../../src/lib/editor/templates'
import { fakeCatalog } from './fixtures'

const engine = { catalog: fakeCatalog().catalog, validate: async () => [], fix: async () => [] }

function create(doc = '{}', options: Parameters<typeof policyEditor>[0] = {}) {
  return EditorState.create({ doc, extensions: policyEditor({ ...engine, ...options }) })
}

/** The merged attributes of the editable content (what the view puts on `.cm-content`). */
const attributes = (state: EditorState) =>
  Object.assign({}, ...state.facet(EditorView.contentAttributes)) as Record<string, string>

describe(policyEditor, () => {
  it('names the editable content with the label', () => {
    expect(attributes(create('{}', { label: 'Trust policy' }))['aria-label']).toBe('Trust policy')
  })

  it('is editable by default and read-only on request', () => {
    expect(create().readOnly).toBe(false)
    const readonly = create('{}', { readonly: true })
    expect(readonly.readOnly).toBe(true)
    expect(attributes(readonly)['aria-readonly']).toBe('true')
  })

  it('holds the kind and context for the linter and completion', () => {
    const context = { resourceArns: ['arn:aws:s3:::b'], principalArns: [] }
    expect(create('{}', { kind: 'trust', context }).facet(policyConfig)).toEqual({ kind: 'trust', context })
  })
})

describe(reconfigure, () => {
  it('moves kind, read-only and label without rebuilding, keeping the text', () => {
    const state = create('{"Version": "2012-10-17"}')
    const next = state.update({ effects: reconfigure(state, { kind: 'scp', readonly: true, label: 'SCP' }) }).state
    expect(next.facet(policyConfig).kind).toBe('scp')
    expect(next.readOnly).toBe(true)
    expect(attributes(next)['aria-label']).toBe('SCP')
    expect(next.doc.toString()).toBe('{"Version": "2012-10-17"}')
  })

  it('does nothing for settings that did not change', () => {
    const state = create('{}', { kind: 'identity', readonly: false })
    const config = state.facet(policyConfig)
    expect(reconfigure(state, { kind: 'identity', context: config.context, readonly: false })).toEqual([])
  })

  it('swaps the theme for the colour scheme', () => {
    const state = create()
    const dark = state.update({ effects: reconfigure(state, { dark: true }) }).state
    expect(dark.facet(EditorView.darkTheme)).toBe(true)
    expect(state.facet(EditorView.darkTheme)).toBe(false)
  })
})

describe(insertTemplate, () => {
  /** Just enough of a view for commands: its state and a dispatch that updates it. */
  function fakeView(state: EditorState) {
    const view = { state, dispatch: (spec: TransactionSpec) => (view.state = view.state.update(spec).state) }
    return view
  }

  it('appends the template for the editor’s kind', () => {
    const view = fakeView(create('{ "Statement": [] }', { kind: 'resource' }))
    const s3 = statementTemplates.find((t) => t.id === 's3-read-only')!
    expect(insertTemplate(view as unknown as EditorView, s3)).toBe(true)
    expect(JSON.parse(view.state.doc.toString()).Statement[0].Principal).toEqual({
      AWS: 'arn:aws:iam::111122223333:root',
    })
  })

  it('leaves broken text alone', () => {
    const view = fakeView(create('{ "Statement": ['))
    expect(insertTemplate(view as unknown as EditorView, statementTemplates[0]!)).toBe(false)
    expect(view.state.doc.toString()).toBe('{ "Statement": [')
  })
})
