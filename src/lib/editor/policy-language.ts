// The policy editor as one extension: JSON editing, worker linting with quick fixes, catalog completion and hover,
// trace highlights, and Compartments for what changes while it is open (kind and context, read-only, label, theme).
// Parsing, colours, keys, linting, completion and hover (policy-features.ts, most of CodeMirror) fill the `features`
// Compartment: from the start when they were loaded ahead (preloadFeatures: the app's editor pane does, behind its
// preview of the text), else right after the editor's first paint, which shows the text, line numbers and theme.
import { Compartment, EditorState, type Extension, type StateEffect } from '@codemirror/state'
import {
  EditorView,
  ViewPlugin,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view'
import type { PolicyKind } from '../../engine/index'
import { t } from '../i18n/index'
import { quickFixesInWorker, validateInWorker } from '../worker/engine-client'
import { workerCatalog } from './catalog-client'
import type { EditorCatalog } from './catalog-types'
import { emptyContext, policyConfig, type EditorContext } from './config'
import { formatDocument, type FormatResult } from './format'
import type { PolicyValidator, QuickFixer } from './lint'
import type { PolicyFeatureEngine } from './policy-features'
import { externalText } from './replace'
import { insertStatement, type StatementTemplate } from './templates'
import { reservedGutters } from './reserved-gutters'
import { policyTheme } from './theme'
import { traceHighlight } from './trace-highlight'
import { changeHighlight } from './change-highlight'
import { afterPaint } from '../shell/answer-shown'

/** What can change while an editor is open; each part lives in its own Compartment. */
export interface PolicyEditorSettings {
  kind: PolicyKind
  context: EditorContext
  readonly: boolean
  /** The accessible name of the editable content. */
  label: string
  dark: boolean
}

/** Everything {@link policyEditor} needs: the settings, callbacks, and the engine (the worker unless replaced). */
export interface PolicyEditorOptions extends Partial<PolicyEditorSettings> {
  /** Called with the new text after each edit made in the editor (not after {@link replaceText}). */
  onchange?: (text: string) => void
  /** Called after the format key (Shift-Alt-F) with what happened. */
  onformat?: (result: FormatResult) => void
  catalog?: EditorCatalog
  validate?: PolicyValidator
  fix?: QuickFixer
}

const compartments = {
  config: new Compartment(),
  readonly: new Compartment(),
  label: new Compartment(),
  theme: new Compartment(),
  /** Filled once policy-features.ts is in: see {@link loadFeatures}. */
  features: new Compartment(),
  /** The JSON colours (they follow the theme), also from policy-features.ts. */
  syntax: new Compartment(),
}

type Features = typeof import('./policy-features')

/** The features module once loaded (one import for every editor of the page). */
let loaded: Features | undefined

/**
 * Loads the features ahead of the editor (the pane does, while it shows its preview of the text): an editor made after
 * has them from its first paint, so its lines are drawn once, not again a moment later. Never rejects: without them
 * the editor loads them itself after its first paint.
 */
export async function preloadFeatures(): Promise<void> {
  loaded = await import('./policy-features').catch(() => loaded)
}

/**
 * Loads the features into each editor view after it first paints. A view destroyed meanwhile is left alone; a failed
 * import (offline without the file cached) leaves the plain editor, which still edits and saves the text.
 */
function loadFeatures(engine: PolicyFeatureEngine): Extension {
  return ViewPlugin.define((view) => {
    let live = true
    // After the view's first paint, so the editor shows before its features load.
    void afterPaint().then(() => {
      import('./policy-features')
        .then((features) => {
          loaded = features
          if (!live) return
          const dark = view.state.facet(EditorView.darkTheme)
          view.dispatch({
            effects: [
              compartments.features.reconfigure(features.policyFeatures(engine)),
              compartments.syntax.reconfigure(features.syntaxColors(dark)),
            ],
          })
        })
        .catch(() => {})
    })
    return {
      destroy() {
        live = false
      },
    }
  })
}

const readOnly = (on: boolean): Extension => [
  EditorState.readOnly.of(on),
  EditorView.contentAttributes.of({ 'aria-readonly': String(on) }),
]

/** CodeMirror's own words (the lint panel, search, folding) in the page's language. */
function editorPhrases(): Extension {
  return EditorState.phrases.of({
    Completions: t('editor.cm.completions'),
    'Control character': t('editor.cm.controlCharacter'),
    Diagnostics: t('editor.cm.diagnostics'),
    'No diagnostics': t('editor.cm.noDiagnostics'),
    close: t('editor.cm.close'),
    Find: t('editor.cm.find'),
    Replace: t('editor.cm.replaceField'),
    next: t('editor.cm.next'),
    previous: t('editor.cm.previous'),
    all: t('editor.cm.all'),
    'match case': t('editor.cm.matchCase'),
    regexp: t('editor.cm.regexp'),
    'by word': t('editor.cm.byWord'),
    replace: t('editor.cm.replace'),
    'replace all': t('editor.cm.replaceAll'),
    'Go to line': t('editor.cm.goToLine'),
    go: t('editor.cm.go'),
    'current match': t('editor.cm.currentMatch'),
    'replaced $ matches': t('editor.cm.replacedMatches'),
    'replaced match on line $': t('editor.cm.replacedMatch'),
    'folded code': t('editor.cm.foldedCode'),
    unfold: t('editor.cm.unfold'),
  })
}

/** The Compartment contents for each setting; the label's follows the page's language, and so do the phrases. */
const parts = {
  config: (s: Pick<PolicyEditorSettings, 'kind' | 'context'>) => policyConfig.of({ kind: s.kind, context: s.context }),
  readonly: (s: Pick<PolicyEditorSettings, 'readonly'>) => readOnly(s.readonly),
  label: (s: Pick<PolicyEditorSettings, 'label'>) => [
    EditorView.contentAttributes.of({ 'aria-label': s.label }),
    editorPhrases(),
  ],
  theme: (s: Pick<PolicyEditorSettings, 'dark'>) => policyTheme(s.dark),
}

/** The effects that move an editor in `state` to new settings: only the parts given and changed are reconfigured. */
export function reconfigure(state: EditorState, settings: Partial<PolicyEditorSettings>): StateEffect<unknown>[] {
  const effects: StateEffect<unknown>[] = []
  const config = state.facet(policyConfig)
  const kind = settings.kind ?? config.kind
  const context = settings.context ?? config.context
  if (kind !== config.kind || context !== config.context) {
    effects.push(compartments.config.reconfigure(parts.config({ kind, context })))
  }
  if (settings.readonly !== undefined && settings.readonly !== state.readOnly) {
    effects.push(compartments.readonly.reconfigure(parts.readonly({ readonly: settings.readonly })))
  }
  if (settings.label !== undefined) effects.push(compartments.label.reconfigure(parts.label({ label: settings.label })))
  if (settings.dark !== undefined) {
    effects.push(compartments.theme.reconfigure(parts.theme({ dark: settings.dark })))
    if (loaded) effects.push(compartments.syntax.reconfigure(loaded.syntaxColors(settings.dark)))
  }
  return effects
}

/** The whole policy editor. Settings left out default to an editable, light identity-policy editor. */
export function policyEditor(options: PolicyEditorOptions = {}): Extension {
  const settings: PolicyEditorSettings = {
    kind: options.kind ?? 'identity',
    context: options.context ?? emptyContext,
    readonly: options.readonly ?? false,
    label: options.label ?? t('editor.label'),
    dark: options.dark ?? false,
  }
  const catalog = options.catalog ?? workerCatalog()
  const engine = { catalog, validate: options.validate ?? validateInWorker, fix: options.fix ?? quickFixesInWorker }
  const { onchange, onformat } = options
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    keymap.of([{ key: 'Shift-Alt-f', run: (view) => (onformat?.(formatDocument(view)), true) }]),
    compartments.features.of(loaded ? loaded.policyFeatures(engine) : reservedGutters),
    drawSelection(),
    highlightActiveLine(),
    compartments.config.of(parts.config(settings)),
    compartments.readonly.of(parts.readonly(settings)),
    compartments.label.of(parts.label(settings)),
    compartments.theme.of(parts.theme(settings)),
    compartments.syntax.of(loaded ? loaded.syntaxColors(settings.dark) : []),
    loaded ? [] : loadFeatures(engine),
    traceHighlight(),
    changeHighlight(),
    EditorView.updateListener.of((u) => {
      if (u.docChanged && !u.transactions.some((tr) => tr.annotation(externalText))) onchange?.(u.state.doc.toString())
    }),
  ]
}

/** Appends a template's statement to the policy in one undoable change; false when the text is not a JSON object. */
export function insertTemplate(view: EditorView, template: StatementTemplate): boolean {
  const edits = insertStatement(view.state.doc.toString(), template, view.state.facet(policyConfig).kind)
  if (!edits || edits.length === 0) return false
  const last = edits.at(-1)!
  view.dispatch({
    changes: edits,
    effects: EditorView.scrollIntoView(last.from, { y: 'center' }),
    userEvent: 'input.template',
  })
  return true
}
