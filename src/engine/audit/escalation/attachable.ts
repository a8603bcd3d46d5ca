// Which managed policy an attach would attach. AdministratorAccess first; but an `iam:PolicyARN` condition that
// excludes it (`ArnNotEquals`, say) still lets the principal attach any other managed policy the condition allows
// (IAM User Guide: the key filters by the ARN of the policy in the request), so the others are tried too: the
// bundled AWS managed policies (PowerUserAccess, IAMFullAccess…), the scenario's copies of AWS managed ones, and the
// customer managed policies of the account.
import { accountOf, policyArn } from '../../scenario/arns'
import { awsManagedPolicies } from '../../scenario/aws-managed'
import { isAwsManagedCopy, type Scenario } from '../../scenario/model'
import { ADMIN_POLICY_ARN } from '../power'
import type { ActorContext } from './technique'

/** One way to grant: the action, and for an attach the managed policy's ARN (AdministratorAccess, or another). */
export interface Way {
  action: string
  /** The attached policy's ARN; none for a put (an inline policy that allows everything). */
  policy?: string
}

const candidates = new WeakMap<Scenario, Map<string, string[]>>()

/** The managed policies other than AdministratorAccess an identity of `account` could be given, by ARN. */
function others(scenario: Scenario, account: string): string[] {
  let byAccount = candidates.get(scenario)
  if (!byAccount) candidates.set(scenario, (byAccount = new Map()))
  let arns = byAccount.get(account)
  if (!arns) {
    const policies = scenario.policies ?? []
    const copies = policies.filter(isAwsManagedCopy).map((p) => policyArn(scenario, p))
    const customer = policies
      .filter((p) => !isAwsManagedCopy(p) && accountOf(scenario, p) === account)
      .map((p) => policyArn(scenario, p))
    const all = [...awsManagedPolicies().map((p) => p.arn), ...copies, ...customer]
    arns = [...new Set(all)].filter((arn) => arn !== ADMIN_POLICY_ARN)
    byAccount.set(account, arns)
  }
  return arns
}

/**
 * The ways the actor may grant the identity `arn` permissions, best first: attaching AdministratorAccess, putting an
 * inline policy that allows everything, and only when neither is allowed and some policy that applies reads
 * `iam:PolicyARN`, attaching each other managed policy the actor may attach (lazily: the caller stops at the first
 * that gains).
 */
export function* ways(ctx: ActorContext, arn: string, [attach, put]: readonly [string, string]): Generator<Way> {
  if (ctx.may(attach, arn, { 'iam:PolicyARN': ADMIN_POLICY_ARN })) {
    yield { action: attach, policy: ADMIN_POLICY_ARN }
    return
  }
  if (ctx.may(put, arn)) {
    yield { action: put }
    return
  }
  if (!ctx.mentions(attach) || !ctx.search.readsPolicyArn(ctx.actor)) return
  for (const policy of others(ctx.scenario, ctx.account))
    if (ctx.may(attach, arn, { 'iam:PolicyARN': policy })) yield { action: attach, policy }
}
