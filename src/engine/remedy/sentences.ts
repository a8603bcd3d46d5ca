// The sentence of each remedy change: a message the app words in the reader's language, and its English (plain, as
// the Node API has always given it: "Tag user ara with team = beta").
import type { EngineMessage, MessageParam } from '../messages/message'
import { plainEnglish } from '../messages/plain'
import { remedyMessage } from '../messages/remedy'
import type { RemedyChange, RemedyKind, RemedyOp } from './types'

/** The params in plain English (phrases worded, numbers as text), as `RemedyChange.params` has them. */
function plainParams(params: Readonly<Record<string, MessageParam>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'object' ? plainEnglish(value) : String(value),
    ]),
  )
}

/**
 * Builds a change from its operation and the values its sentence names (text, or phrases such as the policy or
 * the entity it touches), and what it touches (`target`, a phrase).
 */
export function makeChange(
  kind: RemedyKind,
  op: RemedyOp,
  params: Readonly<Record<string, MessageParam>>,
  target: EngineMessage<RemedyChange['targetText']['key']>,
  preview: string,
  breadth: number,
): RemedyChange {
  const text = remedyMessage(`remedy.op.${op}`, params)
  return {
    kind,
    op,
    params: plainParams(params),
    text,
    summary: plainEnglish(text),
    target: plainEnglish(target),
    targetText: target,
    preview,
    breadth,
  }
}
