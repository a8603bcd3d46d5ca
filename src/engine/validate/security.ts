// Security warnings in the spirit of IAM Access Analyzer's "security warning" findings: grants broader than meant.
import { compileGlob } from '../match/wildcard'
import { forbidsPrincipal } from '../policy/kinds'
import type { PrincipalEntry, Statement } from '../policy/model'
import { isGuardrail, report, type Ctx } from './context'

const ALL_ACTIONS = new Set(['*', '*:*'])
const passRole = (v: string) => !ALL_ACTIONS.has(v) && compileGlob(v, true)('iam:PassRole')
const assumeRole = (v: string) => compileGlob(v, true)('sts:AssumeRole')

/** Runs the security checks on every `Allow` statement. */
export function checkSecurity(ctx: Ctx): void {
  for (const s of ctx.policy.statements) {
    if (s.effect !== 'Allow') continue
    if (!isGuardrail(ctx.kind)) grants(ctx, s)
    // A principal where none may stand is already a grammar error.
    if (!forbidsPrincipal(ctx.kind)) principals(ctx, s)
  }
}

/** Checks for policies that grant: identity, resource and trust policies (SCPs, RCPs, boundaries, sessions only limit). */
function grants(ctx: Ctx, s: Statement): void {
  const allResources = s.resource?.some((r) => r.value === '*') ?? false
  const actions = s.action ?? []
  const all = actions.findIndex((a) => ALL_ACTIONS.has(a.value))
  if (all >= 0 && allResources) {
    const a = actions[all]!
    report(ctx, 'allow-all-actions-all-resources', 'security', 'the statement allows every action on every resource', {
      ...(a.span ? { span: a.span } : {}),
      path: ctx.pointers.value(s, 'Action', a, all),
      help: 'grant only the actions and resources needed; full administrator access deserves its own, deliberate policy',
    })
  }
  if (allResources) {
    actions.forEach((a, j) => {
      if (!passRole(a.value)) return
      const what =
        a.value.toLowerCase() === 'iam:passrole' ? '`iam:PassRole`' : `\`${a.value}\` (which includes \`iam:PassRole\`)`
      report(
        ctx,
        'pass-role-all-resources',
        'security',
        `${what} on \`Resource\` \`*\` lets the caller pass any role`,
        {
          ...(a.span ? { span: a.span } : {}),
          path: ctx.pointers.value(s, 'Action', a, j),
          help: 'name the roles that may be passed (`arn:aws:iam::ACCOUNT:role/NAME`) and restrict `iam:PassedToService`',
        },
      )
    })
  }
  for (const [element, code, what] of [
    ['NotAction', 'allow-with-not-action', 'every action not listed, including actions AWS adds later'],
    ['NotResource', 'allow-with-not-resource', 'every resource not listed, including resources created later'],
  ] as const) {
    if (!(element === 'NotAction' ? s.notAction : s.notResource)) continue
    const span = s.elementSpans[element]
    report(ctx, code, 'security', `\`Allow\` with \`${element}\` grants ${what}`, {
      ...(span ? { span } : {}),
      path: ctx.pointers.element(s, element),
      help: `list what is allowed with \`${element.slice(3)}\` instead, or use \`${element}\` in a \`Deny\` statement`,
    })
  }
}

/** Checks of `Principal` and `NotPrincipal` in resource-based and trust policies. */
function principals(ctx: Ctx, s: Statement): void {
  if (s.notPrincipal) {
    // "We strongly recommend that you do not use NotPrincipal in a statement with Allow" (IAM User Guide, NotPrincipal).
    const span = s.elementSpans.NotPrincipal
    report(
      ctx,
      'allow-with-not-principal',
      'security',
      '`Allow` with `NotPrincipal` grants everyone not listed, including anonymous users',
      {
        ...(span ? { span } : {}),
        path: ctx.pointers.element(s, 'NotPrincipal'),
        help: 'name the principals that are allowed with `Principal` instead',
      },
    )
  }
  const p = s.principal
  // RCPs must say `"Principal": "*"`; their conditions decide.
  if (!p || ctx.kind === 'rcp') return
  if (s.conditions.length === 0) {
    const star = p.any ? p : p.entries.find((e) => e.type === 'AWS' && e.value === '*')
    if (star) {
      const path = p.any ? ctx.pointers.element(s, 'Principal') : entryPath(ctx, s, star as PrincipalEntry)
      const who =
        ctx.kind === 'trust'
          ? 'anyone can assume this role'
          : 'the statement grants access to everyone, including anonymous users'
      report(ctx, 'public-principal', 'security', `\`Principal\` \`*\` without a condition: ${who}`, {
        ...(star.span ? { span: star.span } : {}),
        path,
        help: 'name the principals, or add a condition such as `aws:PrincipalOrgID`, `aws:SourceAccount` or `aws:SourceArn`',
      })
    }
  }
  if (ctx.kind !== 'trust' || !(s.action ?? []).some((a) => assumeRole(a.value))) return
  const narrowed = s.conditions.some((c) => ['sts:externalid', 'aws:principalarn'].includes(c.key.toLowerCase()))
  if (narrowed) return
  for (const e of p.entries) {
    const account = /^(\d{12})$/.exec(e.value)?.[1] ?? /^arn:[^:]+:iam::(\d{12}):root$/.exec(e.value)?.[1]
    if (e.type !== 'AWS' || !account) continue
    report(
      ctx,
      'trust-account-without-external-id',
      'suggestion',
      `every principal in account \`${account}\` that is allowed \`sts:AssumeRole\` can assume this role`,
      {
        ...(e.span ? { span: e.span } : {}),
        path: entryPath(ctx, s, e),
        help: 'for a third party, require `sts:ExternalId` in a condition; for your own account, name the roles or users (or test `aws:PrincipalArn`)',
      },
    )
  }
}

function entryPath(ctx: Ctx, s: Statement, e: PrincipalEntry): string {
  const sameType = s.principal!.entries.filter((x) => x.type === e.type)
  return ctx.pointers.principal(s, 'Principal', e.type, e, sameType.indexOf(e))
}
