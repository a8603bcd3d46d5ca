// Hostile or broken input (deep nesting, huge texts, cycles, prototype keys) must give a diagnostic, a decision,
// or an EngineInputError: never a stack overflow, a hang, another exception, or a polluted Object.prototype.
import { afterEach, describe, expect, it } from 'vitest'
import { EngineInputError, evaluate, LIMITS, type EvaluationInput } from '../../../../src/engine/index'
import { parseJsonText } from '../../../../src/engine/json/tree'
import { parsePolicy } from '../../../../src/engine/policy/parse'
import { sliceSpan } from '../../../helpers/strip-spans'

const BOB = 'arn:aws:iam::123456789012:user/Bob'
const ALLOW_ALL = { Effect: 'Allow', Action: '*', Resource: '*' }
/** Room for slow machines; a hang or an overflow still fails. */
const SLOW_OK = { timeout: 60_000 }

/** Runs evaluate and reads its trace; returns the decision or `EngineInputError`, and rethrows anything else. */
function outcome(input: unknown): string {
  try {
    const result = evaluate(input as EvaluationInput)
    expect(['Allow', 'ExplicitDeny', 'ImplicitDeny']).toContain(result.decision)
    expect(result.trace.decision).toBe(result.decision)
    return result.decision
  } catch (error) {
    if (error instanceof EngineInputError) return 'EngineInputError'
    throw error
  }
}

/** A request by Bob for `s3:GetObject` with the given identity policies. */
const withPolicies = (...identityPolicies: unknown[]): unknown => ({
  request: { principal: BOB, action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/key' },
  identityPolicies,
})

const deepArrays = (n: number) => '['.repeat(n) + ']'.repeat(n)
const deepObjects = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)

function cyclicPolicy(): Record<string, unknown> {
  const statement: Record<string, unknown> = { ...ALLOW_ALL }
  statement.Condition = { StringEquals: { 'aws:a': statement } }
  return { Version: '2012-10-17', Statement: [statement] }
}

function assertPrototypeClean() {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.prototype).not.toHaveProperty('polluted')
  expect(Object.prototype).not.toHaveProperty('Effect')
}

describe('deeply nested JSON text', SLOW_OK, () => {
  it('nesting past the depth limit gives a clear `too-deep` error pointing at a bracket', () => {
    const text = deepArrays(LIMITS.maxDepth + 10)
    const { diagnostics } = parseJsonText(text)
    const d = diagnostics.find((x) => x.code === 'too-deep')!
    expect(d.severity).toBe('error')
    expect(d.message).toContain(`nested more than ${LIMITS.maxDepth} levels deep`)
    expect(sliceSpan(text, d.span)).toMatch(/^\[/)
  })

  it('nesting up to the depth limit is accepted', () => {
    expect(parseJsonText(deepArrays(LIMITS.maxDepth)).diagnostics).toEqual([])
  })

  it.each([
    ['10,000 closed `[`', deepArrays(10_000)],
    ['10,000 unclosed `[`', '['.repeat(10_000)],
    ['10,000 nested objects', deepObjects(10_000)],
  ])('%s give errors, not a stack overflow', (_, text) => {
    const { diagnostics } = parseJsonText(text)
    expect(diagnostics.length).toBeGreaterThan(0)
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true)
  })

  it('a policy whose `Statement` is nested 10,000 levels deep is invalid, not a crash', () => {
    const p = parsePolicy(`{"Version":"2012-10-17","Statement":${deepArrays(10_000)}}`)
    expect(p.invalid).toBe(true)
    expect(p.diagnostics.length).toBeGreaterThan(0)
  })

  it('evaluate with a 10,000-level policy text decides (implicit deny), without a stack overflow', () => {
    expect(outcome(withPolicies('['.repeat(10_000)))).toBe('ImplicitDeny')
  })

  it('a policy object nested 10,000 levels deep is refused with a message', () => {
    let deep: unknown = 'x'
    for (let i = 0; i < 10_000; i++) deep = { a: deep }
    const p = parsePolicy({ Version: '2012-10-17', Statement: [{ ...ALLOW_ALL, Condition: deep }] })
    expect(p.invalid).toBe(true)
    expect(p.diagnostics[0]!.code).toBe('not-json')
    expect(outcome(withPolicies({ Version: '2012-10-17', Statement: [{ ...ALLOW_ALL, Condition: deep }] }))).toBe(
      'ImplicitDeny',
    )
  })
})

