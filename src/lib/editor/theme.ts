// Light and dark editor themes on the page's colour variables (src/app.css); the JSON colours are in syntax-colors.ts.
import type { Extension } from '@codemirror/state'
import { EditorView } from '@codemirror/view'

const base = {
  '&': { backgroundColor: 'var(--surface, inherit)', color: 'var(--text, inherit)', fontSize: '0.9rem' },
  '.cm-content': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
  '.cm-gutters': { backgroundColor: 'var(--code-bg, inherit)', color: 'var(--muted, inherit)', border: 'none' },
  '&.cm-focused': { outline: '2px solid #0969da', outlineOffset: '-1px' },
  '.cm-tooltip code': { fontSize: '0.85em' },
}

/** The editor's colours for a light or a dark page; swap them through a Compartment when the scheme changes. */
export function policyTheme(dark: boolean): Extension {
  return [
    EditorView.theme(
      {
        ...base,
        '.cm-cursor': { borderLeftColor: dark ? '#e6edf3' : '#1b1f24' },
        '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': {
          backgroundColor: dark ? '#264f78' : '#b6d7ff',
        },
      },
      { dark },
    ),
  ]
}
