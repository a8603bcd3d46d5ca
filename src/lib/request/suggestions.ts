// The answer's warnings about names the scenario does not have, and taking one of their suggestions into the form.
import type { SimulationResult, SimulationWarning } from '../../engine/index'
import type { RequestDraft } from './draft'

/** The warnings of the answer and of every answer of a batch, each once (a batch repeats the principal's). */
export function answerWarnings(
  result: SimulationResult | undefined,
  batch: readonly { result: SimulationResult }[] = [],
): SimulationWarning[] {
  const seen = new Set<string>()
  const out: SimulationWarning[] = []
  for (const r of [result, ...batch.map((b) => b.result)]) {
    for (const w of r?.warnings ?? []) {
      const key = `${w.code} ${w.arn}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push(w)
    }
  }
  return out
}

const IAM_ARN = /^arn:[^:]+:(?:iam|sts)::(\d{12}):(.+)$/

/** A suggestion as its button names it: an IAM or STS ARN by its kind, path and name (`user/contractors/joon`). */
export function suggestionLabel(arn: string): string {
  return IAM_ARN.exec(arn)?.[2] ?? arn
}

/**
 * The form change that takes `suggestion` for the warning's principal or resource. A principal typed as a short
 * reference stays short when the suggestion is in the default account (`user/contractors/joon`); the resource line
 * that named the missing resource is replaced (every such line of a batch).
 */
export function takeSuggestion(
  draft: RequestDraft,
  warning: SimulationWarning,
  suggestion: string,
  defaultAccount: string | undefined,
): Partial<RequestDraft> {
  if (warning.code === 'unknown-principal') {
    const m = IAM_ARN.exec(suggestion)
    const short = !draft.principal.trim().startsWith('arn:') && m !== null && m[1] === defaultAccount
    return { principal: short ? m[2]! : suggestion }
  }
  const named = draft.resources.some((line) => line.trim() === warning.arn)
  if (named) return { resources: draft.resources.map((line) => (line.trim() === warning.arn ? suggestion : line)) }
  // The form changed since the answer: one resource is still the one meant; among several, none is sure.
  return draft.resources.length === 1 ? { resources: [suggestion] } : {}
}
