// Security warnings in the spirit of IAM Access Analyzer's "security warning" findings: grants broader than meant.
import { compileGlob } from '../match/wildcard'
import { message } from '../messages/message'
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
    report(ctx, 'allow-all-actions-all-resources', 'security', message('diag.allow-all-actions-all-resources'), {
      ...(a.span ? { span: a.span } : {}),
      path: ctx.pointers.value(s, 'Action', a, all),
      help: message('diag.help.allow-all-actions-all-resources'),
    })
  }
  if (allResources) {
    actions.forEach((a, j) => {
      if (!passRole(a.value)) return
      const text =
        a.value.toLowerCase() === 'iam:passrole'
          ? message('diag.pass-role-all-resources')
          : message('diag.pass-role-all-resources.wildcard', { action: a.value })
      report(ctx, 'pass-role-all-resources', 'security', text, {
        ...(a.span ? { span: a.span } : {}),
        path: ctx.pointers.value(s, 'Action', a, j),
        help: message('diag.help.pass-role-all-resources'),
      })
    })
  }
  for (const [element, code] of [
    ['NotAction', 'allow-with-not-action'],
    ['NotResource', 'allow-with-not-resource'],
  ] as const) {
    if (!(element === 'NotAction' ? s.notAction : s.notResource)) continue
    const span = s.elementSpans[element]
    report(ctx, code, 'security', message(`diag.${code}`), {
      ...(span ? { span } : {}),
      path: ctx.pointers.element(s, element),
      help: message(`diag.help.${code}`),
    })
  }
}

/** Checks of `Principal` and `NotPrincipal` in resource-based and trust policies. */
function principals(ctx: Ctx, s: Statement): void {
  if (s.notPrincipal) {
    // "We strongly recommend that you do not use NotPrincipal in a statement with Allow" (IAM User Guide, NotPrincipal).
    const span = s.elementSpans.NotPrincipal
    report(ctx, 'allow-with-not-principal', 'security', message('diag.allow-with-not-principal'), {
      ...(span ? { span } : {}),
      path: ctx.pointers.element(s, 'NotPrincipal'),
      help: message('diag.help.allow-with-not-principal'),
    })
  }
  const p = s.principal
  // RCPs must say `"Principal": "*"`; their conditions decide.
  if (!p || ctx.kind === 'rcp') return
  if (s.conditions.length === 0) {
    const star = p.any ? p : p.entries.find((e) => e.type === 'AWS' && e.value === '*')
    if (star) {
      const path = p.any ? ctx.pointers.element(s, 'Principal') : entryPath(ctx, s, star as PrincipalEntry)
      const text = message(ctx.kind === 'trust' ? 'diag.public-principal.trust' : 'diag.public-principal')
      report(ctx, 'public-principal', 'security', text, {
        ...(star.span ? { span: star.span } : {}),
        path,
        help: message('diag.help.public-principal'),
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
      message('diag.trust-account-without-external-id', { account }),
      {
        ...(e.span ? { span: e.span } : {}),
        path: entryPath(ctx, s, e),
        help: message('diag.help.trust-account-without-external-id'),
      },
    )
  }
}

function entryPath(ctx: Ctx, s: Statement, e: PrincipalEntry): string {
  const sameType = s.principal!.entries.filter((x) => x.type === e.type)
  return ctx.pointers.principal(s, 'Principal', e.type, e, sameType.indexOf(e))
}
