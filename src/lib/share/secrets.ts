// A scan for strings that look like real AWS credentials, run before anything is shared.

/** One string that looks like a secret. */
export interface SecretFinding {
  kind: 'access-key-id' | 'secret-key'
  /** The string itself (used to replace it). */
  value: string
  /** A masked form to show the person (first 4 and last 2 characters). */
  excerpt: string
}

// Access key IDs: AKIA (long-term) or ASIA (temporary), then 16 capital letters or digits
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids).
const ACCESS_KEY_ID = /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/g
// Secret access keys are 40 characters of base64; only flagged next to a word like "secret" to avoid noise.
const SECRET_KEY = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g
const SECRET_WORD = /secret|aws_secret|secretaccesskey|password|credential/i
const NEAR = 60

/** True for the placeholder keys of the AWS documentation (`AKIAIOSFODNN7EXAMPLE`). */
function isExample(value: string): boolean {
  return value.includes('EXAMPLE')
}

function mask(value: string): string {
  return `${value.slice(0, 4)}…${value.slice(-2)}`
}

/** Finds strings in a text (a scenario's JSON) that look like AWS access key IDs or secret access keys. */
export function scanSecrets(text: string): SecretFinding[] {
  const found = new Map<string, SecretFinding>()
  for (const m of text.matchAll(ACCESS_KEY_ID)) {
    if (!isExample(m[0])) found.set(m[0], { kind: 'access-key-id', value: m[0], excerpt: mask(m[0]) })
  }
  for (const m of text.matchAll(SECRET_KEY)) {
    const value = m[0]
    // A 40-character key needs a mix of cases or digits: plain words and hex hashes are not secrets.
    if (isExample(value) || !/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/[0-9/+]/.test(value)) continue
    const start = m.index ?? 0
    const around = text.slice(Math.max(0, start - NEAR), start + value.length + NEAR)
    if (SECRET_WORD.test(around) && !found.has(value)) {
      found.set(value, { kind: 'secret-key', value, excerpt: mask(value) })
    }
  }
  return [...found.values()]
}
