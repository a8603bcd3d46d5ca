import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileArn } from '../../../../src/engine/conditions/arn'
import { compileBinary } from '../../../../src/engine/conditions/binary'
import { compileBool } from '../../../../src/engine/conditions/bool'
import { compileDate } from '../../../../src/engine/conditions/date'
import { BASE_OPERATORS, compileCondition } from '../../../../src/engine/conditions/index'
import { compileNumeric } from '../../../../src/engine/conditions/numeric'
import { compileString } from '../../../../src/engine/conditions/string'
import type { CompiledValues } from '../../../../src/engine/conditions/types'
import { KEY, lookupOf } from './helpers'

// Values that exercise every family: well-formed and malformed, with and without wildcards and variables.
const POOL = [
  '',
  'a',
  'A',
  'a*',
  '*',
  '?',
  'home/${aws:username}/*',
  '${aws:username}',
  "${aws:PrincipalTag/team, 'dev'}",
  '${*}',
  '10',
  '10.5',
  '-3',
  '1e3',
  'ten',
  '2020-01-01',
  '2020-01-01T00:00:00Z',
  '1577836800',
  '2020-02-30',
  'true',
  'FALSE',
  'yes',
  'QUJD',
  'QUJD=',
  '203.0.113.0/24',
  '203.0.113.7',
  '2001:db8::/32',
  '2001:db8::1',
  '::ffff:203.0.113.7',
  '300.1.1.1',
  'arn:aws:iam::123456789012:role/Admin',
  'arn:aws:iam::*:role/*',
  'arn:aws:iam::${aws:username}:*',
  'arn:aws:s3:::bucket/*',
  'not-an-arn',
]

// Per-family pools, so that comparisons between well-formed values (where fast paths differ most) are frequent.
const FAMILY_POOLS: Record<string, string[]> = {
  String: ['a', 'b', 'ab', 'A', 'a*', '*b', '?', 'Σ', 'σ', 'ς', '${aws:username}', 'x${aws:username}*'],
  Numeric: ['-1', '0', '0.5', '1', '2', '2.0', '10', '1e1', '-0'],
  Date: [
    '2020-01-01',
    '2020-01-01T00:00:00Z',
    '2020-01-01T01:00:00+01:00',
    '1577836800',
    '1577836801',
    '2021-06-30T12:00:00.5Z',
    '2019-12-31',
  ],
  Bool: ['true', 'false', 'TRUE', 'False'],
  Binary: ['QQ==', 'QQ', 'QR==', 'QUJD', 'QUJE', ''],
  IpAddress: [
    '10.0.0.0/8',
    '10.1.2.3',
    '10.255.255.255',
    '11.0.0.0',
    '0.0.0.0/0',
    '::/0',
    '2001:db8::/32',
    '2001:db8::1',
    '::ffff:10.1.2.3',
    '::ffff:0:0/96',
  ],
  Arn: [
    'arn:aws:iam::1:role/a',
    'arn:aws:iam::*:role/*',
    'arn:aws:iam::1:*',
    'arn:aws:iam::${aws:username}:role/a',
    'arn:aws:s3:::b/*',
    'arn:aws:s3:::b/k:1',
  ],
  Null: ['true', 'false'],
}
const familyOf = (base: string): string =>
  base.startsWith('String')
    ? 'String'
    : base.startsWith('Numeric')
      ? 'Numeric'
      : base.startsWith('Date')
        ? 'Date'
        : base.startsWith('Arn')
          ? 'Arn'
          : base.includes('IpAddress')
            ? 'IpAddress'
            : base === 'BinaryEquals'
              ? 'Binary'
              : base

const text = fc.oneof(fc.constantFrom(...POOL), fc.string({ maxLength: 12 }))
const context = fc.record(
  {
    'aws:username': fc.oneof(text, fc.constantFrom('a', 'b', '1', '*'), fc.constant(['x', 'y'])),
    'aws:PrincipalTag/team': text,
  },
  { requiredKeys: [] },
)
const operator = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('', 'ForAllValues:', 'ForAnyValue:'),
      fc.constantFrom(...BASE_OPERATORS),
      fc.constantFrom('', 'IfExists'),
    )
    .map(([set, base, suffix]) => set + base + suffix),
  fc.constantFrom('stringequals', 'StringEqual', 'ForAllValues:Null', 'NullIfExists', ''),
)

/** Values mostly from the operator's own family, sometimes from anywhere. */
function valueFor(op: string): fc.Arbitrary<string> {
  const base = op.replace(/^For(All|Any)Values?:/, '').replace(/IfExists$/, '')
  const pool = FAMILY_POOLS[familyOf(base)]
  return pool ? fc.oneof({ arbitrary: fc.constantFrom(...pool), weight: 4 }, { arbitrary: text, weight: 1 }) : text
}

const scenario = operator.chain((op) => {
  const value = valueFor(op)
  return fc.record({
    operator: fc.constant(op),
    values: fc.array(value, { maxLength: 4 }),
    variables: fc.boolean(),
    requests: fc.array(
      fc.record({ value: fc.option(fc.oneof(value, fc.array(value, { maxLength: 4 })), { nil: undefined }), context }),
      { minLength: 1, maxLength: 4 },
    ),
  })
})

