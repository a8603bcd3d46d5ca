// What the policy editor adds once it has painted: JSON parsing and colours, folding, bracket help, search, history and
// the standard keys, worker linting with quick fixes, catalog completion and hover. A chunk of its own, loaded by
// policy-language.ts after the editor's first paint, so the page shows the policy without waiting for this code.
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete'
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands'
import { json } from '@codemirror/lang-json'
import { bracketMatching, foldGutter, foldKeymap, indentOnInput } from '@codemirror/language'
import { lintKeymap } from '@codemirror/lint'
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search'
import type { Extension } from '@codemirror/state'
import { keymap } from '@codemirror/view'
import type { EditorCatalog } from './catalog-types'
import { policyCompletion } from './completion'
import { policyHover } from './hover'
import { policyLinter, type PolicyValidator, type QuickFixer } from './lint'

export { syntaxColors } from './syntax-colors'

/** The engine the features ask: the AWS catalog, the validator and the quick fixes. */
export interface PolicyFeatureEngine {
  catalog: EditorCatalog
  validate: PolicyValidator
  fix: QuickFixer
}

/** Everything the editor adds after its first paint (keys in the order the editor has always bound them). */
export function policyFeatures(engine: PolicyFeatureEngine): Extension {
  return [
    foldGutter(),
    history(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    highlightSelectionMatches(),
    keymap.of([
      ...closeBracketsKeymap,
      ...defaultKeymap,
      ...searchKeymap,
      ...historyKeymap,
      ...foldKeymap,
      ...lintKeymap,
      indentWithTab,
    ]),
    json(),
    policyLinter(engine.validate, engine.fix),
    policyCompletion(engine.catalog),
    policyHover(engine.catalog),
  ]
}
