// Long lists of policy values compared by equality are looked up, not tested one by one (conditions/types.ts
// `valueIndex`). These tests pin that the lookup decides, and reports in the trace, exactly what testing each value on
// its own would: the same `matched`, and the same values marked as matching. No timings here: see
// tests/bench/engine.bench.ts for the speed of this workload.
import { describe, expect, it } from 'vitest'
import { compileCondition, type ConditionEval } from '../../../../src/engine/conditions/index'
import { positiveOf } from '../../../../src/engine/conditions/operator'
import { evaluate, KEY, lookupOf } from './helpers'

/**
 * The one-by-one answer for each policy value: does any request value match it (before negation)? Each value is
 * compiled alone under `ForAnyValue:` with the operator's positive base, so no lookup over the list takes part.
 */
function oneByOne(
  operator: string,
  values: readonly string[],
  request: string | string[],
  context: Record<string, string | string[]> = {},
): boolean[] {
  const base = operator.replace(/^For(All|Any)Values?:/, '').replace(/IfExists$/, '')
  const lookup = lookupOf({ ...context, [KEY]: Array.isArray(request) ? request : [request] })
  return values.map((v) => compileCondition(`ForAnyValue:${positiveOf(base)}`, KEY, [v], true).test(lookup))
}

/** Evaluates (test and explain agree, see helpers) and checks each value's `matched` against {@link oneByOne}. */
function check(
  operator: string,
  values: string[],
  request: string | string[],
  context: Record<string, string | string[]> = {},
): ConditionEval {
  const e = evaluate(operator, values, request, { context })
  expect(e.values.map((v) => v.matched)).toEqual(oneByOne(operator, values, request, context))
  return e
}

const N = 2000
const policyTags = Array.from({ length: N }, (_, i) => `tag-${i}`)

