// IP address condition operators: IpAddress (and NotIpAddress, negated by the caller), IPv4 and IPv6 CIDR ranges.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
import {
  compiledValues,
  malformedPolicyValue,
  malformedRequestValue,
  type CompiledValue,
  type CompiledValues,
  type ValueTest,
} from './types'

/** An IPv6 address or mask as four unsigned 32-bit words, most significant first. */
type Words = [number, number, number, number]

/** An address: an IPv4 address as an unsigned 32-bit number, or an IPv6 address as four 32-bit words. */
export type IpAddr = number | Readonly<Words>

/** Parses dotted-quad IPv4 without allocating; -1 when malformed. Leading zeros are rejected (octal or decimal?). */
function parseV4(text: string, from: number): number {
  let value = 0
  let parts = 0
  let i = from
  while (parts < 4) {
    const start = i
    let octet = 0
    while (i < text.length) {
      const c = text.charCodeAt(i)
      if (c < 48 || c > 57) break
      octet = octet * 10 + (c - 48)
      i++
    }
    const len = i - start
    if (len === 0 || len > 3 || octet > 255 || (len > 1 && text.charCodeAt(start) === 48)) return -1
    value = value * 256 + octet
    parts++
    if (parts < 4) {
      if (text.charCodeAt(i) !== 46) return -1
      i++
    }
  }
  return i === text.length ? value : -1
}

const HEX = /^[0-9a-fA-F]{1,4}$/

/** Parses IPv6 text (RFC 4291 §2.2: `::` for one or more zero groups, an optional dotted-quad tail). */
function parseV6(text: string): Words | undefined {
  const halves = text.split('::')
  if (halves.length > 2) return undefined
  const groupsOf = (s: string): number[] | undefined => {
    if (s === '') return []
    const out: number[] = []
    const pieces = s.split(':')
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k]!
      if (k === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseV4(piece, 0)
        if (v4 < 0) return undefined
        out.push(v4 >>> 16, v4 & 0xffff)
      } else if (HEX.test(piece)) out.push(parseInt(piece, 16))
      else return undefined
    }
    return out
  }
  const head = groupsOf(halves[0]!)
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : []
  if (!head || !tail) return undefined
  // A dotted quad may only end the address.
  if (halves.length === 2 && halves[0]!.includes('.')) return undefined
  const given = head.length + tail.length
  if (halves.length === 2 ? given > 7 : given !== 8) return undefined
  const groups = [...head, ...new Array<number>(8 - given).fill(0), ...tail]
  return [0, 1, 2, 3].map((w) => ((groups[2 * w]! << 16) | groups[2 * w + 1]!) >>> 0) as Words
}

/**
 * Parses an IPv4 or IPv6 address; undefined when malformed. An IPv4-mapped IPv6 address (`::ffff:203.0.113.5`) is
 * read as the IPv4 address it carries, so it meets IPv4 ranges; zone IDs (`%eth0`) and brackets are malformed.
 */
export function parseIp(text: string): IpAddr | undefined {
  // One request value (`aws:SourceIp`) usually meets several conditions: remember the last one.
  if (text === lastText) return lastValue
  lastText = text
  lastValue = parseIpUncached(text)
  return lastValue
}

let lastText: string | undefined
let lastValue: IpAddr | undefined

function parseIpUncached(text: string): IpAddr | undefined {
  const v4 = parseV4(text, 0)
  if (v4 >= 0) return v4
  if (!text.includes(':')) return undefined
  const v6 = parseV6(text)
  if (!v6) return undefined
  return v6[0] === 0 && v6[1] === 0 && v6[2] === 0xffff ? v6[3] : v6
}

/** A parsed CIDR range: the network and mask of one address family. */
export type IpRange = { v4: true; net: number; mask: number } | { v4: false; net: Words; mask: Words }

function maskWord(bits: number): number {
  return bits <= 0 ? 0 : bits >= 32 ? 0xffffffff : (0xffffffff << (32 - bits)) >>> 0
}

/**
 * Parses a CIDR range: "the standard CIDR format (for example, 203.0.113.0/24 or 2001:DB8:1234:5678::/64). If you
 * specify an IP address without the associated routing prefix, IAM uses the default prefix value of /32" (for IPv6,
 * /128: a single address). Host bits after the prefix are ignored. An IPv4-mapped IPv6 range of /96 or longer is
 * the IPv4 range it carries.
 */
export function parseCidr(text: string): IpRange | undefined {
  const slash = text.indexOf('/')
  const addrText = slash < 0 ? text : text.slice(0, slash)
  const prefixText = slash < 0 ? undefined : text.slice(slash + 1)
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined
  const v4 = parseV4(addrText, 0)
  if (v4 >= 0) {
    const bits = prefixText === undefined ? 32 : Number(prefixText)
    if (bits > 32) return undefined
    const mask = maskWord(bits)
    return { v4: true, net: (v4 & mask) >>> 0, mask }
  }
  const v6 = addrText.includes(':') ? parseV6(addrText) : undefined
  if (!v6) return undefined
  const bits = prefixText === undefined ? 128 : Number(prefixText)
  if (bits > 128) return undefined
  if (bits >= 96 && v6[0] === 0 && v6[1] === 0 && v6[2] === 0xffff) {
    const mask = maskWord(bits - 96)
    return { v4: true, net: (v6[3] & mask) >>> 0, mask }
  }
  const mask = [0, 1, 2, 3].map((w) => maskWord(bits - 32 * w)) as Words
  return { v4: false, net: v6.map((word, w) => (word & mask[w]!) >>> 0) as Words, mask }
}

/** The test for one range. */
export function inRange(range: IpRange): ValueTest<IpAddr> {
  if (range.v4) {
    const { net, mask } = range
    return (r) => typeof r === 'number' && (r & mask) >>> 0 === net
  }
  const [n0, n1, n2, n3] = range.net
  const [m0, m1, m2, m3] = range.mask
  return (r) =>
    typeof r !== 'number' &&
    (r[0] & m0) >>> 0 === n0 &&
    (r[1] & m1) >>> 0 === n1 &&
    (r[2] & m2) >>> 0 === n2 &&
    (r[3] & m3) >>> 0 === n3
}

const malformed = malformedRequestValue('ip')

/** Compiles the values of an `IpAddress` condition. Policy variables are not substituted. */
export function compileIp(values: readonly string[]): CompiledValues<IpAddr> {
  const compiled = values.map((value): CompiledValue<IpAddr> => {
    const range = parseCidr(value)
    if (!range) {
      return {
        value,
        error: malformedPolicyValue('ip', value, 'IpAddress'),
      }
    }
    return { value, test: inRange(range) }
  })
  return compiledValues(compiled, parseIp, malformed)
}
