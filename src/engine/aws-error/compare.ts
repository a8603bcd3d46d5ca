// AWS's reason beside the playground's answer to the same request: agreeing when both name the same place (an
// explicit deny in the same policy type, or the same policy type allowing nothing), saying how they differ otherwise.
import type { SimulationResult } from '../account/simulate-types'
import type { AwsErrorMessage } from '../messages/aws-error.en'
import { awsErrorMessage } from '../messages/aws-error'
import type { PolicyType, RuleCode } from '../trace/types'
import type { AwsDenyPlace, AwsErrorReport } from './types'

/** What AWS said, what the playground found, and whether they agree. */
export interface AwsComparison {
  /** True when the playground reaches AWS's decision for AWS's reason (for a message without one: it denies too). */
  agrees: boolean
  /** AWS's reason, worded. */
  said: AwsErrorMessage
  /** The playground's word beside it. */
  found: AwsErrorMessage
  /** The message's account is none of the scenario's. */
  note?: AwsErrorMessage
}

// The rules of an implicit deny by the place where nothing allowed (src/engine/trace: the decision rules).
const NO_ALLOW_PLACE: Partial<Record<RuleCode, AwsDenyPlace>> = {
  'no-allow': 'identity',
  'cross-account-identity-no-allow': 'identity',
  'scp-no-allow': 'scp',
  'boundary-no-allow': 'boundary',
  'session-no-allow': 'session',
  'cross-account-resource-no-allow': 'resource',
  'kms-key-policy-no-allow': 'resource',
  'trust-no-allow': 'resource',
  'anonymous-no-allow': 'resource',
}

const place = (p: AwsDenyPlace | PolicyType) => awsErrorMessage(`awsError.place.${p}`)

/** AWS's reason as a sentence. */
function saidOf(report: AwsErrorReport): AwsErrorMessage {
  if (report.reason) {
    const key = report.reason.kind === 'explicit' ? 'awsError.said.explicit' : 'awsError.said.noAllow'
    return awsErrorMessage(key, { place: place(report.reason.place) })
  }
  if (report.unknownPlace) return awsErrorMessage('awsError.said.unknown', { phrase: report.unknownPlace })
  return awsErrorMessage('awsError.said.none')
}

/** The denying statement's policy, as its source phrase ("SCP `DenyOutsideSeoul` attached to OU `Dev`"). */
function denyingSource(result: SimulationResult): AwsErrorMessage {
  const ref = result.trace.decisive[0]
  const source = ref ? result.sources[ref.policyId] : undefined
  const rule = result.trace.rule.text
  if (!ref || !source) return awsErrorMessage('awsError.agrees.rule', { rule })
  return ref.sid
    ? awsErrorMessage('awsError.agrees.denyStatement', { sid: ref.sid, source: source.text })
    : awsErrorMessage('awsError.agrees.deny', { source: source.text })
}

/** The playground's finding beside AWS's reason. */
function foundOf(report: AwsErrorReport, result: SimulationResult): { agrees: boolean; found: AwsErrorMessage } {
  const rule = result.trace.rule.text
  if (result.failure) return { agrees: false, found: awsErrorMessage('awsError.differs.failed') }
  if (result.decision === 'Allow') return { agrees: false, found: awsErrorMessage('awsError.differs.allows') }
  const reason = report.reason
  if (!reason) return { agrees: true, found: awsErrorMessage('awsError.agrees.denied', { rule }) }
  if (reason.place === 'vpce') return { agrees: false, found: awsErrorMessage('awsError.differs.vpce') }
  const deniedType = result.trace.rule.code === 'explicit-deny' ? result.trace.rule.params.type : undefined
  if (reason.kind === 'explicit') {
    if (result.decision !== 'ExplicitDeny') {
      return { agrees: false, found: awsErrorMessage('awsError.differs.noExplicit', { rule }) }
    }
    if (deniedType === reason.place) return { agrees: true, found: denyingSource(result) }
    const found = deniedType ? place(deniedType) : rule
    return {
      agrees: false,
      found: awsErrorMessage('awsError.differs.otherDeny', { found, place: place(reason.place), rule }),
    }
  }
  if (result.decision === 'ExplicitDeny') {
    return { agrees: false, found: awsErrorMessage('awsError.differs.explicitInstead', { rule }) }
  }
  const agrees = NO_ALLOW_PLACE[result.trace.rule.code] === reason.place
  return { agrees, found: awsErrorMessage(agrees ? 'awsError.agrees.rule' : 'awsError.differs.otherNoAllow', { rule }) }
}

/** Compares AWS's refusal with the playground's answer to the request it names; `accounts` are the scenario's. */
export function compareWithAws(
  report: AwsErrorReport,
  result: SimulationResult,
  accounts: readonly string[] = [],
): AwsComparison {
  const comparison: AwsComparison = { said: saidOf(report), ...foundOf(report, result) }
  if (report.account && accounts.length > 0 && !accounts.includes(report.account)) {
    comparison.note = awsErrorMessage('awsError.accountNote', {
      account: report.account,
      scenario: accounts.join(', '),
    })
  }
  return comparison
}
