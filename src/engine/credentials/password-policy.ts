// Console passwords against the account password policy, rule by rule, as the IAM User Guide describes them
// ("Setting an account password policy for IAM users"): the custom policy's options, or the default policy when
// the account has none.
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { PasswordPolicy } from '../scenario/model'
import { englishField } from '../messages/english-fields'
import { message, type EngineMessage, type MessageParam } from '../messages/message'

/** The limits of a custom password policy's options (`UpdateAccountPasswordPolicy`). */
export const PASSWORD_POLICY_LIMITS = {
  minimumLength: { min: 6, max: 128 },
  maxAgeDays: { min: 1, max: 1095 },
  reusePrevention: { min: 1, max: 24 },
} as const

/** Every password is at most 128 characters long. */
export const MAX_PASSWORD_LENGTH = 128
/** The default policy's minimum length (no custom policy). */
export const DEFAULT_MINIMUM_LENGTH = 8
/** A custom policy that leaves the minimum length out gets 6. */
export const CUSTOM_DEFAULT_MINIMUM_LENGTH = 6
/** How many fingerprints a password history keeps: reuse prevention looks at most this far back. */
export const PASSWORD_HISTORY_SIZE = 24
/** The nonalphanumeric characters IAM counts as symbols. */
export const PASSWORD_SYMBOLS = "!@#$%^&*()_+-=[]{}|'"

/** One rule a password is checked against. */
export type PasswordRuleId =
  'minLength' | 'maxLength' | 'characters' | 'uppercase' | 'lowercase' | 'numbers' | 'symbols' | 'threeKinds' | 'reuse'

/** A rule and whether the password meets it. */
export interface PasswordRuleResult {
  rule: PasswordRuleId
  met: boolean
  /** The rule's number: the length for `minLength`/`maxLength`, the count for `reuse`. */
  value?: number
  /** What the rule asks, in English ({@link text} worded by `englishField()`). */
  message: string
  /** What the rule asks, as a message (`password.rule.RULE`). */
  text: EngineMessage
}

/** The outcome of checking one password. */
export interface PasswordCheck {
  ok: boolean
  /** Every rule that applies, in the order the console lists them. */
  rules: PasswordRuleResult[]
  /** The rules not met. */
  problems: PasswordRuleResult[]
}

/** Characters a password may hold (`UpdateLoginProfile`: tab, line breaks and U+0020–U+00FF). */
const ALLOWED = /^[\t\n\r\u0020-\u00ff]*$/u

const KINDS = {
  uppercase: (c: string) => c >= 'A' && c <= 'Z',
  lowercase: (c: string) => c >= 'a' && c <= 'z',
  numbers: (c: string) => c >= '0' && c <= '9',
  symbols: (c: string) => PASSWORD_SYMBOLS.includes(c),
}

type Kind = keyof typeof KINDS

/** A rule's result, its message worded in English beside it. */
function ruleResult(rule: PasswordRuleId, met: boolean, value?: number): PasswordRuleResult {
  const params: Record<string, MessageParam> =
    rule === 'symbols' ? { symbols: [...PASSWORD_SYMBOLS].join(' ') } : value === undefined ? {} : { n: value }
  const text = message(`password.rule.${rule}`, params)
  const result: PasswordRuleResult = { rule, met, message: englishField(text), text }
  if (value !== undefined) result.value = value
  return result
}

const REQUIRES: Record<Kind, keyof PasswordPolicy> = {
  uppercase: 'requireUppercase',
  lowercase: 'requireLowercase',
  numbers: 'requireNumbers',
  symbols: 'requireSymbols',
}

/**
 * The fingerprint kept in a password history: SHA-256 (hex) of the password behind a fixed prefix, so the history
 * can say "used before" without holding the password.
 */
export function passwordFingerprint(password: string): string {
  return bytesToHex(sha256(utf8ToBytes(`iam-playground/password\n${password}`)))
}

/** The minimum length the account asks for: the custom policy's (6 when it leaves it out), else the default 8. */
export function minimumLength(policy: PasswordPolicy | undefined): number {
  if (!policy) return DEFAULT_MINIMUM_LENGTH
  return policy.minimumLength ?? CUSTOM_DEFAULT_MINIMUM_LENGTH
}

/**
 * Checks a new console password against the account's password policy, or the default policy when `policy` is
 * undefined (8 to 128 characters, at least three of uppercase, lowercase, numbers and symbols). `history` holds the
 * fingerprints of earlier passwords, newest first ({@link passwordFingerprint}); with reuse prevention N the
 * password must not be any of the last N. The default policy's "not your account name or email address" needs
 * data a scenario does not hold and is not checked.
 */
export function checkPassword(
  password: string,
  policy: PasswordPolicy | undefined,
  options: { history?: readonly string[] } = {},
): PasswordCheck {
  const chars = [...password]
  const has = (kind: Kind) => chars.some(KINDS[kind])
  const rules: PasswordRuleResult[] = []
  const min = minimumLength(policy)
  rules.push(ruleResult('minLength', chars.length >= min, min))
  rules.push(ruleResult('maxLength', chars.length <= MAX_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH))
  if (!ALLOWED.test(password)) rules.push(ruleResult('characters', false))
  if (policy) {
    for (const kind of Object.keys(KINDS) as Kind[]) {
      if (policy[REQUIRES[kind]] === true) rules.push(ruleResult(kind, has(kind)))
    }
  } else {
    const kinds = (Object.keys(KINDS) as Kind[]).filter(has).length
    rules.push(ruleResult('threeKinds', kinds >= 3, 3))
  }
  const reuse = policy?.reusePrevention ?? 0
  if (reuse > 0) {
    const recent = (options.history ?? []).slice(0, reuse)
    rules.push(ruleResult('reuse', !recent.includes(passwordFingerprint(password)), reuse))
  }
  const problems = rules.filter((r) => !r.met)
  return { ok: problems.length === 0, rules, problems }
}

/** The history after setting `password`: its fingerprint first, at most {@link PASSWORD_HISTORY_SIZE} kept. */
export function nextHistory(history: readonly string[] | undefined, password: string): string[] {
  return [passwordFingerprint(password), ...(history ?? [])].slice(0, PASSWORD_HISTORY_SIZE)
}
