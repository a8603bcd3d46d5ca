// Light and dark editor themes on the page's colour variables (src/app.css), with GitHub-like JSON colours.
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language'
import type { Extension } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { tags } from '@lezer/highlight'

const palette = {
  light: { property: '#0550ae', string: '#0a3069', number: '#953800', literal: '#cf222e', punctuation: '#57606a' },
  dark: { property: '#79c0ff', string: '#a5d6ff', number: '#ffa657', literal: '#ff7b72', punctuation: '#9198a1' },
}

function highlight(colors: (typeof palette)['light']) {
  return HighlightStyle.define([
    { tag: tags.propertyName, color: colors.property },
    { tag: tags.string, color: colors.string },
    { tag: tags.number, color: colors.number },
    { tag: [tags.bool, tags.null], color: colors.literal },
    { tag: [tags.separator, tags.brace, tags.squareBracket], color: colors.punctuation },
  ])
}

const styles = { light: highlight(palette.light), dark: highlight(palette.dark) }

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
    syntaxHighlighting(dark ? styles.dark : styles.light),
  ]
}
