// What every check shares: the scenario with its clock and credential use, and the helpers that build findings.
import { accountOf } from '../scenario/arns'
import type { Scenario } from '../scenario/model'
import { daysBetween } from '../scenario/clock'
import type { LastUses } from '../credentials/last-use'
import type { CheckInfo, Finding, FindingDetail, FindingEntity, FindingFix, MessageParams } from './types'

/** The input of every check. */
export interface AuditContext {
  scenario: Scenario
  /** The audit's "now". */
  now: Date
  /** When each credential was last used by the audit's clock (the model's record or the activity log, the later). */
  lastUse: LastUses
  /** The most simulations the privilege-escalation checks may run. */
  maxSimulations: number
}

/** Fills `{name}` placeholders (unknown ones stay as written). */
export function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole))
}

/** A stable key for an entity, for finding ids. */
export function entityKey(entity: FindingEntity): string {
  return `${entity.kind}/${entity.account ?? ''}/${entity.name}`
}

/** Whole days from `iso` to the audit's now; undefined when `iso` is absent or unreadable. */
export function ageInDays(ctx: AuditContext, iso: string | undefined): number | undefined {
  return daysBetween(iso, ctx.now)
}

/** The entity reference of a user, group or role (with its account). */
export function identityEntity(
  scenario: Scenario,
  kind: 'user' | 'group' | 'role' | 'policy',
  entity: { name: string; account?: string },
): FindingEntity {
  return { kind, name: entity.name, account: accountOf(scenario, entity) }
}

/** The English text and translation keys of one finding. */
export interface FindingText {
  title: string
  explanation: string
  params: MessageParams
  variant?: string
}

/** Builds a finding of `check` about `entities`; `suffix` tells several findings about one entity apart. */
export function makeFinding(
  check: CheckInfo,
  text: FindingText,
  entities: FindingEntity[],
  extra: { suffix?: string; severity?: Finding['severity']; details?: FindingDetail[]; fix?: FindingFix } = {},
): Finding {
  const main = entities[0]
  const id = [check.id, main ? entityKey(main) : '', extra.suffix ?? ''].filter(Boolean).join(':')
  const finding: Finding = {
    id,
    check: check.id,
    severity: extra.severity ?? check.severity,
    title: fill(text.title, text.params),
    explanation: fill(text.explanation, text.params),
    params: text.params,
    entities,
    learnMore: check.learnMore,
  }
  if (text.variant !== undefined) finding.variant = text.variant
  if (extra.details?.length) finding.details = extra.details
  if (extra.fix) finding.fix = extra.fix
  return finding
}

/** One detail line. */
export function detail(key: string, template: string, params: MessageParams): FindingDetail {
  return { key, params, text: fill(template, params) }
}
