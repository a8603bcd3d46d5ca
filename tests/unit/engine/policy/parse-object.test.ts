// The fast object parse (straight into the model) against the full parser: same model for every policy it takes,
// takes every policy the grammar accepts cleanly, leaves every other to the full parser; and evaluation of an object
// gives what evaluation of its text gives, spans aside.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clearCompileCache, evaluate, type EvaluationInput } from '../../../../src/engine/index'
import type { PolicyKind } from '../../../../src/engine/policy/kinds'
import { parseObject, parsePolicy } from '../../../../src/engine/policy/parse'
import { parseCleanObject } from '../../../../src/engine/policy/parse-object'
import { NARROW, WIDE, inputArb, policyArb } from '../../../helpers/policy-arbitraries'
import { USER } from '../../../helpers/policy'

const RUNS = { numRuns: Number(process.env.PROP_RUNS ?? 200), seed: Number(process.env.PROP_SEED ?? 20261207) }
const KINDS: (PolicyKind | undefined)[] = [
  'identity',
  'resource',
  'trust',
  'boundary',
  'session',
  'scp',
  'rcp',
  undefined,
]

/** Values a policy may hold where it should not, to reach the grammar's every complaint. */
const oddValue = fc.oneof(
  fc.constantFrom<unknown>(
    '',
    '*',
    'Allow',
    'Deny',
    'allow',
    's3',
    's3:Get Object',
    's3:GetObject,PutObject',
    'arn:aws:s3',
    'not-an-arn',
    '111122223333',
    'arn:aws:iam::*:root',
    null,
    0,
    1.5,
    Number.NaN,
    true,
    [],
    {},
    [''],
    ['s3:*', 7],
    { AWS: [] },
    { AWS: '*' },
    { Nobody: 'x' },
    { Service: 's3.amazonaws.com' },
    { StringEquals: {} },
    { Nonsense: { k: 'v' } },
    { StringEquals: { k: [] } },
    { NumericLessThan: { k: [1, 2.5, true] } },
    { StringEquals: { k: null } },
    { StringEquals: { k: undefined, j: 'v' } },
    undefined,
    () => 1,
  ),
  fc.string({ maxLength: 4 }),
)

const ELEMENTS = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource']
const elementArb = fc.constantFrom(...ELEMENTS, 'Condition', 'Version', 'Id', 'Statement', 'action', 'Extra')

/**
 * A clean policy, sometimes with an `Id`, a `Sid` on every statement (repeated when there are several), or one element
 * set to an odd value (in a statement or at the top).
 */
const policyObjectArb = fc
  .tuple(
    fc.oneof(policyArb(WIDE, true), policyArb(WIDE), policyArb(NARROW, true)),
    fc.oneof(
      { weight: 2, arbitrary: fc.constant(undefined) },
      { weight: 3, arbitrary: fc.tuple(fc.boolean(), elementArb, oddValue, fc.nat()) },
    ),
    fc.constantFrom(undefined, 'S1', ''),
    fc.constantFrom(undefined, 'policy-1'),
  )
  .map(([doc, edit, sid, id]) => {
    const copy = structuredClone(doc) as Record<string, unknown> & { Statement: Record<string, unknown>[] }
    if (sid !== undefined) for (const s of copy.Statement) s.Sid = sid
    if (id !== undefined) copy.Id = id
    if (edit) {
      const [top, element, value, at] = edit
      const target = top ? copy : copy.Statement[at % copy.Statement.length]!
      target[element] = value
    }
    return copy as unknown
  })

/** The value without source ranges (`span`, `keySpan`, `elementSpans`, …) and `textLength`: only text has them. */
function withoutSpans(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (k, v: unknown) => (/span$|^elementSpans$|^textLength$/i.test(k) ? undefined : v)),
  )
}

