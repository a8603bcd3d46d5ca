// A finding in the person's language: the audit engine names the message of each text, with its parameters; these
// helpers look the message up (an unknown key is worded as `word` words it: shown as itself).
import type { CheckId, Finding, FindingDetail, FindingEntity, FindingFix, FindingSeverity } from '../../engine/index'
import { t, word, type MessageKey } from '../i18n/index'
import { en } from '../i18n/messages/findings'

/** The message key when the catalog has it. */
function known(key: string): MessageKey | undefined {
  return key in en ? (key as MessageKey) : undefined
}

/** The message key of a finding's title or explanation (`findings.check.CHECK[.VARIANT].title`). */
export function findingKey(finding: Pick<Finding, 'check' | 'variant'>, part: 'title' | 'explanation'): string {
  const variant = finding.variant === undefined ? '' : `.${finding.variant}`
  return `findings.check.${finding.check}${variant}.${part}`
}

/** The finding's title. */
export function findingTitle(finding: Finding): string {
  const key = known(findingKey(finding, 'title'))
  return key ? t(key, finding.params) : word(finding.titleText)
}

/** The finding's explanation. */
export function findingExplanation(finding: Finding): string {
  const key = known(findingKey(finding, 'explanation'))
  return key ? t(key, finding.params) : word(finding.explanationText)
}

/** One detail line. */
export function detailText(detail: FindingDetail): string {
  const key = known(`findings.detail.${detail.key}`)
  return key ? t(key, detail.params) : word(detail.message)
}

/** The label of a fix's button. */
export function fixLabel(fix: FindingFix): string {
  const key = known(`findings.fix.${fix.kind}`)
  return key ? t(key, fix.params) : word(fix.labelText)
}

/** What a check looks for. */
export function checkAbout(check: CheckId): string {
  return word({ key: `findings.check.${check}.about` })
}

/** The name of a severity. */
export function severityName(severity: FindingSeverity): string {
  return t(`findings.severity.${severity}`)
}

/** An entity as the person reads it: `User alice`, `Root user (111122223333)`, `Account 111122223333`. */
export function entityText(entity: FindingEntity, home: string | undefined): string {
  const elsewhere = entity.account !== undefined && entity.account !== home
  if (entity.kind === 'root') return `${t('findings.entity.root')}${elsewhere ? ` (${entity.account})` : ''}`
  if (entity.kind === 'account') return `${t('findings.entity.account')} ${entity.name}`
  const kind = t(`account.kind.${entity.kind}`)
  return `${kind} ${entity.name}${elsewhere && entity.kind !== 'resource' ? ` (${entity.account})` : ''}`
}
