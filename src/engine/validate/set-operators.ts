// Set operators (`ForAllValues:`, `ForAnyValue:`) against single- and multivalued keys, as Access Analyzer checks them.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
import { globalConditionKey } from '../catalog/global-keys'
import { parseOperator } from '../conditions/index'
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
      `\`${op.set}\` used with single-valued key \`${c.key}\``,
      {
        ...at,
        help:
          op.set === 'ForAllValues'
            ? `\`ForAllValues\` is also true when \`${c.key}\` is missing, so this may match more than intended; use \`${unqualified}\``
            : `set operators are for multivalued keys; use \`${unqualified}\``,
      },
    )
  }
  if (!op.set && op.family !== 'Null' && multi) {
    report(
      ctx,
      'single-value-operator-on-multivalued-key',
      'warning',
      `\`${c.operator}\` used with multivalued key \`${c.key}\``,
      {
        ...at,
        help: `use \`ForAnyValue:${c.operator}\` (at least one value matches) or \`ForAllValues:${c.operator}\` (every value matches)`,
      },
    )
  }
  // Access Analyzer, "ForAllValues with allow": an empty or missing key makes ForAllValues true.
  if (op.set === 'ForAllValues' && s.effect === 'Allow' && !hasNullCheck(s, c.key)) {
    report(ctx, 'for-all-values-with-allow', 'security', `\`${c.operator}\` allows requests that lack \`${c.key}\``, {
      ...at,
      help: `\`ForAllValues\` is true when the key is missing or empty; add \`"Null": { "${c.key}": "false" }\` to this statement`,
    })
  }
}
