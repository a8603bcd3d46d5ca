// Checks of what identity policies grant: every action on every resource (AWS Config
// `iam-policy-no-statements-with-admin-access`) and `iam:PassRole` on every role.
import { type AuditContext, detail, makeFinding } from './context'
import {
  actionCoverage,
  attachments,
  conditionKeys,
  grantsAction,
  grantsEvery,
  identityPolicies,
  parsedPolicy,
  resourceCoverage,
  statementLabel,
  type PolicyAt,
} from './policies'
import type { Finding, FindingDetail, FindingEntity } from './types'
import { policyArn } from '../scenario/arns'
import { ADMIN_ACCESS, PASSROLE_ANY } from './checks'

/** The entities of a policy finding: the holder, then (for a managed policy) what it is attached to. */
function policyEntities(ctx: AuditContext, at: PolicyAt, attached: Map<string, FindingEntity[]>): FindingEntity[] {
  if (at.where !== 'managed') return [at.holder]
  const arn = policyArn(ctx.scenario, { name: at.holder.name, account: at.account, versions: [] })
  return [at.holder, ...(attached.get(arn) ?? [])]
}

/**
 * `admin-access`: an `Allow` statement of an identity policy in force grants every action on every resource. A plain
 * `Action: "*"`, `Resource: "*"` without conditions is high; the same reached with `NotAction`/`NotResource` (all
 * but some) or under conditions is medium: nearly as broad, or only when the conditions hold.
 */
export function adminAccess(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  const attached = attachments(ctx.scenario)
  for (const at of identityPolicies(ctx.scenario)) {
    const policy = parsedPolicy(at.body, 'identity')
    if (policy.invalid) continue // AWS rejects it: it grants nothing.
    const details: FindingDetail[] = []
    let full = false
    for (const s of policy.statements) {
      if (s.effect !== 'Allow') continue
      const actions = actionCoverage(s)
      const resources = resourceCoverage(s)
      if (actions === 'some' || resources === 'some') continue
      const statement = statementLabel(s)
      if (actions === 'all' && resources === 'all') {
        details.push(detail('everyAction', { statement }))
      } else if (actions === 'allBut' && resources === 'all') {
        const except = (s.notAction ?? []).map((a) => a.value).join(', ')
        details.push(detail('allButActions', { statement, except }))
      } else {
        const except = (s.notResource ?? []).map((r) => r.value).join(', ')
        details.push(
          detail('allButResources', {
            statement,
            except,
          }),
        )
      }
      if (s.conditions.length > 0) {
        const keys = s.conditions.map((c) => c.key).join(', ')
        details.push(detail('onlyIf', { statement, keys }))
      } else if (actions === 'all' && resources === 'all') full = true
    }
    if (details.length === 0) continue
    out.push(
      makeFinding(
        ADMIN_ACCESS,
        {
          params: { policy: at.name },
          ...(full ? {} : { variant: 'partial' }),
        },
        policyEntities(ctx, at, attached),
        {
          severity: full ? 'high' : 'medium',
          details,
          ...(at.where === 'inline' ? { suffix: `inline/${at.name}` } : {}),
        },
      ),
    )
  }
  return out
}

/** True when the statement is already reported by `admin-access` (every action on every resource). */
function isAdminStatement(s: Parameters<typeof actionCoverage>[0]): boolean {
  return actionCoverage(s) !== 'some' && resourceCoverage(s) !== 'some'
}

/**
 * `passrole-any`: an `Allow` statement grants `iam:PassRole` on every role of the policy's account (`Resource: "*"`,
 * `arn:aws:iam::*:role/*`, ...). Statements that `admin-access` reports are left to it. Scoped with an
 * `iam:PassedToService` condition it is medium (the services are limited, the roles are not); else high.
 */
export function passRoleAny(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  const attached = attachments(ctx.scenario)
  for (const at of identityPolicies(ctx.scenario)) {
    const policy = parsedPolicy(at.body, 'identity')
    if (policy.invalid) continue
    const details: FindingDetail[] = []
    let unscoped = false
    for (const s of policy.statements) {
      if (s.effect !== 'Allow' || isAdminStatement(s)) continue
      if (!grantsAction(s, 'iam:PassRole') || !grantsEvery(s, `arn:aws:iam::${at.account}:role/*`)) continue
      const statement = statementLabel(s)
      const scoped = conditionKeys(s).includes('iam:passedtoservice')
      if (scoped) {
        details.push(detail('passRoleScoped', { statement }))
      } else {
        unscoped = true
        details.push(detail('passRole', { statement }))
      }
    }
    if (details.length === 0) continue
    out.push(
      makeFinding(
        PASSROLE_ANY,
        {
          params: { policy: at.name },
        },
        policyEntities(ctx, at, attached),
        {
          severity: unscoped ? 'high' : 'medium',
          details,
          ...(at.where === 'inline' ? { suffix: `inline/${at.name}` } : {}),
        },
      ),
    )
  }
  return out
}
