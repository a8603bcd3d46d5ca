import { describe, expect, it } from 'vitest'
import { parseDate } from '../../../../src/engine/conditions/date'
import { evaluate, holds } from './helpers'

const JAN_1_2020 = Date.UTC(2020, 0, 1)

describe(parseDate, () => {
  it.each([
    ['2020-01-01', JAN_1_2020],
    ['2020-01', JAN_1_2020],
    ['2020-01-01T00:00Z', JAN_1_2020],
    ['2020-01-01T00:00:00Z', JAN_1_2020],
    ['2020-01-01T00:00:00.000Z', JAN_1_2020],
    ['2020-01-01T01:00:00+01:00', JAN_1_2020],
    ['2019-12-31T19:00:00-05:00', JAN_1_2020],
    ['2020-01-01T01:00:00+0100', JAN_1_2020],
    ['2020-01-01t00:00:00z', JAN_1_2020],
    ['2020-01-01T00:00:00', JAN_1_2020],
    ['1577836800', JAN_1_2020],
    ['2020-01-01T00:00:00.5Z', JAN_1_2020 + 500],
    ['2020-01-01T00:00:00.123456Z', JAN_1_2020 + 123.456],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['0', 0],
    ['-86400', -86_400_000],
    ['1969-12-31T23:59:59Z', -1000],
  ])('reads %j: "W3C implementations of the ISO 8601 date formats or epoch (UNIX) time"', (text, ms) => {
    expect(parseDate(text)).toBe(ms)
  })

  it('reads years before 100 without the two-digit-year trap of Date.UTC', () => {
    const d = new Date(0)
    d.setUTCFullYear(99, 5, 15)
    expect(parseDate('0099-06-15')).toBe(d.getTime())
  })

  it('reads an all-digit value as epoch seconds, even one that looks like a year or a compact date', () => {
    expect(parseDate('2024')).toBe(2_024_000)
    expect(parseDate('20200101')).toBe(20_200_101_000)
  })

  it.each([
    '2020-13-01',
    '2020-02-30',
    '2023-02-29',
    '2020-01-01T24:00:00Z',
    '2020-01-01T12:60:00Z',
    '2020-01-01T12:00:60Z',
    '2020-1-1',
    '2020-01-01 00:00:00Z',
    '2020-01-01T00Z',
    'yesterday',
    '',
    '1e9',
    '2020-01-01T00:00:00+25:00',
  ])('rejects %j', (text) => {
    expect(parseDate(text)).toBeUndefined()
  })
})

describe('Date condition operators', () => {
  it.each([
    ['DateEquals', '2020-01-01T00:00:00Z', '2020-01-01', true],
    ['DateEquals', '2020-01-01T00:00:00Z', '2020-01-01T00:00:01Z', false],
    ['DateNotEquals', '2020-01-01T00:00:00Z', '2020-01-01T00:00:01Z', true],
    ['DateNotEquals', '2020-01-01', '1577836800', false],
    ['DateLessThan', '2020-01-01T00:00:00Z', '2019-12-31T23:59:59Z', true],
    ['DateLessThan', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z', false],
    ['DateLessThanEquals', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z', true],
    ['DateGreaterThan', '2020-01-01T00:00:01Z', '2020-06-01T00:00:00Z', true],
    ['DateGreaterThan', '2020-01-01T00:00:01Z', '2020-01-01T00:00:01Z', false],
    ['DateGreaterThanEquals', '2020-01-01T00:00:01Z', '2020-01-01T00:00:01Z', true],
  ])('%s matches "a specific date and time": policy %s, request %s', (op, policy, request, expected) => {
    expect(holds(op, policy, request)).toBe(expected)
  })

  it('compares instants, so zones and epoch seconds mix on either side', () => {
    expect(holds('DateEquals', '1577836800', '2020-01-01T01:00:00+01:00')).toBe(true)
    expect(holds('DateLessThan', '2020-01-01T00:00:00-05:00', '2020-01-01T04:59:59Z')).toBe(true)
  })

  it('follows the aws:TokenIssueTime example: credentials issued after 2020-01-01T00:00:01Z', () => {
    expect(holds('DateGreaterThan', '2020-01-01T00:00:01Z', '2020-03-15T08:30:00Z')).toBe(true)
    expect(holds('DateGreaterThan', '2020-01-01T00:00:01Z', '2019-12-15T08:30:00Z')).toBe(false)
  })

  it('"Wildcards are not permitted for date condition operators": a wildcard value is malformed', () => {
    const e = evaluate('DateEquals', '2020-*', '2020-01-01')
    expect(e.matched).toBe(false)
    expect(e.error).toBe('policy value `2020-*` is not a date')
  })

  it('treats a malformed request date as no match, even for DateNotEquals', () => {
    const e = evaluate('DateNotEquals', '2020-01-01', 'not a date')
    expect(e.matched).toBe(false)
    expect(e.reason).toBe('condition_value_malformed')
  })

  it('"You can not use a policy variable with the Date condition operator"', () => {
    const e = evaluate('DateLessThan', '${aws:CurrentTime}', '2020-01-01', {
      context: { 'aws:CurrentTime': '2021-01-01' },
    })
    expect(e.matched).toBe(false)
    expect(e.error).toContain('policy variables cannot be used with `Date` operators')
  })
})
