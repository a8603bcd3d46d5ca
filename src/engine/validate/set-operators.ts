// Set operators (`ForAllValues:`, `ForAnyValue:`) against single- and multivalued keys, as Access Analyzer checks them.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
import { globalConditionKey } from '../catalog/global-keys'
import { parseOperator } from '../conditions/index'
import { message } from '../messages/message'
import type { ConditionTest, Statement } from '../policy/model'
import { report, type Ctx } from './context'

/** The key's type from the bundled global keys or, when given, the catalog; undefined when unknown. */
export function keyType(ctx: Ctx, key: string): string | undefined {
  return (globalConditionKey(key) ?? ctx.catalog?.conditionKey(key))?.type
}

/** True when the statement also tests that the key is present (`"Null": { key: "false" }`). */
function hasNullCheck(s: Statement, key: string): boolean {
  const k = key.toLowerCase()
  return s.conditions.some(
    (t) =>
      t.operator === 'Null' && t.key.toLowerCase() === k && t.values.some((v) => v.value.toLowerCase() === 'false'),
  )
}

/** Checks every condition of every statement for set-operator misuse. */
export function checkSetOperators(ctx: Ctx): void {
  for (const s of ctx.policy.statements) for (const c of s.conditions) checkOne(ctx, s, c)
}

function checkOne(ctx: Ctx, s: Statement, c: ConditionTest): void {
  const op = parseOperator(c.operator)
  if (!op) return
  const at = { ...(c.keySpan ? { span: c.keySpan } : {}), path: ctx.pointers.condition(s, c.operator, c.key) }
  const type = keyType(ctx, c.key)
  const multi = type?.startsWith('ArrayOf')
  if (op.set && type && !multi) {
    const unqualified = c.operator.slice(op.set.length + 1)
    report(
      ctx,
      'set-operator-on-single-valued-key',
      'warning',
      message('diag.set-operator-on-single-valued-key', { set: op.set, key: c.key }),
      {
        ...at,
        help:
          op.set === 'ForAllValues'
            ? message('diag.help.set-operator-on-single-valued-key.all', { key: c.key, operator: unqualified })
            : message('diag.help.set-operator-on-single-valued-key', { operator: unqualified }),
      },
    )
  }
  if (!op.set && op.family !== 'Null' && multi) {
    report(
      ctx,
      'single-value-operator-on-multivalued-key',
      'warning',
      message('diag.single-value-operator-on-multivalued-key', { operator: c.operator, key: c.key }),
      {
        ...at,
        help: message('diag.help.single-value-operator-on-multivalued-key', { operator: c.operator }),
      },
    )
  }
  // Access Analyzer, "ForAllValues with allow": an empty or missing key makes ForAllValues true.
  if (op.set === 'ForAllValues' && s.effect === 'Allow' && !hasNullCheck(s, c.key)) {
    const text = message('diag.for-all-values-with-allow', { operator: c.operator, key: c.key })
    report(ctx, 'for-all-values-with-allow', 'security', text, {
      ...at,
      help: message('diag.help.for-all-values-with-allow', { key: c.key }),
    })
  }
}
