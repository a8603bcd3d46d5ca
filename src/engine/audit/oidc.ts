// `trust-oidc-subject`: a role that trusts an OIDC provider for `AssumeRoleWithWebIdentity` without pinning whose
// token it accepts. For GitHub Actions every repository on GitHub gets tokens from the same issuer, so a trust policy
// without `token.actions.githubusercontent.com:sub`, or with a wildcard over owners or repositories (`repo:*`,
// `repo:octo-org/*`), lets other people's workflows assume the role; without `:aud` a token meant for another
// application is accepted too.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub
// https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services
import { isServiceLinked } from '../scenario/arns'
import type { ConditionTest, Statement } from '../policy/model'
import { type AuditContext, detail, identityEntity, makeFinding } from './context'
import { grantsAction, parsedPolicy, statementLabel } from './policies'
import type { Finding, FindingDetail } from './types'
import { TRUST_OIDC_SUBJECT } from './checks'

const GITHUB = 'token.actions.githubusercontent.com'

/** The OIDC issuer a `Federated` principal names (`arn:…:oidc-provider/ISSUER` or a host); SAML providers are not. */
function issuerOf(value: string): string | undefined {
  const arn = /^arn:[^:]+:iam::\d{12}:oidc-provider\/(.+)$/.exec(value)
  if (arn) return arn[1]
  return value.startsWith('arn:') ? undefined : value
}

/** A test that only passes for the values it names (not negated, not `Null`, not `…IfExists`). */
function pins(c: ConditionTest): boolean {
  const op = c.operator.toLowerCase()
  return !op.includes('not') && !op.startsWith('null') && !op.endsWith('ifexists')
}

const wildcardOperator = (c: ConditionTest) => /stringlike$/i.test(c.operator)

/**
 * True when a `sub` value matches tokens of any owner or repository: `*`, `repo:*`, `repo:octo-org/*`; for an issuer
 * other than GitHub only a bare `*`. A wildcard after the repository (`repo:octo-org/app:*`, any branch) is narrower
 * and left alone.
 */
function overAllRepositories(issuer: string, value: string): boolean {
  if (/^[*?]+$/.test(value)) return true
  if (issuer.toLowerCase() !== GITHUB) return false
  if (!value.startsWith('repo:')) return /[*?]/.test(value.split(':')[0] ?? '')
  const ownerRepo = value.slice(5).split(':')[0] ?? ''
  return /[*?]/.test(ownerRepo)
}

function problems(s: Statement, issuer: string): FindingDetail[] {
  const statement = statementLabel(s)
  const on = (claim: string) =>
    s.conditions.filter((c) => c.key.toLowerCase() === `${issuer}:${claim}`.toLowerCase() && pins(c))
  const out: FindingDetail[] = []
  const sub = on('sub')
  if (sub.length === 0) out.push(detail('oidcNoSub', { statement, key: `${issuer}:sub` }))
  for (const c of sub) {
    if (!wildcardOperator(c)) continue
    const wide = c.values.map((v) => v.value).filter((v) => overAllRepositories(issuer, v))
    for (const value of wide) out.push(detail('oidcWildcardSub', { statement, key: `${issuer}:sub`, value }))
  }
  if (on('aud').length === 0) out.push(detail('oidcNoAud', { statement, key: `${issuer}:aud` }))
  return out
}

/** `trust-oidc-subject`: one finding per role, a detail line per missing or too wide condition. */
export function trustOidcSubject(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  for (const role of ctx.scenario.roles ?? []) {
    if (isServiceLinked(role)) continue
    const policy = parsedPolicy(role.trustPolicy, 'trust')
    if (policy.invalid) continue
    const details: FindingDetail[] = []
    const issuers = new Set<string>()
    for (const s of policy.statements) {
      if (s.effect !== 'Allow' || !grantsAction(s, 'sts:AssumeRoleWithWebIdentity')) continue
      for (const e of s.principal?.entries ?? []) {
        const issuer = e.type === 'Federated' ? issuerOf(e.value) : undefined
        if (issuer === undefined) continue
        const found = problems(s, issuer)
        if (found.length) issuers.add(issuer)
        details.push(...found)
      }
    }
    if (details.length === 0) continue
    // Anyone's token passes when the subject is not pinned; a missing audience alone is less open.
    const open = details.some((d) => d.key !== 'oidcNoAud')
    const first = [...issuers][0] ?? GITHUB
    out.push(
      makeFinding(
        TRUST_OIDC_SUBJECT,
        {
          params: {
            role: role.name,
            issuer: [...issuers].join(', '),
            subKey: `${first}:sub`,
            audKey: `${first}:aud`,
            example: 'repo:OWNER/REPO:ref:refs/heads/main',
          },
        },
        [identityEntity(ctx.scenario, 'role', role)],
        { details, severity: open ? 'critical' : 'medium' },
      ),
    )
  }
  return out
}
