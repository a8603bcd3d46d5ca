// The order findings are listed in: apart from the checks themselves, so the page can put the parts of an audit
// run in steps together without loading the simulator.
import { AUDIT_CHECKS } from './checks'
import { FINDING_SEVERITIES, type CheckId, type Finding } from './types'

const ORDER = new Map<CheckId, number>(AUDIT_CHECKS.map((c, i) => [c.id, i]))

/**
 * Findings most severe first, then in check order, else in the order given: the order of `auditScenario`'s answer,
 * also for the parts of an audit run in steps, put together in order.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => FINDING_SEVERITIES.indexOf(f.severity) * 100 + (ORDER.get(f.check) ?? 99)
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f)
}
