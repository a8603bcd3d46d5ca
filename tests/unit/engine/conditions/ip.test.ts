import { describe, expect, it } from 'vitest'
import { parseCidr, parseIp } from '../../../../src/engine/conditions/ip'
import { evaluate, holds } from './helpers'

describe('IP address condition operators', () => {
  it.each([
    ['203.0.113.0/24', '203.0.113.0', true],
    ['203.0.113.0/24', '203.0.113.255', true],
    ['203.0.113.0/24', '203.0.114.0', false],
    ['203.0.113.0/24', '203.0.112.255', false],
    ['0.0.0.0/0', '198.51.100.7', true],
    ['10.0.0.0/8', '10.255.255.255', true],
    ['192.0.2.128/25', '192.0.2.127', false],
    ['192.0.2.128/25', '192.0.2.200', true],
  ])(
    'IpAddress matches "the specified IP address or range" in CIDR form: %s contains %s → %s',
    (range, ip, expected) => {
      expect(holds('IpAddress', range, ip)).toBe(expected)
    },
  )

  it.each([
    ['203.0.113.7', '203.0.113.7', true],
    ['203.0.113.7', '203.0.113.8', false],
    ['2001:db8::1', '2001:DB8:0:0:0:0:0:1', true],
    ['2001:db8::1', '2001:db8::2', false],
  ])(
    '"If you specify an IP address without the associated routing prefix, IAM uses the default prefix value of /32" (/128 for IPv6): %s vs %s',
    (policy, ip, expected) => {
      expect(holds('IpAddress', policy, ip)).toBe(expected)
    },
  )

  it.each([
    ['2001:DB8:1234:5678::/64', '2001:db8:1234:5678:abcd::1', true],
    ['2001:DB8:1234:5678::/64', '2001:db8:1234:5679::1', false],
    ['::/0', '::1', true],
    ['2001:db8::/32', '2001:0db8:ffff:ffff:ffff:ffff:ffff:ffff', true],
    ['fe80::/10', 'febf::1', true],
    ['fe80::/10', 'fec0::1', false],
    ['::1/128', '0:0:0:0:0:0:0:1', true],
    ['2001:db8:0:0:1::/80', '2001:db8::1:0:0:1', true],
  ])('supports IPv6, "using :: to represent a range of 0s": %s contains %s → %s', (range, ip, expected) => {
    expect(holds('IpAddress', range, ip)).toBe(expected)
  })

  it('mixes IPv4 and IPv6 ranges in one condition, as the User Guide recommends during an IPv6 transition', () => {
    const ranges = ['203.0.113.0/24', '2001:DB8:1234:5678::/64']
    expect(holds('IpAddress', ranges, '203.0.113.9')).toBe(true)
    expect(holds('IpAddress', ranges, '2001:db8:1234:5678::9')).toBe(true)
    expect(holds('IpAddress', ranges, '198.51.100.1')).toBe(false)
  })

  it.each([
    ['203.0.113.0/24', '::ffff:203.0.113.9', true],
    ['::ffff:203.0.113.0/120', '203.0.113.9', true],
    ['::ffff:0:0/96', '198.51.100.1', true],
    ['::/0', '198.51.100.1', false],
    ['0.0.0.0/0', '2001:db8::1', false],
  ])(
    'reads IPv4-mapped IPv6 addresses as IPv4, and keeps the families apart otherwise: %s vs %s',
    (range, ip, expected) => {
      expect(holds('IpAddress', range, ip)).toBe(expected)
    },
  )

  it('ignores host bits after the prefix', () => {
    expect(holds('IpAddress', '203.0.113.77/24', '203.0.113.1')).toBe(true)
  })

  it.each([
    ['203.0.113.0/24', '203.0.113.5', false],
    ['203.0.113.0/24', '198.51.100.5', true],
  ])(
    'NotIpAddress matches "all IP addresses except the specified IP address or range": %s vs %s',
    (range, ip, expected) => {
      expect(holds('NotIpAddress', range, ip)).toBe(expected)
    },
  )

  it('NotIpAddress with several ranges holds only when the address is in none of them (NOR)', () => {
    expect(holds('NotIpAddress', ['10.0.0.0/8', '192.168.0.0/16'], '192.168.1.1')).toBe(false)
    expect(holds('NotIpAddress', ['10.0.0.0/8', '192.168.0.0/16'], '172.16.0.1')).toBe(true)
  })

  it('aws:SourceIp missing (a VPC endpoint request): IpAddress is false, NotIpAddress true', () => {
    expect(holds('IpAddress', '203.0.113.0/24', undefined)).toBe(false)
    expect(holds('NotIpAddress', '203.0.113.0/24', undefined)).toBe(true)
  })

  it.each([
    '203.0.113',
    '203.0.113.256',
    '203.0.113.5/24',
    '2001:db8::1::2',
    'fe80::1%eth0',
    '[::1]',
    '',
    'localhost',
    '01.2.3.4',
  ])('a malformed request address %j matches nothing and reports why', (ip) => {
    const e = evaluate('IpAddress', '0.0.0.0/0', ip)
    expect(e.matched).toBe(false)
    expect(e.error).toBe(`request value \`${ip}\` is not an IP address`)
  })

  it('a malformed request address does not satisfy NotIpAddress either', () => {
    expect(holds('NotIpAddress', '203.0.113.0/24', 'not-an-ip')).toBe(false)
  })

  it.each([
    '203.0.113.0/33',
    '203.0.113.0/',
    '2001:db8::/129',
    '203.0.113.0/-1',
    '203.0.113.0/2a',
    'abc',
    '${aws:SourceIp}',
  ])('a malformed policy range %j matches nothing and is reported', (range) => {
    const e = evaluate('IpAddress', [range, '198.51.100.0/24'], '198.51.100.1')
    expect(e.matched).toBe(true)
    expect(e.error).toContain(`policy value \`${range}\` is not an IP address or CIDR range`)
  })
})

describe(parseIp, () => {
  it.each([
    ['0.0.0.0', 0],
    ['255.255.255.255', 0xffffffff],
    ['1.2.3.4', 0x01020304],
    ['::ffff:1.2.3.4', 0x01020304],
    ['::FFFF:0102:0304', 0x01020304],
  ])('reads %j as an IPv4 number', (text, value) => {
    expect(parseIp(text)).toBe(value)
  })

  it.each([
    ['::', [0, 0, 0, 0]],
    ['::1', [0, 0, 0, 1]],
    ['1::', [0x00010000, 0, 0, 0]],
    ['2001:db8::ff00:42:8329', [0x20010db8, 0, 0x0000ff00, 0x00428329]],
    ['::1.2.3.4', [0, 0, 0, 0x01020304]],
    ['64:ff9b::192.0.2.33', [0x0064ff9b, 0, 0, 0xc0000221]],
  ])('reads %j as IPv6 words', (text, words) => {
    expect(parseIp(text)).toEqual(words)
  })

  it.each([
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7',
    '1::2:3:4:5:6:7:8',
    '12345::',
    'g::1',
    '1.2.3.4::',
    ':1::',
    '1:2:3:4:5:6:1.2.3.4:8',
  ])('rejects %j', (text) => {
    expect(parseIp(text)).toBeUndefined()
  })

  it('parses a prefix of 0 as the whole address space', () => {
    expect(parseCidr('1.2.3.4/0')).toEqual({ v4: true, net: 0, mask: 0 })
  })
})