describe('parseCleanObject', () => {
  it('builds the full parser’s model for every policy it takes, and takes every policy without a diagnostic', () => {
    fc.assert(
      fc.property(policyObjectArb, fc.constantFrom(...KINDS), (doc, kind) => {
        const fast = parseCleanObject(doc, kind)
        const full = parseObject(doc, kind ? { kind } : {}).policy
        if (full.diagnostics.length === 0) expect(fast).toEqual(full)
        else expect(fast).toBeUndefined()
      }),
      RUNS,
    )
  })

  it('gives the model of the policy’s JSON text, spans aside', () => {
    fc.assert(
      fc.property(policyObjectArb, fc.constantFrom(...KINDS), (doc, kind) => {
        const fast = parseCleanObject(doc, kind)
        if (!fast) return
        const text = withoutSpans(parsePolicy(JSON.stringify(doc), kind ? { kind } : {}))
        expect(withoutSpans(fast)).toEqual(text)
      }),
      RUNS,
    )
  })

  it('reads clean policies with every element the fast path knows', () => {
    const doc = {
      Version: '2012-10-17',
      Id: 'p',
      Statement: [
        {
          Sid: 'A',
          Effect: 'Deny',
          NotPrincipal: { AWS: [USER, '111122223333'], Service: 's3.amazonaws.com' },
          NotAction: 's3:Get*',
          NotResource: ['arn:aws:s3:::b/*'],
          Condition: { NumericLessThan: { 's3:max-keys': [10, 2.5] }, Bool: { 'aws:SecureTransport': false } },
        },
      ],
    }
    const fast = parseCleanObject(doc, 'resource')
    expect(fast).toBeDefined()
    expect(fast).toEqual(parseObject(doc, { kind: 'resource' }).policy)
    expect(fast!.statements[0]!.conditions.flatMap((c) => c.values.map((v) => v.value))).toEqual(['10', '2.5', 'false'])
  })
})

describe('evaluation of policy objects', () => {
  /** The input with every policy object given as its JSON text instead. */
  function asText(input: EvaluationInput): EvaluationInput {
    const text = (p: unknown) => JSON.stringify(p)
    const out: EvaluationInput = { request: input.request }
    if (input.identityPolicies) out.identityPolicies = input.identityPolicies.map(text)
    if (input.sessionPolicies) out.sessionPolicies = input.sessionPolicies.map(text)
    if (input.scps) out.scps = input.scps.map((level) => level.map(text))
    if (input.rcps) out.rcps = input.rcps.map((level) => level.map(text))
    if (input.resourcePolicy) out.resourcePolicy = text(input.resourcePolicy)
    if (input.permissionsBoundary) out.permissionsBoundary = text(input.permissionsBoundary)
    return out
  }

  it('decides and traces an object as it does its text, spans aside', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        clearCompileCache()
        const fromObjects = evaluate(input)
        const fromText = evaluate(asText(input))
        expect(fromObjects.decision).toBe(fromText.decision)
        expect(withoutSpans(fromObjects.trace)).toEqual(withoutSpans(fromText.trace))
      }),
      { ...RUNS, numRuns: Math.min(RUNS.numRuns, 100) },
    )
  }, 60_000)

  it('sees any change to an object read by the fast path', () => {
    const doc = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }] as Record<string, unknown>[],
    }
    const request = { principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }
    const run = () => evaluate({ request, identityPolicies: [doc] }).decision
    expect(run()).toBe('Allow')
    doc.Statement[0]!.Action = ['s3:PutObject']
    expect(run()).toBe('ImplicitDeny')
    ;(doc.Statement[0]!.Action as string[])[0] = 's3:GetObject'
    expect(run()).toBe('Allow')
    doc.Statement[0]!.Condition = { Bool: { 'aws:SecureTransport': 'true' } }
    expect(run()).toBe('ImplicitDeny')
    delete doc.Statement[0]!.Condition
    expect(run()).toBe('Allow')
    doc.Statement.push({ Effect: 'Deny', Action: '*', Resource: '*' })
    expect(run()).toBe('ExplicitDeny')
    doc.Statement[1]!.Effect = 'Denied'
    expect(run()).toBe('ImplicitDeny') // the policy is now invalid: it allows nothing
  })
})
