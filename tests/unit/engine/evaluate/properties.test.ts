// Properties of the decision logic over random policies and requests drawn from a small vocabulary:
// monotonicity of Deny and Allow, order independence, determinism, robustness, and agreement of the fast path with
// the trace.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  clearCompileCache,
  evaluate,
  type EvaluationInput,
  type PolicyDocument,
  type Verdict,
} from '../../../../src/engine/index'
import {
  WIDE,
  inputArb,
  placeArb,
  plainStatementArb,
  reordered,
  withStatement,
} from '../../../helpers/policy-arbitraries'
import { OBJECT, USER } from '../../../helpers/policy'

// A fixed seed keeps runs reproducible; PROP_SEED and PROP_RUNS explore further (PROP_RUNS=5000 PROP_SEED=$RANDOM).
const RUNS = { numRuns: Number(process.env.PROP_RUNS ?? 100), seed: Number(process.env.PROP_SEED ?? 20260101) }

/** The decision, after checking that the fast path and the trace agree. */
function decision(input: EvaluationInput): Verdict {
  const result = evaluate(input)
  expect(result.trace.decision).toBe(result.decision)
  return result.decision
}

describe('monotonicity', () => {
  it('adding a Deny statement never turns a deny into an Allow', () => {
    fc.assert(
      fc.property(inputArb, placeArb, plainStatementArb('Deny'), (input, place, statement) => {
        const before = decision(input)
        const after = decision(withStatement(input, place, statement))
        if (before !== 'Allow') expect(after).not.toBe('Allow')
        if (before === 'ExplicitDeny') expect(after).toBe('ExplicitDeny')
      }),
      RUNS,
    )
  })

  it('adding an Allow statement never turns an Allow into a deny', () => {
    fc.assert(
      fc.property(inputArb, placeArb, plainStatementArb('Allow'), (input, place, statement) => {
        const before = decision(input)
        const after = decision(withStatement(input, place, statement))
        if (before === 'Allow') expect(after).toBe('Allow')
      }),
      RUNS,
    )
  })

  it('adding an Allow never removes an explicit deny', () => {
    fc.assert(
      fc.property(inputArb, placeArb, plainStatementArb('Allow'), (input, place, statement) => {
        if (decision(input) === 'ExplicitDeny')
          expect(decision(withStatement(input, place, statement))).toBe('ExplicitDeny')
        else expect(true).toBe(true)
      }),
      RUNS,
    )
  })
})

describe('order independence', () => {
  it('statement order and policy order never change the decision', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), (input, seed) => {
        expect(decision(reordered(input, seed))).toBe(decision(input))
      }),
      RUNS,
    )
  })
})

describe('determinism', () => {
  it('the same input gives the same decision and trace, with or without the compile cache', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const first = evaluate(input)
        const again = evaluate(input)
        clearCompileCache()
        const fresh = evaluate(structuredClone(input))
        expect(again.decision).toBe(first.decision)
        expect(fresh.decision).toBe(first.decision)
        expect(again.trace).toEqual(first.trace)
        expect(fresh.trace).toEqual(first.trace)
      }),
      { ...RUNS, numRuns: Math.min(RUNS.numRuns, 60) },
    )
  })
})

describe('the fast path and the trace agree', () => {
  it('decision equals trace.decision, and the decisive statements fit the decision', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = evaluate(input)
        const { trace } = result
        expect(trace.decision).toBe(result.decision)
        if (result.decision === 'ExplicitDeny') {
          expect(trace.decisive.length).toBeGreaterThan(0)
          expect(trace.policyTypes.some((t) => t.verdict === 'ExplicitDeny')).toBe(true)
        }
        if (
          result.decision === 'Allow' &&
          trace.rule.code !== 'root-user' &&
          trace.rule.code !== 'get-caller-identity'
        ) {
          expect(trace.decisive.length).toBeGreaterThan(0)
        }
        if (result.decision === 'ImplicitDeny') expect(trace.decisive).toEqual([])
      }),
      RUNS,
    )
  })

  it('the trace is plain data: JSON and structuredClone give it back unchanged', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { trace } = evaluate(input)
        expect(JSON.parse(JSON.stringify(trace))).toEqual(trace)
        expect(structuredClone(trace)).toEqual(trace)
      }),
      { ...RUNS, numRuns: Math.min(RUNS.numRuns, 50) },
    )
  })
})

describe('robustness: never throws on a policy-shaped object', () => {
  const STATEMENT_KEYS = [
    'Sid',
    'Effect',
    'Principal',
    'NotPrincipal',
    'Action',
    'NotAction',
    'Resource',
    'NotResource',
    'Condition',
  ]
  const wildStatement = fc.dictionary(fc.oneof(fc.constantFrom(...STATEMENT_KEYS), fc.string()), fc.jsonValue(), {
    maxKeys: 6,
  })
  const wildPolicy = fc.record({
    Version: fc.oneof(fc.constantFrom('2012-10-17', '2008-10-17'), fc.jsonValue()),
    Statement: fc.oneof(fc.jsonValue(), fc.array(wildStatement, { maxLength: 3 }), wildStatement),
  })
  const verdicts = ['Allow', 'ExplicitDeny', 'ImplicitDeny']

  it('any JSON inside Statement, in every place a policy goes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WIDE.principals),
        fc.constantFrom(...WIDE.actions),
        wildPolicy,
        wildPolicy,
        wildPolicy,
        (principal, action, a, b, c) => {
          const input = {
            request: { principal, action, resource: OBJECT },
            identityPolicies: [a as PolicyDocument],
            resourcePolicy: b as PolicyDocument,
            permissionsBoundary: c as PolicyDocument,
            sessionPolicies: [a as PolicyDocument],
            scps: [[b as PolicyDocument]],
            rcps: [[c as PolicyDocument]],
          }
          const result = evaluate(input)
          expect(verdicts).toContain(result.decision)
          expect(result.trace.decision).toBe(result.decision)
        },
      ),
      RUNS,
    )
  })

  it('any object with a Statement key as an identity policy', () => {
    fc.assert(
      fc.property(fc.object(), fc.anything(), (extra, statement) => {
        const doc = { ...extra, Statement: statement } as PolicyDocument
        const result = evaluate({
          request: { principal: USER, action: 's3:GetObject', resource: OBJECT },
          identityPolicies: [doc],
        })
        expect(verdicts).toContain(result.decision)
        expect(result.trace.decision).toBe(result.decision)
      }),
      RUNS,
    )
  })

  it('any string as policy text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = evaluate({
          request: { principal: USER, action: 's3:GetObject', resource: OBJECT },
          identityPolicies: [text],
        })
        expect(verdicts).toContain(result.decision)
        expect(result.trace.decision).toBe(result.decision)
      }),
      RUNS,
    )
  })
})
