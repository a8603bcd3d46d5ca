// How a lesson check's outcome is worded in the page's language: a request by its decision and the sentence of the
// rule that decided, a structural rule by its code and parameters through the catalog. Names go in backticks, so
// the pane shows them as code.
import type { CheckResult, DecisionRule, EngineMessage, ResultParams, RuleResultCode } from '../../engine/index'
import { t, word, type MessageKey } from '../i18n/index'

/** The structural rules' failure codes, each with its sentence. */
const RULE_KEYS: Record<Exclude<RuleResultCode, 'pass' | 'request-invalid' | 'no-service-session'>, MessageKey> = {
  'unknown-account': 'lesson.rule.unknown-account',
  'unknown-entity': 'lesson.rule.unknown-entity',
  'unknown-policy': 'lesson.rule.unknown-policy',
  'root-mfa-missing': 'lesson.rule.root-mfa-missing',
  'root-access-keys': 'lesson.rule.root-access-keys',
  'not-in-group': 'lesson.rule.not-in-group',
  'in-group': 'lesson.rule.in-group',
  'policy-not-attached': 'lesson.rule.policy-not-attached',
  'policy-attached': 'lesson.rule.policy-attached',
  'user-policies': 'lesson.rule.user-policies',
  'user-inline-policies': 'lesson.rule.user-inline-policies',
  'action-wildcard': 'lesson.rule.action-wildcard',
  'resource-wildcard': 'lesson.rule.resource-wildcard',
  'boundary-missing': 'lesson.rule.boundary-missing',
  'boundary-other': 'lesson.rule.boundary-other',
  'user-mfa-missing': 'lesson.rule.user-mfa-missing',
  'access-key-old': 'lesson.rule.access-key-old',
  'password-policy-weak': 'lesson.rule.password-policy-weak',
  'audit-findings': 'lesson.rule.audit-findings',
  'unused-services': 'lesson.rule.unused-services',
}

/** The password-policy settings a check can ask for, each with its words. */
const SETTING_KEYS: Record<string, MessageKey> = {
  minimumLength: 'lesson.setting.minimumLength',
  requireUppercase: 'lesson.setting.requireUppercase',
  requireLowercase: 'lesson.setting.requireLowercase',
  requireNumbers: 'lesson.setting.requireNumbers',
  requireSymbols: 'lesson.setting.requireSymbols',
  maxAgeDays: 'lesson.setting.maxAgeDays',
  reusePrevention: 'lesson.setting.reusePrevention',
}

/** A name as code. */
function code(value: string): string {
  return `\`${value}\``
}

/** A parameter for a sentence: names (and lists of names) as code, numbers as numbers. */
function shown(value: ResultParams[string] | undefined): string | number {
  if (value === undefined) return ''
  if (Array.isArray(value)) return value.map(code).join(', ')
  if (typeof value === 'number') return value
  return code(String(value))
}

function wordParams(params: ResultParams): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, shown(value)]))
}

/**
 * The sentence of the rule of the evaluation logic that decided a request, in the page's language when the rule
 * carries it as a message (`text`), else in English.
 */
export function ruleSentence(rule: DecisionRule | undefined): string {
  if (!rule) return ''
  const text: unknown = (rule as { text?: unknown }).text
  return typeof text === 'object' && text !== null && 'key' in text ? word(text as EngineMessage) : rule.message
}

/** What a request check's outcome says: the decision and why, or why the request could not run. */
function requestWhy(result: CheckResult): string {
  const { params } = result
  if (result.code === 'request-invalid') return t('lesson.request.invalid', { message: String(params.message ?? '') })
  if (result.code === 'no-service-session') {
    const reason = result.reasonText ? word(result.reasonText) : String(params.reason ?? '')
    return t('lesson.request.noSession', { principal: shown(params.principal), reason })
  }
  const decision = code(result.decision ?? '')
  const rule = ruleSentence(result.rule)
  if (result.ok) return t('lesson.request.decided', { decision, rule })
  const expect = params.expect === 'Denied' ? t('lesson.request.denied') : shown(params.expect)
  return t('lesson.request.expected', { expect, decision, rule })
}

/** Why a structural rule does not pass, from its code and parameters. */
function ruleWhy(result: CheckResult): string {
  const code = result.code as keyof typeof RULE_KEYS
  const params = wordParams(result.params)
  if (code === 'unused-services' && Array.isArray(result.params.services) && result.params.services[0] === '*') {
    return t('lesson.rule.unused-all', params)
  }
  if (code === 'password-policy-weak' && Array.isArray(result.params.settings)) {
    const settings = result.params.settings.map((s) => (SETTING_KEYS[s] ? t(SETTING_KEYS[s]) : s))
    return t(RULE_KEYS[code], { ...params, settings: settings.join(', ') })
  }
  const key = RULE_KEYS[code]
  return key ? t(key, params) : t('lesson.rule.other', { code: result.code })
}

/**
 * Why a check came out as it did, in the page's language: for a request, the decision and the rule that decided
 * (passing or not); for a structural rule that fails, what is wrong. Undefined for a passing structural rule, whose
 * label already says it.
 */
export function checkWhy(result: CheckResult): string | undefined {
  if (result.kind === 'request') return requestWhy(result)
  return result.ok ? undefined : ruleWhy(result)
}