describe('compileCondition properties', () => {
  it('test() always agrees with explain().matched, and neither throws', () => {
    fc.assert(
      fc.property(scenario, ({ operator, values, variables, requests }) => {
        const condition = compileCondition(operator, KEY, values, variables)
        for (const { value, context } of requests) {
          const lookup = lookupOf(value === undefined ? context : { ...context, [KEY]: value })
          const explained = condition.explain(lookup)
          expect(condition.test(lookup)).toBe(explained.matched)
          expect(explained.values.map((v) => v.value)).toEqual(values)
          expect(structuredClone(explained)).toEqual(explained)
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('a reused compiled condition answers like a freshly compiled one (caches never leak between requests)', () => {
    fc.assert(
      fc.property(scenario, ({ operator, values, variables, requests }) => {
        const reused = compileCondition(operator, KEY, values, variables)
        for (const { value, context } of requests) {
          const lookup = lookupOf(value === undefined ? context : { ...context, [KEY]: value })
          expect(reused.test(lookup)).toBe(compileCondition(operator, KEY, values, variables).test(lookup))
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('a negated string operator is the complement of its positive operator on a present single value, variables with no value included', () => {
    const pairs = [
      ['StringEquals', 'StringNotEquals'],
      ['StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase'],
      ['StringLike', 'StringNotLike'],
    ] as const
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.array(text, { maxLength: 4 }),
        text,
        fc.option(fc.constantFrom('a', '*', 'A'), { nil: undefined }),
        ([positive, negated], values, value, username) => {
          // A variable with no value makes its value match nothing, so the complement holds then too (User Guide,
          // "Policy variables with no value": inverted operators "do match against a null value").
          const lookup = lookupOf(
            username === undefined ? { [KEY]: value } : { [KEY]: value, 'aws:username': username },
          )
          const p = compileCondition(positive, KEY, values, true).test(lookup)
          expect(compileCondition(negated, KEY, values, true).test(lookup)).toBe(!p)
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('the lookup over values compared by equality answers exactly as testing each value does', () => {
    const families = [
      ['StringEquals', (v: string[]) => compileString('StringEquals', v, false), FAMILY_POOLS.String!],
      [
        'StringEqualsIgnoreCase',
        (v: string[]) => compileString('StringEqualsIgnoreCase', v, false),
        [...FAMILY_POOLS.String!, 'SS', 'ß', 'Ab', 'aB'],
      ],
      ['StringLike', (v: string[]) => compileString('StringLike', v, false), FAMILY_POOLS.String!],
      ['NumericEquals', (v: string[]) => compileNumeric('NumericEquals', v), FAMILY_POOLS.Numeric!],
      ['DateEquals', (v: string[]) => compileDate('DateEquals', v), FAMILY_POOLS.Date!],
      ['Bool', (v: string[]) => compileBool(v), FAMILY_POOLS.Bool!],
      ['BinaryEquals', (v: string[]) => compileBinary(v), FAMILY_POOLS.Binary!],
      ['ArnLike', (v: string[]) => compileArn(v, false), [...FAMILY_POOLS.Arn!, 'arn:aws:iam::1:role/b', '*']],
    ] as const
    const scenario = fc.constantFrom(...families).chain(([name, compile, pool]) => {
      const value = fc.oneof({ arbitrary: fc.constantFrom(...pool), weight: 4 }, { arbitrary: text, weight: 1 })
      return fc.record({
        name: fc.constant(name),
        compile: fc.constant(compile as (v: string[]) => CompiledValues<unknown>),
        values: fc.array(value, { maxLength: 8 }),
        requests: fc.array(value, { minLength: 1, maxLength: 6 }),
      })
    })
    fc.assert(
      fc.property(scenario, ({ compile, values, requests }) => {
        const cv = compile(values)
        for (const text of requests) {
          const r = cv.parse(text)
          if (r === undefined) continue
          const expected = cv.values.map((v) => v.test?.(r) === true)
          const found = new Set(cv.index?.find(r) ?? [])
          cv.values.forEach((v, i) => {
            if (cv.index?.covered[i]) expect(found.has(i)).toBe(expected[i])
            else expect(found.has(i)).toBe(false)
          })
          expect(cv.anyStatic(r)).toBe(expected.some(Boolean))
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('ForAllValues holds and ForAnyValue fails on a missing key, whatever the base and values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BASE_OPERATORS.filter((b) => b !== 'Null')),
        fc.array(text, { maxLength: 3 }),
        (base, values) => {
          const missing = lookupOf({})
          expect(compileCondition(`ForAllValues:${base}`, KEY, values, true).test(missing)).toBe(true)
          expect(compileCondition(`ForAnyValue:${base}`, KEY, values, true).test(missing)).toBe(false)
        },
      ),
      { numRuns: 300 },
    )
  })
})
