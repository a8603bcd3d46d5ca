// The one detector of strings that look like credentials: AWS access key IDs and secret access keys, private key
// blocks and `password=…` assignments. The audit runs it over policies, tags and descriptions; sharing runs it over
// the whole scenario before a link leaves the page (src/lib/share/secrets.ts).

/** What a match looks like. */
export type SecretKind = 'access-key-id' | 'secret-key' | 'private-key' | 'password'

/** One string that looks like a secret. */
export interface SecretMatch {
  kind: SecretKind
  /** The secret itself (what would have to be replaced). */
  value: string
  /** A masked form to show people: the first 4 and the last 2 characters. */
  excerpt: string
  /** True for the placeholders of the AWS documentation (`AKIAIOSFODNN7EXAMPLE`). */
  example: boolean
}

// Access key IDs: AKIA (long-term) or ASIA (temporary), then 16 capital letters or digits
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids).
const ACCESS_KEY_ID = /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/g
// Secret access keys are 40 characters of base64 (not inside a longer run; `key=…` may precede them); only flagged
// next to a word like "secret" to avoid noise.
const SECRET_KEY = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g
const SECRET_WORD = /secret|aws_secret|secretaccesskey|password|credential/i
const NEAR = 60
// PEM private keys: `-----BEGIN PRIVATE KEY-----`, `-----BEGIN RSA PRIVATE KEY-----`, OpenSSH, EC, encrypted.
const PRIVATE_KEY = /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----/g
// `password=value`, `passwd: value`, `pwd=value` (an ARN's `:secret:` is no assignment, so only password words
// may use a colon); the value runs to a space, quote or separator and needs 4 characters.
const PASSWORD = /(?<![a-z])(?:password|passwd|pwd)\s*[=:]\s*([^\s"'`,;&<>{}]{4,})/gi
// Values that stand for a secret rather than being one: `${var}`, `{{resolve:...}}`, masks, `<placeholder>`.
const PLACEHOLDER = /^(?:\$\{.*|\{\{.*|\*+|x+|<.*>|changeme|redacted|none|null|true|false)$/i

/** True for the placeholder keys of the AWS documentation (`AKIAIOSFODNN7EXAMPLE`). */
function isExample(value: string): boolean {
  return value.includes('EXAMPLE')
}

function mask(value: string): string {
  return `${value.slice(0, 4)}…${value.slice(-2)}`
}

/** Finds strings in a text that look like AWS access keys, secret access keys, private keys or passwords. */
export function findSecrets(text: string): SecretMatch[] {
  const found = new Map<string, SecretMatch>()
  const add = (kind: SecretKind, value: string) => {
    if (!found.has(value)) found.set(value, { kind, value, excerpt: mask(value), example: isExample(value) })
  }
  for (const m of text.matchAll(ACCESS_KEY_ID)) add('access-key-id', m[0])
  for (const m of text.matchAll(SECRET_KEY)) {
    const value = m[0]
    // A 40-character key needs a mix of cases or digits: plain words and hex hashes are not secrets.
    if (!/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/[0-9/+]/.test(value)) continue
    const start = m.index ?? 0
    const around = text.slice(Math.max(0, start - NEAR), start + value.length + NEAR)
    if (SECRET_WORD.test(around)) add('secret-key', value)
  }
  for (const m of text.matchAll(PRIVATE_KEY)) add('private-key', m[0])
  for (const m of text.matchAll(PASSWORD)) {
    const value = m[1]!
    if (!PLACEHOLDER.test(value) && !found.has(value)) add('password', value)
  }
  return [...found.values()]
}
