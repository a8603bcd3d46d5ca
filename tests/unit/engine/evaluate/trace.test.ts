// What the trace must let a user see (ENGINE-CONTRACT.md): verdict per policy type, outcome per statement and element,
// decisive statements with ids, sids and source ranges, and plain data that survives cloning.
import { describe, expect, it } from 'vitest'
import type { EvaluationInput } from '../../../../src/engine/index'
import {
  FULL_ACCESS,
  OBJECT,
  SESSION,
  USER,
  allow,
  deny,
  grant,
  policy,
  req,
  run,
  statementTrace,
  typeTrace,
} from '../../../helpers/policy'

const everyType: EvaluationInput = {
  request: req(SESSION, 's3:GetObject', OBJECT),
  scps: [[FULL_ACCESS], [FULL_ACCESS]],
  rcps: [[policy(deny('ec2:*', '*', { Principal: '*' }))]],
  resourcePolicy: policy(grant(SESSION, 's3:PutObject')),
  identityPolicies: [policy(allow('s3:Get*')), policy(allow('ec2:*'))],
  permissionsBoundary: policy(allow('s3:*')),
  sessionPolicies: [policy(allow('s3:GetObject'))],
}

describe('verdict per policy type', () => {
  it('lists every policy type that took part, SCP and RCP levels separately', () => {
    const result = run(everyType)
    expect(result.trace.policyTypes.map((t) => [t.type, t.level])).toEqual([
      ['scp', 0],
      ['scp', 1],
      ['rcp', 0],
      ['resource', undefined],
      ['identity', undefined],
      ['boundary', undefined],
      ['session', undefined],
    ])
  })

  it('gives each its verdict', () => {
    const result = run(everyType)
    expect(result.trace.policyTypes.map((t) => t.verdict)).toEqual([
      'Allow',
      'Allow',
      'ImplicitDeny',
      'ImplicitDeny',
      'Allow',
      'Allow',
      'Allow',
    ])
  })

  it('gives each policy of a type its own verdict', () => {
    expect(typeTrace(run(everyType), 'identity')?.policies.map((p) => p.verdict)).toEqual(['Allow', 'ImplicitDeny'])
  })

  it('marks the resource policy NotApplicable when there is none', () => {
    const result = run({ request: req(USER, 's3:GetObject', OBJECT), identityPolicies: [policy(allow('*'))] })
    const resource = typeTrace(result, 'resource')
    expect(resource?.verdict).toBe('NotApplicable')
    expect(resource?.policies).toEqual([])
    expect(resource?.note).toMatch(/no resource-based policy/)
  })

  it('labels every type in words and explains its verdict', () => {
    for (const t of run(everyType).trace.policyTypes) {
      expect(t.label.length).toBeGreaterThan(0)
      expect(t.note.length).toBeGreaterThan(0)
    }
  })
})

describe('outcome per statement and element', () => {
  const input = {
    request: req(USER, 's3:GetObject', OBJECT),
    identityPolicies: [policy(allow('s3:Get*'), allow('ec2:*'), allow('s3:*', 'arn:aws:s3:::other/*'))],
  }

  it('a statement that applies says match and why', () => {
    const st = statementTrace(run(input), 'identity', 0)
    expect(st?.outcome).toBe('match')
    expect(st?.effect).toBe('Allow')
    expect(st?.message).toMatch(/^applies: allows/)
  })

  it('the Action element names the pattern that matched', () => {
    const action = statementTrace(run(input), 'identity', 0)?.elements.find((e) => e.kind === 'action')
    expect(action).toMatchObject({ outcome: 'match', matched: 's3:Get*', patterns: ['s3:Get*'] })
    expect(action?.message).toContain('`s3:GetObject` matched `s3:Get*`')
  })

  it('a statement whose action does not match says no_match with reason action_pattern_mismatch', () => {
    const st = statementTrace(run(input), 'identity', 1)
    expect(st?.outcome).toBe('no_match')
    expect(st?.reason).toBe('action_pattern_mismatch')
    expect(st?.elements.find((e) => e.kind === 'action')?.message).toContain('ec2:*')
  })

  it('a statement whose resource does not match says resource_pattern_mismatch and lists the patterns', () => {
    const st = statementTrace(run(input), 'identity', 2)
    expect(st?.reason).toBe('resource_pattern_mismatch')
    const resource = st?.elements.find((e) => e.kind === 'resource')
    expect(resource?.outcome).toBe('no_match')
    expect(resource?.message).toContain('arn:aws:s3:::other/*')
  })

  it('NotAction elements are traced as not_action', () => {
    const result = run({
      request: req(USER, 's3:GetObject', OBJECT),
      identityPolicies: [policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })],
    })
    const el = statementTrace(result, 'identity')?.elements.find((e) => e.kind === 'not_action')
    expect(el?.outcome).toBe('match')
    expect(el?.message).toContain('NotAction')
  })

  it('a resource-side statement traces the Principal element', () => {
    const result = run({
      request: req(USER, 's3:GetObject', OBJECT),
      resourcePolicy: policy(grant(USER, 's3:GetObject')),
    })
    const principal = statementTrace(result, 'resource')?.elements.find((e) => e.kind === 'principal')
    expect(principal).toMatchObject({ outcome: 'match', matched: USER })
  })

  it('a condition lists operator, key, request values and compared policy values', () => {
    const result = run({
      request: req(USER, 's3:GetObject', OBJECT, { context: { 'aws:RequestedRegion': 'us-east-1' } }),
      identityPolicies: [
        policy(
          allow('s3:*', '*', { Condition: { StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } } }),
        ),
      ],
    })
    const c = statementTrace(result, 'identity')?.conditions[0]
    expect(c).toMatchObject({
      operator: 'StringEquals',
      key: 'aws:RequestedRegion',
      requestValues: ['us-east-1'],
      outcome: 'no_match',
      missing: false,
    })
    expect(c?.values.map((v) => v.value)).toEqual(['eu-west-1', 'eu-central-1'])
    expect(c?.message).toContain('us-east-1')
  })

  it('every statement of every policy is traced, applying or not', () => {
    const result = run(everyType)
    const counts = result.trace.policyTypes.flatMap((t) => t.policies.map((p) => p.statements.length))
    expect(counts).toEqual([1, 1, 1, 1, 1, 1, 1, 1])
  })
})

