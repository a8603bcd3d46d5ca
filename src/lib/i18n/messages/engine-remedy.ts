// What "what would allow it" proposes, as the engine says it: one sentence per change, what a change touches, and
// why nothing was proposed. English is the engine's own (src/engine/messages/remedy.en.ts, written once); Korean has
// every key. Changes are short imperative phrases, like buttons; `{entity}`, `{node}` and `{policy}` (outside
// backticks) are phrases of the sources' catalog, `{principal}` a `remedy.principal.*` phrase.

import { REMEDY_EN } from '../../../engine/index'

export const en = REMEDY_EN
