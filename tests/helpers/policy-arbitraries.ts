// fast-check arbitraries for evaluation inputs drawn from a small vocabulary, and the edits the property tests make
// to them (adding a statement, reordering statements and policies).
import fc from 'fast-check'
import type { EvaluationInput, PolicyDocument } from '../../src/engine/index'
import {
  ACCOUNT,
  FULL_ACCESS,
  KEY,
  OBJECT,
  OTHER_USER,
  QUEUE,
  ROLE,
  ROOT,
  SESSION,
  USER,
  type Statement,
} from './policy'

/** The words random policies and requests are made of. */
export interface Vocabulary {
  actions: string[]
  actionPatterns: string[]
  resources: string[]
  resourcePatterns: string[]
  principals: string[]
  policyPrincipals: unknown[]
}

export const WIDE: Vocabulary = {
  actions: ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 'ec2:RunInstances', 'sqs:SendMessage', 'kms:Decrypt'],
  actionPatterns: [
    's3:GetObject',
    's3:PutObject',
    'ec2:RunInstances',
    'sqs:SendMessage',
    'kms:Decrypt',
    's3:*',
    's3:Get*',
    '*',
    'ec2:*',
    's3:?etObject',
    'sqs:*',
    'kms:*',
  ],
  resources: [OBJECT, 'arn:aws:s3:::bucket', 'arn:aws:s3:::other/x', QUEUE, KEY, '*'],
  resourcePatterns: [
    '*',
    'arn:aws:s3:::bucket/*',
    'arn:aws:s3:::bucket',
    'arn:aws:s3:::other/*',
    'arn:aws:s3:::*',
    QUEUE,
    KEY,
  ],
  principals: [USER, SESSION, OTHER_USER, ROOT],
  policyPrincipals: [
    '*',
    { AWS: USER },
    { AWS: ROLE },
    { AWS: SESSION },
    { AWS: ACCOUNT },
    { AWS: ROOT },
    { AWS: OTHER_USER },
  ],
}

/** Few words, so statements match often: same-account users and sessions against one object. */
export const NARROW: Vocabulary = {
  actions: ['s3:GetObject'],
  actionPatterns: ['s3:GetObject', 's3:*', 'ec2:*'],
  resources: [OBJECT],
  resourcePatterns: ['*', OBJECT, 'arn:aws:s3:::other/*'],
  principals: [USER, SESSION],
  policyPrincipals: ['*', { AWS: USER }, { AWS: ROLE }, { AWS: SESSION }, { AWS: ACCOUNT }],
}

export const REGIONS = ['eu-west-1', 'us-east-1']

export const values = <T>(list: readonly T[]) => fc.array(fc.constantFrom(...list), { minLength: 1, maxLength: 2 })

/** No condition more often than not, so that statements apply often enough to interact. */
export const conditionArb: fc.Arbitrary<Record<string, unknown> | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.record({ StringEquals: fc.record({ 'aws:RequestedRegion': values(REGIONS) }) }) },
  {
    weight: 1,
    arbitrary: fc.record({ StringNotEqualsIfExists: fc.record({ 'aws:RequestedRegion': values(REGIONS) }) }),
  },
  { weight: 1, arbitrary: fc.record({ Bool: fc.record({ 'aws:SecureTransport': fc.constantFrom('true', 'false') }) }) },
  {
    weight: 1,
    arbitrary: fc.record({ StringLike: fc.record({ 'aws:PrincipalTag/team': fc.constantFrom('d*', 'web') }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ 'ForAnyValue:StringEquals': fc.record({ 'aws:TagKeys': values(['team', 'env']) }) }),
  },
)

export function statementArb(v: Vocabulary, withPrincipal: boolean): fc.Arbitrary<Statement> {
  return fc
    .record({
      effect: fc.oneof({ weight: 4, arbitrary: fc.constant('Allow') }, { weight: 1, arbitrary: fc.constant('Deny') }),
      not: fc.record({ action: fc.boolean(), resource: fc.boolean(), principal: fc.boolean() }),
      actions: values(v.actionPatterns),
      resources: values(v.resourcePatterns),
      principal: fc.constantFrom(...v.policyPrincipals),
      condition: conditionArb,
    })
    .map(({ effect, not, actions, resources, principal, condition }) => {
      const s: Statement = { Effect: effect }
      s[not.action && actions[0] !== '*' ? 'NotAction' : 'Action'] = actions
      s[not.resource && resources[0] !== '*' ? 'NotResource' : 'Resource'] = resources
      if (withPrincipal) s[not.principal && effect === 'Deny' ? 'NotPrincipal' : 'Principal'] = principal
      if (condition) s.Condition = condition
      return s
    })
}

export const policyArb = (v: Vocabulary, withPrincipal = false) =>
  fc
    .array(statementArb(v, withPrincipal), { minLength: 1, maxLength: 3 })
    .map((Statement): PolicyDocument => ({ Version: '2012-10-17', Statement }))

export const contextArb = fc
  .record({
    region: fc.option(fc.constantFrom(...REGIONS)),
    tls: fc.option(fc.constantFrom('true', 'false')),
    team: fc.option(fc.constantFrom('data', 'web')),
    tags: fc.option(values(['team', 'env'])),
  })
  .map(({ region, tls, team, tags }) => {
    const c: Record<string, string | string[]> = {}
    if (region) c['aws:RequestedRegion'] = region
    if (tls) c['aws:SecureTransport'] = tls
    if (team) c['aws:PrincipalTag/team'] = team
    if (tags) c['aws:TagKeys'] = tags
    return c
  })

