// What every check shares: the scenario with its clock and credential use, and the helpers that build findings.
import { accountOf } from '../scenario/arns'
import type { Scenario } from '../scenario/model'
import { daysBetween } from '../scenario/clock'
import type { LastUses } from '../credentials/last-use'
import { englishField } from '../messages/english-fields'
import { message } from '../messages/message'
import type {
  CheckId,
  CheckInfo,
  Finding,
  FindingDetail,
  FindingEntity,
  FindingFix,
  FixAction,
  MessageParams,
} from './types'

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

/** The parameters of a finding's title and explanation, and the variant that picks their messages. */
export interface FindingText {
  params: MessageParams
  variant?: string
}

/** What a check looks for, in English: its `findings.check.CHECK.about` message. */
export function aboutOf(check: CheckId): string {
  return englishField(message(`findings.check.${check}.about`))
}

/** A fix with its label (`findings.fix.KIND`, with the fix's params). */
function withLabel(fix: FixAction): FindingFix {
  const labelText = message(`findings.fix.${fix.kind}`, fix.params)
  return { ...fix, label: englishField(labelText), labelText }
}

/** Builds a finding of `check` about `entities`; `suffix` tells several findings about one entity apart. */
export function makeFinding(
  check: CheckInfo,
  text: FindingText,
  entities: FindingEntity[],
  extra: { suffix?: string; severity?: Finding['severity']; details?: FindingDetail[]; fix?: FixAction } = {},
): Finding {
  const main = entities[0]
  const id = [check.id, main ? entityKey(main) : '', extra.suffix ?? ''].filter(Boolean).join(':')
  const prefix = `findings.check.${check.id}${text.variant === undefined ? '' : `.${text.variant}`}`
  const titleText = message(`${prefix}.title`, text.params)
  const explanationText = message(`${prefix}.explanation`, text.params)
  const finding: Finding = {
    id,
    check: check.id,
    severity: extra.severity ?? check.severity,
    title: englishField(titleText),
    explanation: englishField(explanationText),
    titleText,
    explanationText,
    params: text.params,
    entities,
    learnMore: check.learnMore,
  }
  if (text.variant !== undefined) finding.variant = text.variant
  if (extra.details?.length) finding.details = extra.details
  if (extra.fix) finding.fix = withLabel(extra.fix)
  return finding
}

/** One detail line: the message `findings.detail.KEY`. */
export function detail(key: string, params: MessageParams): FindingDetail {
  const said = message(`findings.detail.${key}`, params)
  return { key, params, text: englishField(said), message: said }
}
