// A scan for strings that look like real AWS credentials, run before anything is shared. The detection is the
// engine's (src/engine/audit/secrets.ts), which the account audit uses too.
import { findSecrets } from '../../engine/index'

/** One string that looks like a secret. */
export interface SecretFinding {
  kind: 'access-key-id' | 'secret-key'
  /** The string itself (used to replace it). */
  value: string
  /** A masked form to show the person (first 4 and last 2 characters). */
  excerpt: string
}

/**
 * Finds strings in a text (a scenario's JSON) that look like AWS access key IDs or secret access keys. The
 * placeholder keys of the AWS documentation (`AKIAIOSFODNN7EXAMPLE`) are not secrets and are left alone.
 */
export function scanSecrets(text: string): SecretFinding[] {
  const out: SecretFinding[] = []
  for (const { kind, value, excerpt, example } of findSecrets(text)) {
    if (!example && (kind === 'access-key-id' || kind === 'secret-key')) out.push({ kind, value, excerpt })
  }
  return out
}
