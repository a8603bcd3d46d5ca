// Condition operators for completion and hover: every accepted spelling, and a short text per family.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
import { BASE_OPERATORS, parseOperator, type OperatorFamily } from '../../engine/index'
import { t } from '../i18n/index'

/** One operator spelling offered by completion. */
export interface OperatorOption {
  name: string
  family: OperatorFamily
  /** `base`, `IfExists` (`StringEqualsIfExists`) or `set` (`ForAnyValue:...`, with or without `IfExists`). */
  form: 'base' | 'if-exists' | 'set'
}

/** What each family compares, one line each, in the page's language. */
export const FAMILY_DOCS: Record<OperatorFamily, string> = {
  String: t('editor.operator.String'),
  Numeric: t('editor.operator.Numeric'),
  Date: t('editor.operator.Date'),
  Bool: t('editor.operator.Bool'),
  Binary: t('editor.operator.Binary'),
  IpAddress: t('editor.operator.IpAddress'),
  Arn: t('editor.operator.Arn'),
  Null: t('editor.operator.Null'),
}

const MODIFIER_DOCS = {
  ifExists: t('editor.operator.ifExists'),
  negated: t('editor.operator.negated'),
  ForAllValues: t('editor.operator.ForAllValues'),
  ForAnyValue: t('editor.operator.ForAnyValue'),
}

/** Every operator AWS accepts: each base, its `IfExists` form, and the `ForAllValues:`/`ForAnyValue:` forms. */
export const OPERATOR_OPTIONS: readonly OperatorOption[] = (() => {
  const options: OperatorOption[] = []
  const add = (name: string, form: OperatorOption['form']) => {
    const parsed = parseOperator(name)
    // INVARIANT: only spellings parseOperator accepts are offered (no `NullIfExists`, no `ForAnyValue:Null`).
    if (parsed) options.push({ name, family: parsed.family, form })
  }
  for (const base of BASE_OPERATORS) add(base, 'base')
  for (const base of BASE_OPERATORS) add(`${base}IfExists`, 'if-exists')
  for (const set of ['ForAnyValue', 'ForAllValues']) {
    for (const base of BASE_OPERATORS) {
      add(`${set}:${base}`, 'set')
      add(`${set}:${base}IfExists`, 'set')
    }
  }
  return options
})()

/** A short description of an operator: its family, then each modifier it carries; undefined when AWS rejects it. */
export function operatorDoc(name: string): { family: OperatorFamily; text: string } | undefined {
  const parsed = parseOperator(name)
  if (!parsed) return undefined
  const lines = [FAMILY_DOCS[parsed.family]]
  if (parsed.negated) lines.push(MODIFIER_DOCS.negated)
  if (parsed.set) lines.push(MODIFIER_DOCS[parsed.set])
  if (parsed.ifExists) lines.push(MODIFIER_DOCS.ifExists)
  return { family: parsed.family, text: lines.join('\n') }
}
