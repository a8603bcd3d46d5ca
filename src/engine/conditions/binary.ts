// The BinaryEquals condition operator: base64 values compared byte for byte.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_BinaryEquals
import {
  compiledValues,
  valueIndex,
  malformedPolicyValue,
  malformedRequestValue,
  type CompiledValue,
  type CompiledValues,
} from './types'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const SEXTET = new Int8Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) SEXTET[ALPHABET.charCodeAt(i)] = i

/**
 * Decodes standard base64 (RFC 4648 §4) to a string of byte values (one char per byte, 0–255), so equal byte
 * sequences give equal strings. Padding is optional; whitespace, the URL-safe alphabet and stray `=` are malformed.
 * Non-zero trailing bits are ignored, as decoders do, so `QQ==` and `QR==` are the same byte.
 */
export function decodeBase64(text: string): string | undefined {
  let end = text.length
  if (end > 0 && text.charCodeAt(end - 1) === 61) end--
  if (end > 0 && text.charCodeAt(end - 1) === 61) end--
  // With padding the length is a multiple of 4; without it, a remainder of 1 cannot hold a byte.
  if ((end < text.length && text.length % 4 !== 0) || end % 4 === 1) return undefined
  let out = ''
  let bits = 0
  let count = 0
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    const v = c < 128 ? SEXTET[c]! : -1
    if (v < 0) return undefined
    bits = (bits << 6) | v
    count += 6
    if (count >= 8) {
      count -= 8
      out += String.fromCharCode((bits >> count) & 0xff)
    }
  }
  return out
}

const malformed = malformedRequestValue('binary')

/**
 * Compiles the values of a `BinaryEquals` condition: "It compares the value of the specified key byte for byte
 * against a base-64 encoded representation of the binary value in the policy". The request value arrives as text,
 * so it is read as base64 too. Policy variables are not substituted.
 */
export function compileBinary(values: readonly string[]): CompiledValues<string> {
  const bytes = new Set<string>()
  const keys: (string | undefined)[] = []
  const compiled = values.map((value): CompiledValue<string> => {
    const p = decodeBase64(value)
    keys.push(p)
    if (p === undefined) return { value, error: malformedPolicyValue('binary', value, 'Binary') }
    bytes.add(p)
    return { value, test: (r) => r === p }
  })
  return compiledValues(
    compiled,
    decodeBase64,
    malformed,
    (r) => bytes.has(r),
    valueIndex(keys, (r: string) => r),
  )
}