/** An SCP: FullAWSAccess most of the time, as in AWS. */
export const scpArb = (v: Vocabulary) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(FULL_ACCESS) }, { weight: 1, arbitrary: policyArb(v) })

export function inputsOf(v: Vocabulary): fc.Arbitrary<EvaluationInput> {
  return fc
    .record({
      principal: fc.constantFrom(...v.principals),
      action: fc.constantFrom(...v.actions),
      resource: fc.constantFrom(...v.resources),
      context: contextArb,
      identityPolicies: fc.array(policyArb(v), { maxLength: 2 }),
      resourcePolicy: fc.option(policyArb(v, true), { freq: 2 }),
      permissionsBoundary: fc.option(policyArb(v), { freq: 2 }),
      sessionPolicies: fc.array(policyArb(v), { maxLength: 2 }),
      scps: fc.array(fc.array(scpArb(v), { minLength: 1, maxLength: 2 }), { maxLength: 2 }),
      rcps: fc.array(fc.array(policyArb(v, true), { maxLength: 1 }), { maxLength: 1 }),
    })
    .map(({ principal, action, resource, context, resourcePolicy, permissionsBoundary, ...rest }) => {
      const request = { principal, action, resource: action === 'ec2:RunInstances' ? '*' : resource, context }
      const input: EvaluationInput = { request, ...rest }
      if (resourcePolicy) input.resourcePolicy = resourcePolicy
      if (permissionsBoundary) input.permissionsBoundary = permissionsBoundary
      return input
    })
}

/** Wide inputs explore; narrow ones make the interesting cases (grants that match) common. */
export const inputArb = fc.oneof(inputsOf(WIDE), inputsOf(NARROW))

/** Where a statement can be added. */
export type Place = 'identity' | 'resource' | 'boundary' | 'session' | 'scp'
export const placeArb = fc.constantFrom<Place>('identity', 'resource', 'boundary', 'session', 'scp')

/** A copy of `input` with `statement` added in a new or existing policy at `place` (statement gets a Principal there if needed). */
export function withStatement(input: EvaluationInput, place: Place, statement: Statement): EvaluationInput {
  const out: EvaluationInput = structuredClone(input)
  const doc = (s: Statement): PolicyDocument => ({ Version: '2012-10-17', Statement: [s] })
  const add = (p: PolicyDocument | undefined, s: Statement): PolicyDocument => ({
    Version: '2012-10-17',
    Statement: [...((p?.Statement as Statement[] | undefined) ?? []), s],
  })
  const sided = { ...statement, Principal: '*' }
  switch (place) {
    case 'identity':
      out.identityPolicies = [...(out.identityPolicies ?? []), doc(statement)]
      break
    case 'resource':
      out.resourcePolicy = add(out.resourcePolicy as PolicyDocument | undefined, sided)
      break
    case 'boundary':
      // A boundary limits; adding one where there was none is not "adding a statement".
      if (out.permissionsBoundary) out.permissionsBoundary = add(out.permissionsBoundary as PolicyDocument, statement)
      else out.identityPolicies = [...(out.identityPolicies ?? []), doc(statement)]
      break
    case 'session':
      if (out.sessionPolicies?.length) out.sessionPolicies = [...out.sessionPolicies, doc(statement)]
      else out.identityPolicies = [...(out.identityPolicies ?? []), doc(statement)]
      break
    case 'scp':
      if (out.scps?.length) out.scps = out.scps.map((level, i) => (i === 0 ? [...level, doc(statement)] : level))
      else out.identityPolicies = [...(out.identityPolicies ?? []), doc(statement)]
      break
  }
  return out
}

export const plainStatementArb = (effect: 'Allow' | 'Deny') =>
  fc
    .record({
      actions: fc.oneof(values(WIDE.actionPatterns), values(NARROW.actionPatterns)),
      resources: fc.oneof(values(WIDE.resourcePatterns), values(NARROW.resourcePatterns)),
      condition: conditionArb,
    })
    .map(({ actions, resources, condition }): Statement => ({
      Effect: effect,
      Action: actions,
      Resource: resources,
      ...(condition ? { Condition: condition } : {}),
    }))

/** A seeded shuffle, so a failing case replays. */
export function shuffle<T>(list: readonly T[], seed: number): T[] {
  const out = [...list]
  let s = seed >>> 0 || 1
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

export function shuffledPolicy(p: unknown, seed: number): PolicyDocument {
  const doc = p as PolicyDocument
  return { ...doc, Statement: shuffle(doc.Statement as Statement[], seed) }
}

export function reordered(input: EvaluationInput, seed: number): EvaluationInput {
  const out: EvaluationInput = { request: input.request }
  out.identityPolicies = shuffle(input.identityPolicies ?? [], seed).map((p, i) => shuffledPolicy(p, seed + i + 1))
  out.sessionPolicies = shuffle(input.sessionPolicies ?? [], seed + 7).map((p, i) => shuffledPolicy(p, seed + i + 11))
  out.scps = (input.scps ?? []).map((level, l) => shuffle(level, seed + l).map((p) => shuffledPolicy(p, seed + l + 3)))
  out.rcps = (input.rcps ?? []).map((level) => level.map((p) => shuffledPolicy(p, seed + 5)))
  if (input.resourcePolicy) out.resourcePolicy = shuffledPolicy(input.resourcePolicy, seed + 13)
  if (input.permissionsBoundary) out.permissionsBoundary = shuffledPolicy(input.permissionsBoundary, seed + 17)
  return out
}