describe('set operators on long lists of exact values: a lookup decides like testing each value', () => {
  it('2,000 request values × 2,000 policy values, ForAnyValue:StringEquals and ForAllValues:StringEquals', () => {
    const inside = Array.from({ length: N }, (_, i) => `tag-${(i * 7) % N}`)
    const oneOutside = [...inside.slice(1), 'tag-outside']
    const none = Array.from({ length: N }, (_, i) => `other-${i}`)
    expect(check('ForAnyValue:StringEquals', policyTags, inside).matched).toBe(true)
    expect(check('ForAllValues:StringEquals', policyTags, inside).matched).toBe(true)
    expect(check('ForAnyValue:StringEquals', policyTags, oneOutside).matched).toBe(true)
    expect(check('ForAllValues:StringEquals', policyTags, oneOutside).matched).toBe(false)
    expect(check('ForAnyValue:StringEquals', policyTags, none).matched).toBe(false)
    expect(check('ForAllValues:StringEquals', policyTags, none).matched).toBe(false)
  })

  it('the trace marks exactly the policy values the request carried', () => {
    const e = check('ForAnyValue:StringEquals', policyTags, ['tag-3', 'tag-1999', 'nope'])
    const marked = e.values.flatMap((v, i) => (v.matched ? [i] : []))
    expect(marked).toEqual([3, 1999])
  })

  it('the negated forms mark the same values and negate the answer', () => {
    const e = check('ForAllValues:StringNotEquals', policyTags, ['tag-3', 'nope'])
    expect(e.matched).toBe(false)
    expect(e.values.filter((v) => v.matched).map((v) => v.value)).toEqual(['tag-3'])
    expect(check('ForAnyValue:StringNotEquals', policyTags, ['tag-3', 'nope']).matched).toBe(true)
    expect(check('ForAllValues:StringNotEquals', policyTags, ['nope', 'nada']).matched).toBe(true)
  })

  it('a value listed twice is marked at both positions', () => {
    const e = check('ForAnyValue:StringEquals', ['a', 'b', 'a'], ['a'])
    expect(e.values.map((v) => v.matched)).toEqual([true, false, true])
  })

  it('StringEquals takes `*` and `?` literally: they are looked up like any character', () => {
    expect(check('ForAnyValue:StringEquals', ['a*', 'b?', 'c'], ['ab']).matched).toBe(false)
    expect(check('ForAnyValue:StringEquals', ['a*', 'b?', 'c'], ['a*']).matched).toBe(true)
    expect(check('ForAllValues:StringEquals', ['a*', 'b?', 'c'], ['b?', 'c']).matched).toBe(true)
  })

  it('StringEqualsIgnoreCase folds case on both sides of the lookup', () => {
    const values = ['DataClass', 'OWNER', 'straße', 'ΣΊΣΥΦΟΣ', ...policyTags]
    const e = check('ForAllValues:StringEqualsIgnoreCase', values, [
      'dataclass',
      'Owner',
      'STRASSE',
      'σίσυφος',
      'TAG-7',
    ])
    // `ß` does not fold to `ss` (Java's equalsIgnoreCase compares one character at a time).
    expect(e.matched).toBe(false)
    expect(e.values.slice(0, 4).map((v) => v.matched)).toEqual([true, true, false, true])
    expect(check('ForAnyValue:StringEqualsIgnoreCase', values, ['TAG-1999']).matched).toBe(true)
    expect(check('ForAnyValue:StringNotEqualsIgnoreCase', values, ['TAG-1999']).matched).toBe(false)
  })

  it('StringLike looks its wildcard-free values up and tests its patterns', () => {
    const values = ['exact', 'pre*', '?x', ...policyTags]
    expect(check('ForAllValues:StringLike', values, ['exact', 'prefix', 'ax', 'tag-5']).matched).toBe(true)
    expect(check('ForAllValues:StringLike', values, ['exact', 'tag-5', 'pr']).matched).toBe(false)
    const e = check('ForAnyValue:StringLike', values, ['prelude', 'tag-0'])
    expect(e.values.filter((v) => v.matched).map((v) => v.value)).toEqual(['pre*', 'tag-0'])
  })

  it('policy variables are substituted per request next to the looked-up values', () => {
    const values = [...policyTags, '${aws:username}', 'home-${aws:username}']
    const alice = { 'aws:username': 'alice' }
    let e = check('ForAllValues:StringEquals', values, ['tag-1', 'alice', 'home-alice'], alice)
    expect(e.matched).toBe(true)
    expect(e.values.slice(-2)).toEqual([
      { value: '${aws:username}', resolved: 'alice', matched: true },
      { value: 'home-${aws:username}', resolved: 'home-alice', matched: true },
    ])
    // Without a username the two values match nothing; the looked-up ones still do.
    e = check('ForAllValues:StringEquals', values, ['tag-1', 'alice'])
    expect(e.matched).toBe(false)
    expect(e.values[1]?.matched).toBe(true)
    expect(e.values.at(-1)).toEqual({ value: 'home-${aws:username}', unresolved: 'aws:username', matched: false })
    expect(check('ForAnyValue:StringEquals', values, ['tag-1', 'alice']).matched).toBe(true)
  })

  it('the missing-key answers stay: ForAllValues holds, ForAnyValue does not', () => {
    for (const request of [undefined, [] as string[]]) {
      expect(evaluate('ForAllValues:StringEquals', policyTags, request).matched).toBe(true)
      expect(evaluate('ForAnyValue:StringEquals', policyTags, request).matched).toBe(false)
      expect(evaluate('ForAllValues:StringEqualsIgnoreCase', policyTags, request).matched).toBe(true)
      expect(evaluate('ForAnyValue:ArnEquals', ['arn:aws:s3:::b'], request).matched).toBe(false)
    }
  })

  it('a single-valued key is a one-element set', () => {
    expect(check('ForAllValues:StringEquals', policyTags, 'tag-42').matched).toBe(true)
    expect(check('ForAnyValue:StringEquals', policyTags, 'tag-x').matched).toBe(false)
    expect(check('StringEquals', policyTags, 'tag-42').matched).toBe(true)
  })

  it('ArnEquals and ArnLike look up ARNs without wildcards and match the others component by component', () => {
    const arns = Array.from({ length: N }, (_, i) => `arn:aws:iam::111122223333:role/r${i}`)
    const values = [...arns, 'arn:aws:s3:::bucket/*', 'arn:aws:iam::*']
    const request = ['arn:aws:iam::111122223333:role/r12', 'arn:aws:s3:::bucket/k', 'arn:aws:iam::1:user/u']
    const e = check('ForAnyValue:ArnEquals', values, request)
    expect(e.matched).toBe(true)
    expect(e.values.filter((v) => v.matched).map((v) => v.value)).toEqual([
      'arn:aws:iam::111122223333:role/r12',
      'arn:aws:s3:::bucket/*',
    ])
    expect(check('ForAllValues:ArnLike', values, request).matched).toBe(false)
    expect(check('ForAllValues:ArnLike', values, request.slice(0, 2)).matched).toBe(true)
    expect(check('ForAllValues:ArnNotEquals', values, ['arn:aws:iam::1:user/u']).matched).toBe(true)
  })

  it.each<[string, string[], string[], boolean]>([
    ['ForAllValues:NumericEquals', ['10', '2.5', '-0'], ['1e1', '2.50', '0'], true],
    ['ForAnyValue:NumericEquals', ['10', 'x'], ['11', 'ten'], false],
    ['ForAllValues:NumericNotEquals', ['10', '20'], ['10.0'], false],
    ['ForAllValues:DateEquals', ['2020-01-01', '1577836801'], ['2020-01-01T00:00:00Z', '1577836800'], true],
    ['ForAnyValue:DateEquals', ['2020-01-01T01:00:00+01:00'], ['1577836800'], true],
    ['ForAllValues:Bool', ['true'], ['TRUE', 'true'], true],
    ['ForAnyValue:Bool', ['false', 'maybe'], ['true'], false],
    ['ForAllValues:BinaryEquals', ['QQ==', 'QUJD'], ['QQ', 'QUJD'], true],
    ['ForAnyValue:BinaryEquals', ['QQ=='], ['QUJD'], false],
  ])('the other equality operators: %s %j against %j -> %s', (op, values, request, expected) => {
    expect(check(op, values, request).matched).toBe(expected)
  })
})
