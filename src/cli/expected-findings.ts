// A scenario's expected findings (`expectFindings`) as tests: each checked against the audit's findings, worded
// like a saved request's expectation (what was expected, what the audit reported, and why it differs).
import { checkExpectedFindings, type ExpectedFindingResult, type Finding, type Scenario } from '../engine/index'
import type { TestCase } from './run'

const list = (keys: readonly string[]) => keys.map((k) => `\`${k}\``).join(', ')

/** What the expectation asks, on one line: `privilege-escalation for user/alice (policyVersion)`. */
function asked(r: ExpectedFindingResult): string {
  const { check, principal, techniques, absent } = r.expected
  const which = techniques?.length ? ` (${list(techniques)})` : ''
  return `${absent === true ? 'no ' : ''}${check} finding for ${principal}${which}`
}

/** What the audit reported for the expectation's check and principal. */
function got(r: ExpectedFindingResult): string {
  if (!r.found.length) return 'no such finding'
  const keys = [...new Set(r.found.flatMap((f) => (f.details ?? []).map((d) => d.key)))]
  return keys.length ? `a finding listing ${list(keys)}` : 'a finding'
}

/** Why the expectation failed, one line each. */
function why(r: ExpectedFindingResult): string[] {
  const out: string[] = []
  const details = r.found.flatMap((f) => f.details ?? [])
  if (r.expected.absent === true && r.expected.techniques?.length) {
    if (r.unwanted.length) out.push(`the audit reports ${list(r.unwanted)}, which must not be there`)
    out.push(...details.filter((d) => r.unwanted.includes(d.key)).map((d) => d.text))
  } else if (r.expected.absent === true) {
    if (r.found.length) out.push(`the audit reports it: ${r.found[0]!.title}`, ...details.map((d) => d.text))
  } else if (!r.found.length) {
    out.push(`the audit reports no ${r.expected.check} finding for ${r.expected.principal}`)
  } else if (r.missing.length) {
    out.push(`the finding does not list ${list(r.missing)}`)
  }
  if (r.unknownCheck) out.push(`not a check the audit knows: \`${r.expected.check}\``)
  if (r.unknown.length) out.push(`not a technique the audit knows: ${list(r.unknown)}`)
  return out
}

/** Every expected finding of the scenario as a test, against the findings of one audit run. */
export function expectedFindingCases(scenario: Scenario, findings: readonly Finding[]): TestCase[] {
  return checkExpectedFindings(scenario, findings).map((r) => {
    const what = asked(r)
    const title = r.expected.title
    const name = (typeof title === 'string' ? title : title?.en) || what
    return {
      name,
      ok: r.ok,
      summary: `expected ${what}, got ${got(r)}`,
      details: r.ok ? [] : why(r),
      notes: [],
    }
  })
}