describe('decisive statements', () => {
  it('for an allow: the allowing statements of every type that had to allow', () => {
    const ids = run(everyType)
      .trace.decisive.map((r) => r.policyId)
      .sort()
    expect(ids).toEqual(['boundary', 'identity[0]', 'scp[0][0]', 'scp[1][0]', 'session[0]'])
  })

  it('carry the Sid and the policy name', () => {
    const result = run({
      request: req(USER, 's3:GetObject', OBJECT),
      identityPolicies: [{ name: 'ReadOnly', document: policy({ ...allow('s3:Get*'), Sid: 'Read' }) }],
    })
    expect(result.trace.decisive).toEqual([
      expect.objectContaining({
        policyId: 'identity[0]',
        policyName: 'ReadOnly',
        sid: 'Read',
        index: 0,
        policyIndex: 0,
      }),
    ])
  })

  it('for a policy given as text, carry the span that slices back to the statement', () => {
    const text = JSON.stringify(
      policy({ ...allow('ec2:*'), Sid: 'Compute' }, { ...allow('s3:Get*'), Sid: 'Read' }),
      null,
      2,
    )
    const result = run({ request: req(USER, 's3:GetObject', OBJECT), identityPolicies: [{ name: 'P', text }] })
    const ref = result.trace.decisive[0]
    expect(ref?.sid).toBe('Read')
    expect(ref?.span).toBeDefined()
    expect(JSON.parse(text.slice(ref!.span!.from, ref!.span!.to))).toEqual({ ...allow('s3:Get*'), Sid: 'Read' })
  })

  it('element spans of a text policy point at the element keys', () => {
    const text = JSON.stringify(policy(allow('s3:Get*', 'arn:aws:s3:::bucket/*')), null, 2)
    const result = run({ request: req(USER, 's3:GetObject', OBJECT), identityPolicies: [{ text }] })
    const action = statementTrace(result, 'identity')?.elements.find((e) => e.kind === 'action')
    expect(action?.span).toBeDefined()
    expect(text.slice(action!.span!.from, action!.span!.to)).toContain('Action')
  })

  it('a text policy has its spans even when the same content was evaluated before as a document', () => {
    const statement = { ...allow('s3:GetObject', OBJECT), Sid: 'SameContent' }
    const doc = policy(statement)
    const text = JSON.stringify(doc)
    run({ request: req(USER, 's3:GetObject', OBJECT), identityPolicies: [doc] })
    const result = run({ request: req(USER, 's3:GetObject', OBJECT), identityPolicies: [{ name: 'AsText', text }] })
    const ref = result.trace.decisive[0]
    expect(ref?.span).toBeDefined()
    expect(JSON.parse(text.slice(ref!.span!.from, ref!.span!.to))).toEqual(statement)
  })

  it('for an implicit deny: none', () => {
    expect(run({ request: req(USER, 's3:GetObject', OBJECT) }).trace.decisive).toEqual([])
  })
})

describe('the trace is plain data', () => {
  const result = run(everyType)

  it('trace.decision equals decision', () => {
    expect(result.trace.decision).toBe(result.decision)
  })

  it('survives JSON', () => {
    expect(JSON.parse(JSON.stringify(result.trace))).toEqual(result.trace)
  })

  it('survives structuredClone', () => {
    expect(structuredClone(result.trace)).toEqual(result.trace)
  })

  it('the whole result survives structuredClone with its decision and trace', () => {
    const clone = structuredClone(result)
    expect(clone.decision).toBe(result.decision)
    expect(clone.trace).toEqual(result.trace)
  })

  it("carries each policy's statements, which are built when first read, through JSON and structured clone", () => {
    const fresh = run(everyType)
    const clone = structuredClone(fresh.trace)
    const policies = clone.policyTypes.flatMap((t) => t.policies)
    expect(policies.every((p) => Array.isArray(p.statements) && p.statements.length > 0)).toBe(true)
    expect(JSON.parse(JSON.stringify(fresh.trace))).toEqual(clone)
  })

  it('reads the statements of a frozen trace, and the same list each time', () => {
    const t = Object.freeze(run(everyType).trace.policyTypes.find((x) => x.type === 'identity')!.policies[0]!)
    expect(t.statements.map((s) => s.outcome)).toEqual(['match'])
    expect(t.statements).toBe(t.statements)
  })

  it('lets a reader replace the statements of a policy like any other property', () => {
    const t = run(everyType).trace.policyTypes.find((x) => x.type === 'identity')!.policies[0]!
    t.statements = []
    expect(t.statements).toEqual([])
    expect(JSON.parse(JSON.stringify(t)).statements).toEqual([])
  })

  it('records the request and the rule with a sentence', () => {
    expect(result.trace.request).toMatchObject({
      principal: SESSION,
      principalKind: 'session',
      action: 's3:GetObject',
      resource: OBJECT,
    })
    expect(result.trace.rule.message.length).toBeGreaterThan(0)
  })
})
