// What the engine says about an answer: the trace (each element, condition and statement, each policy type) and the
// decision rules with the flowchart's no-allow sentences. English is the engine's own (src/engine/messages/trace.en.ts
// and rules.en.ts, written once); Korean has every key. `{type}`, `{how}`, `{reason}` and `{error}` are phrases or
// sentences of this catalog; `{patterns}`, `{values}` and `{request}` are lists of code.

import { RULES_EN } from '../../../engine/index'
import { TRACE_EN } from '../../../engine/index'

export const en = { ...TRACE_EN, ...RULES_EN } as const
