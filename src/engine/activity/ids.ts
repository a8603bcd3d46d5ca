// Identifiers of the activity log, derived from a seed so the same input always gives the same record: event and
// request IDs in UUID form, and temporary access key IDs (`ASIA…`) for sessions and console sign-ins, from base32
// characters as AWS key IDs use (shared with the long-term key IDs of ../credentials/access-keys.ts).
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/** Base32 (as AWS key IDs use): A–Z and 2–7. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** A version-4-shaped UUID (`xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx`) derived from `seed`. */
export function uuidOf(seed: string): string {
  const hex = bytesToHex(sha256(utf8ToBytes(seed)))
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** `count` (at most 32) base32 characters derived from `seed`, for access key IDs. */
export function base32Of(seed: string, count: number): string {
  const bytes = sha256(utf8ToBytes(seed))
  let out = ''
  for (let i = 0; i < count; i++) out += ALPHABET[bytes[i]! % 32]
  return out
}

/** A temporary access key ID (`ASIA` and 16 base32 characters) derived from `seed`. */
export function temporaryKeyId(seed: string): string {
  return `ASIA${base32Of(seed, 16)}`
}
