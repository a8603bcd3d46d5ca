// The findings feature's strings. English is the source of truth; Korean has every key.
// The `findings.check.*`, `findings.detail.*` and `findings.fix.*` texts are the audit engine's own English
// (src/engine/messages/findings.en.ts, written once), here in Korean too.

import { FINDINGS_EN } from '../../../engine/index'

export const en = {
  'findings.heading': 'Findings',
  'findings.intro':
    'Checks in the spirit of AWS Config managed rules and well-known audit tools: credentials, password policy, trust policies, broad grants, privilege escalation and hard-coded secrets.',
  'findings.running': 'Auditing the account…',
  'findings.failed': 'The audit failed: {detail}',
  'findings.progress': 'Checking privilege escalation in the engine worker: {done} of {total} principals',
  'findings.progressLabel': 'Principals checked for privilege escalation',
  'findings.cancel': 'Cancel',
  'findings.cancelled':
    'Cancelled: privilege escalation was checked for {done} of {total} principals; the findings below are those found until then.',
  'findings.none': 'No findings: this account follows every practice checked here.',
  'findings.noneFiltered': 'No findings match the filters.',
  'findings.counts': 'Findings by severity',
  'findings.total': '{n} findings',
  'findings.filterSeverity': 'Severity',
  'findings.filterCheck': 'Check',
  'findings.all': 'All',
  'findings.allChecks': 'All checks',
  'findings.showing': 'Showing {shown} of {total}',
  'findings.list': 'Findings',
  'findings.entities': 'Affected',
  'findings.learnMore': 'Learn more',
  'findings.learnMoreLabel': 'Learn more about this check in the AWS documentation (opens a new tab)',
  'findings.fix': 'Fix',
  'findings.fixLabel': 'Fix: {label}',
  'findings.fixed': 'Fixed: {label}. Undo brings it back.',
  'findings.fixStale': 'This fix no longer applies: the account changed.',
  'findings.showEntity': 'Show {name} in the playground',
  'findings.entity.account': 'Account',
  'findings.entity.root': 'Root user',
  'findings.beside': 'Findings',
  'findings.besideNone': 'No findings name this entity.',
  'findings.besideMore': 'See all findings',
  'findings.severity.critical': 'Critical',
  'findings.severity.high': 'High',
  'findings.severity.medium': 'Medium',
  'findings.severity.low': 'Low',
  'findings.severityCount': '{severity}: {n}',
  'findings.steps': 'Steps of this path: {path}',
  'findings.step.context': 'with {keys}',
  'findings.step.open': 'Open in playground',
  'findings.step.openLabel': 'Open step {n} in the playground: {step}',
  'findings.showPath': 'Show in graph',
  'findings.showPathLabel': 'Show this path in the graph: {path}',
  ...FINDINGS_EN,
} as const
