// The validator (in the worker) as a CodeMirror linter; CodeMirror debounces and drops results for outdated text.
import { lintGutter, linter, type Action, type Diagnostic as CmDiagnostic } from '@codemirror/lint'
import type { EditorState, Extension } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import type { Diagnostic, PolicyKind, QuickFix, Severity } from '../../engine/index'
import { word } from '../i18n/index'
import { policyConfig } from './config'
import { renderText } from './render'

const SEVERITY: Record<Severity, CmDiagnostic['severity']> = {
  error: 'error',
  security: 'warning',
  warning: 'warning',
  suggestion: 'info',
}

/** The mark class of security findings: warnings, told apart from other warnings. */
export const SECURITY_MARK = 'cm-lintRange-security'

const clamp = (n: number, min: number, max: number) => Math.min(Math.max(n, min), max)

/** A quick fix as a lint action, named in the page's language; its offsets follow the diagnostic when the text moved. */
function fixAction(fix: QuickFix, anchor: number): Action {
  return {
    name: word(fix.titleText).replaceAll('`', ''),
    apply(view, from) {
      const shift = from - anchor
      const length = view.state.doc.length
      const start = clamp(fix.from + shift, 0, length)
      view.dispatch({
        changes: { from: start, to: clamp(fix.to + shift, start, length), insert: fix.insert },
        userEvent: 'input.quickfix',
      })
    },
  }
}

/**
 * Maps engine diagnostics to CodeMirror's: severities (security findings become warnings with {@link SECURITY_MARK}),
 * message with the help line under it (worded in the page's language), spans clamped to the document (no span: the
 * start), and `fixes[i]` (the quick fixes of `diags[i]`) as actions.
 */
export function toCmDiagnostics(
  diags: readonly Diagnostic[],
  docLength: number,
  fixes: readonly (readonly QuickFix[] | undefined)[] = [],
): CmDiagnostic[] {
  return diags.map((d, i) => {
    const from = clamp(d.span?.from ?? 0, 0, docLength)
    const to = clamp(d.span?.to ?? from, from, docLength)
    const message = word(d.messageText)
    const help = d.helpText && word(d.helpText)
    const out: CmDiagnostic = {
      from,
      to,
      severity: SEVERITY[d.severity],
      source: d.code,
      message: help ? `${message}\n${help}` : message,
      renderMessage: () => {
        const box = document.createElement('div')
        box.appendChild(document.createElement('div')).append(renderText(message))
        if (help) {
          const line = box.appendChild(document.createElement('div'))
          line.className = 'cm-diagnosticHelp'
          line.append(renderText(help))
        }
        return box
      },
    }
    if (d.severity === 'security') out.markClass = SECURITY_MARK
    const actions = fixes[i]?.map((f) => fixAction(f, from))
    if (actions?.length) out.actions = actions
    return out
  })
}

/** Validates a policy (the worker's `validateInWorker` in the app). */
export type PolicyValidator = (text: string, options: { kind: PolicyKind }) => Promise<Diagnostic[]>
/** Computes the quick fixes of each diagnostic (the worker's `quickFixesInWorker` in the app). */
export type QuickFixer = (text: string, diagnostics: Diagnostic[]) => Promise<QuickFix[][]>

/** Lints one state: validates its text as its configured kind, then asks for fixes when something was found. */
export async function lintPolicy(state: EditorState, validate: PolicyValidator, fix: QuickFixer) {
  const text = state.doc.toString()
  try {
    const diags = await validate(text, { kind: state.facet(policyConfig).kind })
    const fixes = diags.length > 0 ? await fix(text, diags).catch(() => []) : []
    return toCmDiagnostics(diags, text.length, fixes)
  } catch {
    return [] // The worker failed; the page reports that elsewhere, and stale marks would mislead.
  }
}

const lintTheme = EditorView.baseTheme({
  [`.${SECURITY_MARK}`]: { backgroundColor: '#f9731622' },
  '.cm-diagnosticHelp': { opacity: '0.8', marginTop: '2px' },
  '.cm-diagnostic code': { fontFamily: 'ui-monospace, monospace' },
})

/** Lints the policy in the worker (300 ms after typing stops) with a gutter; re-lints when the policy kind changes. */
export function policyLinter(validate: PolicyValidator, fix: QuickFixer): Extension {
  return [
    linter((view) => lintPolicy(view.state, validate, fix), {
      delay: 300,
      needsRefresh: (u) => u.startState.facet(policyConfig).kind !== u.state.facet(policyConfig).kind,
    }),
    lintGutter(),
    lintTheme,
  ]
}
