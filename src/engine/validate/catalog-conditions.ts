// Catalog checks of condition keys: is the key known, does it apply to the statement's actions, does the operator fit.
import { GLOBAL_CONDITION_KEYS } from '../catalog/global-keys'
import { keyMatches } from '../catalog/key-pattern'
import { conditionKeysOf, matchingActions } from '../catalog/queries'
import type { ActionInfo, CatalogSnapshot, ConditionKeyInfo } from '../catalog/types'
import { parseOperator, type OperatorFamily } from '../conditions/index'
import { message } from '../messages/message'
import type { ConditionTest, Statement } from '../policy/model'
import { report, type Ctx } from './context'
import { closest } from './suggest'

/** Checks every condition key of every statement against the catalog. */
export function checkConditionKeys(ctx: Ctx, catalog: CatalogSnapshot): void {
  for (const s of ctx.policy.statements) {
    let actions: readonly ActionInfo[] | undefined | null = null
    for (const c of s.conditions) {
      const info = catalog.conditionKey(c.key)
      if (!info) {
        unknownKey(ctx, catalog, s, c)
        continue
      }
      typeFits(ctx, s, c, info)
      if (info.global) continue
      actions ??= statementActions(catalog, s)
      if (!actions || actions.length === 0) continue
      if (!actions.some((a) => conditionKeysOf(catalog, a).some((k) => keyMatches(k, c.key)))) {
        const text =
          actions.length === 1
            ? message('diag.condition-key-not-applicable', {
                key: c.key,
                action: `${actions[0]!.service}:${actions[0]!.name}`,
              })
            : message('diag.condition-key-not-applicable.any', { key: c.key })
        report(ctx, 'condition-key-not-applicable', 'warning', text, {
          ...at(ctx, s, c),
          help: message('diag.help.condition-key-not-applicable'),
        })
      }
    }
  }
}

function at(ctx: Ctx, s: Statement, c: ConditionTest) {
  return { ...(c.keySpan ? { span: c.keySpan } : {}), path: ctx.pointers.condition(s, c.operator, c.key) }
}

/**
 * A key prefix that is an identity provider (`token.actions.githubusercontent.com`, `oidc.eks...amazonaws.com/id/X`):
 * such providers pass their own claims (`aud`, `sub`, `amr`, ...), which no catalog can list in full.
 */
const isProviderKey = (key: string) => /[./]/.test(key.slice(0, Math.max(0, key.indexOf(':'))))

function unknownKey(ctx: Ctx, catalog: CatalogSnapshot, s: Statement, c: ConditionTest): void {
  const colon = c.key.indexOf(':')
  if (isProviderKey(c.key)) return
  // Only when the catalog can tell: the key's services are loaded (or it has none).
  if (colon >= 0 && catalog.knowsKeysOf(c.key) === undefined) return
  const prefix = c.key.slice(0, Math.max(0, colon)).toLowerCase()
  const candidates: string[] = GLOBAL_CONDITION_KEYS.map((k) => k.key)
  if (prefix && prefix !== 'aws') candidates.push(...(catalog.conditionKeys(prefix) ?? []).map((k) => k.key))
  const guess =
    ctx.guesses-- > 0
      ? closest(
          c.key,
          candidates.filter((k) => !k.includes('${') && !k.includes('<')),
        )
      : undefined
  report(ctx, 'unknown-condition-key', 'warning', message('diag.unknown-condition-key', { key: c.key }), {
    ...at(ctx, s, c),
    help: guess ? message('diag.help.did-you-mean', { value: guess }) : message('diag.help.unknown-condition-key'),
  })
}

/** The actions the statement's `Action` covers; undefined when the catalog cannot list them all (or `NotAction`). */
function statementActions(catalog: CatalogSnapshot, s: Statement): readonly ActionInfo[] | undefined {
  if (!s.action) return undefined
  const out: ActionInfo[] = []
  for (const a of s.action) {
    const found = matchingActions(catalog, a.value)
    if (!found) return undefined
    out.push(...found)
  }
  return out
}

/** The key types each operator family fits; `String` operators also compare ARN keys. */
const FITS: Partial<Record<OperatorFamily, string[]>> = {
  Numeric: ['Numeric', 'ArrayOfNumeric'],
  Date: ['Date', 'ArrayOfDate'],
  Bool: ['Bool', 'ArrayOfBool'],
  IpAddress: ['IPAddress', 'ArrayOfIPAddress'],
  Arn: ['ARN', 'ArrayOfARN'],
}

const ARTICLE: Record<string, 'a' | 'an'> = { ARN: 'an', ArrayOfARN: 'an', IPAddress: 'an', ArrayOfIPAddress: 'an' }

/** Warns when the operator compares values of another type than the key has (`NumericEquals` on a String key). */
function typeFits(ctx: Ctx, s: Statement, c: ConditionTest, info: ConditionKeyInfo): void {
  const op = parseOperator(c.operator)
  const fits = op && FITS[op.family]
  if (!op || !fits || fits.includes(info.type)) return
  // `aws:EpochTime` is listed as a Date but also takes seconds since the epoch (IAM User Guide, global keys).
  if (op.family === 'Numeric' && info.key.toLowerCase() === 'aws:epochtime') return
  const article = ARTICLE[info.type] ?? 'a'
  report(
    ctx,
    'operator-type-mismatch',
    'warning',
    message(`diag.operator-type-mismatch.${article}`, {
      operator: op.base,
      family: op.family,
      key: c.key,
      type: info.type,
    }),
    {
      ...(c.operatorSpan ? { span: c.operatorSpan } : {}),
      path: ctx.pointers.condition(s, c.operator),
      help: message('diag.help.operator-type-mismatch', { type: info.type, example: suggestFor(info.type) }),
    },
  )
}

function suggestFor(type: string): string {
  const base = type.replace(/^ArrayOf/, '')
  const op =
    base === 'Numeric'
      ? 'NumericEquals'
      : base === 'Date'
        ? 'DateGreaterThan'
        : base === 'Bool'
          ? 'Bool'
          : base === 'IPAddress'
            ? 'IpAddress'
            : base === 'ARN'
              ? 'ArnLike'
              : 'StringEquals'
  return type.startsWith('ArrayOf') ? `ForAnyValue:${op}` : op
}