describe('size limits', SLOW_OK, () => {
  it('a policy text over LIMITS.maxPolicyText is refused with a `too-large` diagnostic', () => {
    const text = `{"Version":"2012-10-17","Id":"${'x'.repeat(LIMITS.maxPolicyText)}","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}`
    const p = parsePolicy(text)
    expect(p.diagnostics.map((d) => d.code)).toEqual(['too-large'])
    expect(p.invalid).toBe(true)
    expect(p.statements).toEqual([])
  })

  it('a policy text of exactly LIMITS.maxPolicyText characters is parsed', () => {
    const body = '{"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}'
    const p = parsePolicy(body + ' '.repeat(LIMITS.maxPolicyText - body.length))
    expect(p.diagnostics).toEqual([])
  })

  it('evaluate with an over-long policy text decides (the policy allows nothing)', () => {
    const text = `{"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}${' '.repeat(LIMITS.maxPolicyText)}`
    expect(outcome(withPolicies(text))).toBe('ImplicitDeny')
  })

  it('10,000 statements are refused with `too-many-statements`', () => {
    const p = parsePolicy({ Version: '2012-10-17', Statement: Array.from({ length: 10_000 }, () => ALLOW_ALL) })
    expect(p.diagnostics.map((d) => d.code)).toEqual(['too-many-statements'])
    expect(p.invalid).toBe(true)
  })

  it('LIMITS.maxStatements statements are accepted', () => {
    const statements = Array.from({ length: LIMITS.maxStatements }, (_, i) => ({ ...ALLOW_ALL, Sid: `S${i}` }))
    const p = parsePolicy({ Version: '2012-10-17', Statement: statements })
    expect(p.diagnostics).toEqual([])
    expect(p.statements).toHaveLength(LIMITS.maxStatements)
  })

  it('evaluate with a 10,000-statement policy decides: the invalid policy allows nothing', () => {
    const doc = { Version: '2012-10-17', Statement: Array.from({ length: 10_000 }, () => ALLOW_ALL) }
    expect(outcome(withPolicies(doc))).toBe('ImplicitDeny')
  })

  it('evaluate with 5,000 distinct statements decides', () => {
    const statements = Array.from({ length: LIMITS.maxStatements }, (_, i) => ({
      Effect: 'Allow',
      Action: `s3:Get${i}*`,
      Resource: `arn:aws:s3:::bucket-${i}/*`,
    }))
    expect(outcome(withPolicies({ Version: '2012-10-17', Statement: statements }))).toBe('ImplicitDeny')
  })

  it('more than LIMITS.maxValues values in one element are refused with `too-many-values`', () => {
    const actions = Array.from({ length: LIMITS.maxValues + 1 }, (_, i) => `s3:Get${i}`)
    const p = parsePolicy({ Statement: { Effect: 'Allow', Action: actions, Resource: '*' } })
    expect(p.diagnostics.map((d) => d.code)).toEqual(['too-many-values'])
  })

  it('a value longer than LIMITS.maxString is refused with `value-too-long`', () => {
    const p = parsePolicy({
      Statement: { Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::' + 'a'.repeat(LIMITS.maxString) },
    })
    expect(p.diagnostics.map((d) => d.code)).toEqual(['value-too-long'])
  })
})

describe('cycles', SLOW_OK, () => {
  it('a policy object with a cycle is refused with `not-json`', () => {
    const p = parsePolicy(cyclicPolicy())
    expect(p.diagnostics).toMatchObject([{ code: 'not-json', message: 'the policy is not JSON: it holds a cycle' }])
    expect(p.invalid).toBe(true)
  })

  it('a policy that is its own `Statement` is refused', () => {
    const doc: Record<string, unknown> = { Version: '2012-10-17' }
    doc.Statement = doc
    expect(parsePolicy(doc).diagnostics.map((d) => d.code)).toEqual(['not-json'])
  })

  it('evaluate with a cyclic policy decides (implicit deny)', () => {
    expect(outcome(withPolicies(cyclicPolicy()))).toBe('ImplicitDeny')
  })

  it('evaluate with a cyclic policy next to an allowing one still allows', () => {
    expect(outcome(withPolicies(cyclicPolicy(), { Version: '2012-10-17', Statement: ALLOW_ALL }))).toBe('Allow')
  })
})

describe('prototype keys', SLOW_OK, () => {
  afterEach(assertPrototypeClean)

  it('`__proto__` as a policy element in text is an unknown element and pollutes nothing', () => {
    const p = parsePolicy(
      '{"__proto__": {"polluted": "yes"}, "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}',
    )
    expect(p.diagnostics.map((d) => d.code)).toEqual(['unknown-element'])
  })

  it('`__proto__` in a statement (from JSON.parse) is an unknown element, not a hidden `Effect`', () => {
    const doc = JSON.parse('{"Statement": {"__proto__": {"Effect": "Allow"}, "Action": "*", "Resource": "*"}}')
    const p = parsePolicy(doc)
    expect(p.diagnostics.map((d) => d.code).sort()).toEqual(['missing-effect', 'unknown-element'])
    expect(p.statements[0]!.effect).toBeUndefined()
  })

  it('`__proto__` as a condition key is an ordinary key', () => {
    const p = parsePolicy(
      '{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"__proto__": "x"}}}}',
    )
    expect(p.diagnostics).toEqual([])
    expect(p.statements[0]!.conditions[0]).toMatchObject({ key: '__proto__', values: [{ value: 'x' }] })
  })

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('`%s` as a principal type is invalid', (key) => {
    const p = parsePolicy(
      `{"Statement": {"Effect": "Allow", "Principal": {"${key}": "*"}, "Action": "*", "Resource": "*"}}`,
      {
        kind: 'resource',
      },
    )
    expect(p.diagnostics.map((d) => d.code)).toEqual(['invalid-principal'])
  })

  it.each(['constructor', 'toString', 'valueOf'])('`%s` as a statement element is unknown', (key) => {
    expect(parsePolicy({ Statement: { ...ALLOW_ALL, [key]: 'x' } }).diagnostics.map((d) => d.code)).toEqual([
      'unknown-element',
    ])
  })

  it('`__proto__` and `constructor` in the request context are ordinary keys', () => {
    const policy =
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*",' +
      '"Condition":{"StringEquals":{"__proto__":"x","constructor":"y"}}}}'
    const request = (context: string) => ({
      request: { principal: BOB, action: 's3:GetObject', resource: '*', context: JSON.parse(context) as object },
      identityPolicies: [policy],
    })
    expect(outcome(request('{"__proto__": "x", "constructor": "y"}'))).toBe('Allow')
    expect(outcome(request('{"__proto__": "z", "constructor": "y"}'))).toBe('ImplicitDeny')
    expect(outcome(request('{"constructor": "y"}'))).toBe('ImplicitDeny')
  })

  it('a condition on `constructor` does not see Object.prototype.constructor when the key is absent', () => {
    const policy = { Version: '2012-10-17', Statement: { ...ALLOW_ALL, Condition: { Null: { constructor: 'false' } } } }
    expect(outcome(withPolicies(policy))).toBe('ImplicitDeny')
  })

  it.each(['constructor', 'toString', '__proto__'])(
    'the policy variable `${%s}` is unresolved without a context key',
    (key) => {
      const policy = {
        Version: '2012-10-17',
        Statement: { Effect: 'Allow', Action: '*', Resource: `arn:aws:s3:::bucket/\${${key}}` },
      }
      const input = {
        request: {
          principal: BOB,
          action: 's3:GetObject',
          resource: 'arn:aws:s3:::bucket/function Object() { [native code] }',
        },
        identityPolicies: [policy],
      }
      expect(outcome(input)).toBe('ImplicitDeny')
    },
  )
})

describe('evaluate returns a decision or throws EngineInputError, never anything else', SLOW_OK, () => {
  const request = { principal: BOB, action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/key' }

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', '{"request": {}}'],
    ['an empty object', {}],
    ['a null request', { request: null }],
    ['a request without an action', { request: { principal: BOB, resource: '*' } }],
    ['an action without a service prefix', { request: { ...request, action: 'GetObject' } }],
    ['an action with a wildcard', { request: { ...request, action: 's3:*' } }],
    ['an empty resource', { request: { ...request, resource: '' } }],
    ['a resource over LIMITS.maxString', { request: { ...request, resource: 'a'.repeat(LIMITS.maxString + 1) } }],
    ['a malformed resourceAccount', { request: { ...request, resourceAccount: '12' } }],
    ['a principal that is a number', { request: { ...request, principal: 5 } }],
    ['a principal that is not an ARN', { request: { ...request, principal: 'Bob' } }],
    ['a context that is an array', { request: { ...request, context: ['a'] } }],
    ['a context value that is a number', { request: { ...request, context: { 'aws:a': 1 } } }],
    ['a context value list holding null', { request: { ...request, context: { 'aws:a': ['x', null] } } }],
    ['identityPolicies that is not an array', { request, identityPolicies: {} }],
    ['a policy that is a number', { request, identityPolicies: [5] }],
    ['a policy that is null', { request, identityPolicies: [null] }],
    ['a policy that is an array', { request, identityPolicies: [[ALLOW_ALL]] }],
    ['a named policy without document or text', { request, identityPolicies: [{ name: 'x', document: null }] }],
    ['scps that are not nested arrays', { request, scps: [ALLOW_ALL] }],
    ['a resourcePolicy that is a boolean', { request, resourcePolicy: true }],
    ['a policy text that is not JSON', { request, identityPolicies: ['not json'] }],
    ['a policy text that is empty', { request, identityPolicies: [''] }],
    ['a policy with a function in it', { request, identityPolicies: [{ Statement: { ...ALLOW_ALL, Sid: () => 1 } }] }],
    ['a policy with a bigint in it', { request, identityPolicies: [{ Statement: { ...ALLOW_ALL, Sid: BigInt(1) } }] }],
    ['a policy whose Statement is a string', { request, identityPolicies: [{ Statement: 'Allow' }] }],
    [
      'a policy with NaN as a condition value',
      {
        request,
        identityPolicies: [{ Statement: { ...ALLOW_ALL, Condition: { NumericEquals: { 'aws:a': Number.NaN } } } }],
      },
    ],
    ['a policy with a 10,000-deep text', { request, identityPolicies: [deepArrays(10_000)] }],
    ['a resource policy with a cycle', { request, resourcePolicy: cyclicPolicy() }],
  ])('%s', (_, input) => {
    expect(['Allow', 'ExplicitDeny', 'ImplicitDeny', 'EngineInputError']).toContain(outcome(input))
  })
})
