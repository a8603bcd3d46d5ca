// Checks of role trust policies: open to everyone, open to another account without an external ID or MFA, and
// trusting a service without `aws:SourceAccount`/`aws:SourceArn` (the confused deputy). Service-linked roles are
// AWS's own and left out.
import { accountOf, isServiceLinked } from '../scenario/arns'
import type { Role } from '../scenario/model'
import type { ConditionTest, Statement } from '../policy/model'
import { type AuditContext, detail, identityEntity, makeFinding } from './context'
import { grantsAction, parsedPolicy, statementLabel } from './policies'
import type { Finding, FindingDetail } from './types'
import { TRUST_OPEN, TRUST_CROSS_ACCOUNT, TRUST_SERVICE_SOURCE } from './checks'

/** Condition keys that narrow "anyone" down to known principals or sources. */
const NARROWING = new Set([
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:userid',
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
])

const SOURCE_KEYS = new Set(['aws:sourceaccount', 'aws:sourcearn', 'aws:sourceorgid', 'aws:sourceorgpaths'])

/** A test that can only pass for the values it names: not a negated operator, not `Null`. */
function positive(c: ConditionTest): boolean {
  const op = c.operator.toLowerCase()
  return !op.includes('not') && !op.startsWith('null')
}

/** The Allow statements of a role's trust policy that grant some `sts:AssumeRole*` action. */
function trustStatements(role: Role): Statement[] {
  const policy = parsedPolicy(role.trustPolicy, 'trust')
  if (policy.invalid) return []
  return policy.statements.filter(
    (s) =>
      s.effect === 'Allow' &&
      ['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML'].some((a) => grantsAction(s, a)),
  )
}

const auditedRoles = (ctx: AuditContext): Role[] => (ctx.scenario.roles ?? []).filter((r) => !isServiceLinked(r))

/**
 * `trust-open`: a statement with `Principal: "*"` (or `{"AWS": "*"}`), or an `Allow` with `NotPrincipal` (everyone
 * not listed), and no condition narrowing it to known principals (`aws:PrincipalOrgID`, `aws:PrincipalArn`,
 * `aws:SourceAccount`, ...; an external ID is not enough: it is not a secret). Critical without any condition, high
 * with conditions that do not narrow the principal (MFA, IP, time: any AWS account's principals still qualify).
 */
export function trustOpen(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  for (const role of auditedRoles(ctx)) {
    const open = trustStatements(role).filter((s) => {
      const anyone = s.notPrincipal !== undefined || s.principal?.any === true
      const star = s.principal?.entries.some((e) => e.type === 'AWS' && e.value === '*') ?? false
      return (anyone || star) && !s.conditions.some((c) => NARROWING.has(c.key.toLowerCase()) && positive(c))
    })
    if (open.length === 0) continue
    const account = accountOf(ctx.scenario, role)
    const bare = open.some((s) => s.conditions.length === 0)
    out.push(
      makeFinding(
        TRUST_OPEN,
        {
          params: { role: role.name },
        },
        [identityEntity(ctx.scenario, 'role', role)],
        {
          severity: bare ? 'critical' : 'high',
          details: open.map((s) =>
            detail(s.conditions.length ? 'openWithConditions' : 'open', {
              statement: statementLabel(s),
            }),
          ),
          fix: {
            kind: 'trust-own-account',
            role: role.name,
            account,
            statements: open.map((s) => s.index),
          },
        },
      ),
    )
  }
  return out
}

/** The account an AWS principal entry names (12 digits or an IAM/STS ARN), if any. */
function principalAccount(value: string): string | undefined {
  return /^(\d{12})$/.exec(value)?.[1] ?? /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(value)?.[1]
}

/** True when the statement requires an external ID or MFA. */
function requiresExternalIdOrMfa(s: Statement): boolean {
  return s.conditions.some((c) => {
    const key = c.key.toLowerCase()
    const op = c.operator.toLowerCase()
    if (key === 'sts:externalid') return positive(c)
    if (key === 'aws:multifactorauthpresent') return op === 'bool' && c.values.some((v) => v.value === 'true')
    // An age limit without IfExists fails when there was no MFA sign-in (the key is then absent).
    if (key === 'aws:multifactorauthage') return op.startsWith('numericless')
    return false
  })
}

/**
 * `trust-cross-account`: a statement allowing `sts:AssumeRole` to a principal of another account (its root, a user
 * or a role) without requiring `sts:ExternalId` or MFA (`Bool aws:MultiFactorAuthPresent "true"`, or a
 * `NumericLessThan` on `aws:MultiFactorAuthAge`; `BoolIfExists` passes requests that carry no MFA key at all).
 */
export function trustCrossAccount(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  for (const role of auditedRoles(ctx)) {
    const own = accountOf(ctx.scenario, role)
    const details: FindingDetail[] = []
    const statements: number[] = []
    for (const s of trustStatements(role)) {
      if (!grantsAction(s, 'sts:AssumeRole') || requiresExternalIdOrMfa(s)) continue
      const others = [
        ...new Set(
          (s.principal?.entries ?? [])
            .filter((e) => e.type === 'AWS')
            .map((e) => principalAccount(e.value))
            .filter((a): a is string => a !== undefined && a !== own),
        ),
      ]
      if (others.length === 0) continue
      statements.push(s.index)
      details.push(
        detail('otherAccounts', {
          statement: statementLabel(s),
          accounts: others.join(', '),
        }),
      )
    }
    if (statements.length === 0) continue
    out.push(
      makeFinding(
        TRUST_CROSS_ACCOUNT,
        {
          params: { role: role.name },
        },
        [identityEntity(ctx.scenario, 'role', role)],
        {
          details,
          fix: { kind: 'trust-require-mfa', role: role.name, account: own, statements },
        },
      ),
    )
  }
  return out
}

/**
 * `trust-service-source`: a statement allowing an AWS service principal to assume the role without an
 * `aws:SourceAccount`, `aws:SourceArn`, `aws:SourceOrgID` or `aws:SourceOrgPaths` condition. No one-click fix: not
 * every service sends these keys when it assumes a role, and a condition on a missing key locks the service out.
 */
export function trustServiceSource(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  for (const role of auditedRoles(ctx)) {
    const services = new Set<string>()
    for (const s of trustStatements(role)) {
      if (s.conditions.some((c) => SOURCE_KEYS.has(c.key.toLowerCase()) && positive(c))) continue
      for (const e of s.principal?.entries ?? []) if (e.type === 'Service') services.add(e.value)
    }
    if (services.size === 0) continue
    const list = [...services].join(', ')
    out.push(
      makeFinding(
        TRUST_SERVICE_SOURCE,
        {
          params: { role: role.name, services: list },
        },
        [identityEntity(ctx.scenario, 'role', role)],
      ),
    )
  }
  return out
}
