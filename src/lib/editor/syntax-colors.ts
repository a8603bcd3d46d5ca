// The JSON colours of the editor (GitHub-like), light or dark; they need the parser, so they load with the features.
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language'
import type { Extension } from '@codemirror/state'
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

/** The syntax colours for a light or a dark page. */
export function syntaxColors(dark: boolean): Extension {
  return syntaxHighlighting(dark ? styles.dark : styles.light)
}
