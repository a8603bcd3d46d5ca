// Why a request got its decision, in the engine's English: the rule that decided, the statements that decided it
// and, when nothing decided by a statement, the policy types that did not allow.
import { english, type SimulationResult, type StatementRef, type StatementTrace } from '../engine/index'

/** The trace of the statement `ref` points at. */
function statementOf(result: SimulationResult, ref: StatementRef): StatementTrace | undefined {
  for (const type of result.trace.policyTypes) {
    for (const policy of type.policies) {
      if (policy.id !== ref.policyId) continue
      return policy.statements.find((s) => s.ref.index === ref.index)
    }
  }
  return undefined
}

/** "statement `Sid`" or "statement 2" (1-based, as people count). */
function statementName(ref: StatementRef): string {
  return ref.sid ? `statement \`${ref.sid}\`` : `statement ${ref.index + 1}`
}

/** Lines that say why the request got its decision, most telling first. */
export function whyLines(result: SimulationResult): string[] {
  const { trace } = result
  const lines = [english(trace.rule.text)]
  // The guardrails' allows (SCPs, RCPs: usually FullAWSAccess) after the statements that granted or denied.
  const guardrail = (ref: StatementRef) => (ref.type === 'scp' || ref.type === 'rcp' ? 1 : 0)
  for (const ref of [...trace.decisive].sort((a, b) => guardrail(a) - guardrail(b))) {
    const source = result.sources[ref.policyId]
    const policy = source ? source.label : (ref.policyName ?? ref.policyId)
    const statement = statementOf(result, ref)
    lines.push(`${policy}, ${statementName(ref)}${statement ? `: ${english(statement.text)}` : ''}`)
  }
  if (trace.decisive.length === 0) {
    for (const type of trace.policyTypes) {
      if (type.verdict === 'Allow' || type.verdict === 'NotApplicable') continue
      lines.push(`${english(type.labelText)}: ${english(type.noteText)}`)
    }
  }
  return lines
}
