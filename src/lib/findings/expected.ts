// A scenario's expected findings (`expectFindings`) against the findings the view shows, worded for the page: the
// engine's check (src/engine/audit/expected.ts, also what the CLI runs) with a title and the reasons a line failed.
import { checkExpectedFindings, type ExpectedFindingResult, type Finding, type Scenario } from '../../engine/index'
import { localized, t } from '../i18n/index'

/** One expectation as the view shows it. */
export interface ExpectedLine {
  ok: boolean
  /** The expectation's title in the page's language, or what it asks (check and principal) when it has none. */
  title: string
  /** Why it failed, one sentence each (empty when it holds). */
  why: string[]
}

/** The scenario's expectations against an audit's findings. */
export interface ExpectedSummary {
  passed: number
  total: number
  lines: ExpectedLine[]
}

const list = (keys: readonly string[]) => keys.join(', ')

/** What an expectation without a title asks. */
function asked(r: ExpectedFindingResult): string {
  const { check, principal, absent, techniques } = r.expected
  if (techniques?.length) {
    const keys = list(techniques)
    return t(absent === true ? 'findings.expected.askedWithout' : 'findings.expected.askedWith', {
      check,
      principal,
      keys,
    })
  }
  return t(absent === true ? 'findings.expected.askedAbsent' : 'findings.expected.asked', { check, principal })
}

function why(r: ExpectedFindingResult): string[] {
  const { check, principal, absent, techniques } = r.expected
  const out: string[] = []
  if (absent === true) {
    if (techniques?.length) {
      if (r.unwanted.length) out.push(t('findings.expected.unwanted', { keys: list(r.unwanted) }))
    } else if (r.found.length) out.push(t('findings.expected.present', { check, principal }))
  } else if (!r.found.length) out.push(t('findings.expected.notFound', { check, principal }))
  else if (r.missing.length) out.push(t('findings.expected.missing', { keys: list(r.missing) }))
  if (r.unknownCheck) out.push(t('findings.expected.unknownCheck', { check }))
  if (r.unknown.length) out.push(t('findings.expected.unknownTechnique', { keys: list(r.unknown) }))
  return out
}

/** The expected findings of `scenario` checked against `findings`; undefined when the scenario expects none. */
export function expectedSummary(scenario: Scenario, findings: readonly Finding[]): ExpectedSummary | undefined {
  if (!scenario.expectFindings?.length) return undefined
  const lines = checkExpectedFindings(scenario, findings).map((r) => {
    const title = localized(r.expected.title) || asked(r)
    return { ok: r.ok, title, why: r.ok ? [] : why(r) }
  })
  return { passed: lines.filter((l) => l.ok).length, total: lines.length, lines }
}
