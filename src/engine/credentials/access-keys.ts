// Access keys: at most two per user and per root user (to rotate one while the other works), new key IDs, and their
// age by the scenario's clock (IAM User Guide, "Manage access keys for IAM users").
import type { AccessKey, Scenario } from '../scenario/model'
import { base32Of } from '../activity/ids'
import { daysBetween } from '../scenario/clock'

/** A user or the root user can have at most two access keys. */
export const MAX_ACCESS_KEYS = 2
/** A key older than this many days should be rotated. */
export const ROTATE_AFTER_DAYS = 90

/** Every access key ID in the scenario (users' and root users'). */
export function accessKeyIds(scenario: Scenario): Set<string> {
  const ids = new Set<string>()
  for (const account of scenario.accounts) for (const k of account.root?.accessKeys ?? []) ids.add(k.id)
  for (const user of scenario.users ?? []) for (const k of user.accessKeys ?? []) ids.add(k.id)
  return ids
}

/**
 * A new access key ID derived from `seed`: `AKIA`, 9 base32 characters and `EXAMPLE`, the shape of the AWS
 * documentation's placeholder keys (`AKIAIOSFODNN7EXAMPLE`), so a simulated key never passes for a real one (the
 * share-time secret scan leaves it alone). The same seed and the same taken IDs give the same ID, and an ID in
 * `taken` is never returned.
 */
export function newAccessKeyId(taken: ReadonlySet<string>, seed: string): string {
  for (let attempt = 0; ; attempt++) {
    const id = `AKIA${base32Of(`${seed}\n${attempt}`, 9)}EXAMPLE`
    if (!taken.has(id)) return id
  }
}

/** Whole days since the key was created; undefined when its creation date does not read. */
export function accessKeyAgeDays(key: AccessKey, now: Date): number | undefined {
  return daysBetween(key.created, now)
}

/** The key is more than {@link ROTATE_AFTER_DAYS} days old and still active. */
export function needsRotation(key: AccessKey, now: Date): boolean {
  const age = accessKeyAgeDays(key, now)
  return key.status === 'Active' && age !== undefined && age > ROTATE_AFTER_DAYS
}

/** The keys in the order the credential report numbers them: oldest first. */
export function keysInOrder(keys: readonly AccessKey[] | undefined): AccessKey[] {
  return [...(keys ?? [])].sort((a, b) => Date.parse(a.created) - Date.parse(b.created))
}
