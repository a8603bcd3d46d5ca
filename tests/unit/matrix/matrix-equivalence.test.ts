// Every cell of an access matrix equals what `simulate` decides for that one request: on every bundled scenario
// (principals of all kinds, the actions its policies and saved requests name, its resources, roles and `*`, under
// each saved request's environment and context) and on generated scenarios that mix groups, managed policies,
// boundaries, sessions (fresh and expired), SCPs, RCPs and resource, trust and key policies.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Scenario, User } from '../../../src/engine/scenario/model'
import { parseScenario } from '../../../src/engine/scenario/parse'
import {
  accessMatrix,
  MATRIX_CODES,
  matrixPrincipals,
  simulate,
  type Environment,
  type MatrixQuery,
} from '../../../src/engine/index'
import { contextArb, policyArb, scpArb, statementArb, values, WIDE } from '../../helpers/policy-arbitraries'
import { ACCOUNT, BUCKET, KEY, OBJECT, OTHER, QUEUE } from '../../helpers/policy'
import { T0 } from '../../helpers/scenario'

/** How many cells of each decision the comparisons met (so a test cannot pass on a matrix of one colour). */
const seen = { A: 0, E: 0, I: 0 }

/** Compares every cell with `simulate`; returns the mismatches (empty when the matrix is right). */
function mismatches(scenario: Scenario, query: MatrixQuery): string[] {
  const matrix = accessMatrix(scenario, query)
  for (const row of matrix.rows) for (const code of row) seen[code as keyof typeof seen]++
  const out: string[] = []
  query.principals.forEach((principal, i) => {
    query.actions.forEach((action, j) => {
      const request = { principal, action, resource: query.resource }
      if (query.environment) Object.assign(request, { environment: query.environment })
      if (query.context) Object.assign(request, { context: query.context })
      const expected = MATRIX_CODES[simulate(scenario, request).decision]
      if (matrix.rows[i]![j] !== expected)
        out.push(`${principal} ${action} ${query.resource}: ${matrix.rows[i]![j]} ≠ ${expected}`)
    })
  })
  return out
}

const files = import.meta.glob<unknown>(['../../../scenarios/*.json', '!../../../scenarios/scenario.schema.json'], {
  eager: true,
  import: 'default',
})

/** Literal actions of a policy document, and patterns made concrete (`s3:Get*` → `s3:GetObject`-like names). */
function actionsOf(doc: unknown, into: Set<string>) {
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      try {
        walk(JSON.parse(value))
      } catch {
        // not a policy text
      }
      return
    }
    if (Array.isArray(value)) return value.forEach(walk)
    if (typeof value !== 'object' || value === null) return
    for (const [key, v] of Object.entries(value)) {
      if (key === 'Action' || key === 'NotAction') {
        for (const a of Array.isArray(v) ? v : [v]) {
          if (typeof a !== 'string' || !a.includes(':')) continue
          into.add(a.replace(/\*/g, 'Object').replace(/\?/g, 'x'))
        }
      } else walk(v)
    }
  }
  walk(doc)
}

describe('bundled scenarios', () => {
  for (const [path, raw] of Object.entries(files)) {
    const name = path.slice(path.lastIndexOf('/') + 1)
    it(`${name}: every cell equals simulate`, () => {
      const parsed = parseScenario(raw)
      expect(parsed.ok).toBe(true)
      if (!parsed.ok) return
      const scenario = parsed.scenario
      const principals = matrixPrincipals(scenario, ['user', 'role', 'session', 'root']).map((p) => p.ref)
      const found = new Set(['sts:AssumeRole', 'sts:GetCallerIdentity', 's3:GetObject', 'kms:Decrypt', 'iam:PassRole'])
      actionsOf(scenario, found)
      for (const r of scenario.requests ?? []) found.add(r.action)
      const actions = [...found].filter((a) => /^[A-Za-z0-9-]+:[A-Za-z0-9_.-]+$/.test(a)).slice(0, 60)
      const resources = new Set(['*', ...(scenario.resources ?? []).map((r) => r.arn)])
      for (const role of scenario.roles ?? [])
        resources.add(`arn:aws:iam::${role.account ?? scenario.accounts[0]!.id}:role/${role.name}`)
      const settings: { environment?: Environment; context?: Record<string, string | string[]>; resource?: string }[] =
        [{}]
      for (const r of scenario.requests ?? []) {
        if (r.environment || r.context) {
          settings.push({
            ...(r.environment && { environment: r.environment }),
            ...(r.context && { context: r.context }),
            resource: r.resource,
          })
        }
      }
      let cells = 0
      for (const setting of settings) {
        for (const resource of setting.resource ? [setting.resource] : resources) {
          const query: MatrixQuery = { principals, actions, resource }
          if (setting.environment) query.environment = setting.environment
          if (setting.context) query.context = setting.context
          expect(mismatches(scenario, query)).toEqual([])
          cells += principals.length * actions.length
        }
      }
      expect(cells).toBeGreaterThan(100)
    }, 60_000)
  }
})

// Generated scenarios: two accounts, an organization (SCPs and RCPs), users in groups with managed policies and
// boundaries, roles with random trust policies, sessions (some expired), and resource policies on a bucket, a
// queue and a key — all built from the same small vocabulary, so statements match often.
const M1 = 'managed1'
const managedArb = fc.array(fc.constantFrom(M1, 'managed2', 'ReadOnlyAccess'), { maxLength: 2 })
const trustArb = fc
  .array(statementArb(WIDE, true), { minLength: 1, maxLength: 2 })
  .map((statements) => ({
    Version: '2012-10-17',
    Statement: statements.map((s) => ({
      ...s,
      Action: 'sts:AssumeRole',
      NotAction: undefined,
      Resource: undefined,
      NotResource: undefined,
    })),
  }))
  .map((doc) => JSON.parse(JSON.stringify(doc)))

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    users: fc.array(
      fc.record({
        name: fc.constantFrom('alice', 'bob'),
        inline: fc.array(policyArb(WIDE), { maxLength: 2 }),
        managed: managedArb,
        groups: fc.array(fc.constantFrom('g1', 'g2'), { maxLength: 2 }),
        boundary: fc.option(fc.constantFrom(M1, 'managed2')),
        team: fc.option(fc.constantFrom('data', 'web')),
      }),
      { maxLength: 3 },
    ),
    carol: fc.array(policyArb(WIDE), { maxLength: 1 }),
    group: policyArb(WIDE),
    managed: fc.tuple(policyArb(WIDE), policyArb(WIDE)),
    app: fc.record({
      inline: fc.array(policyArb(WIDE), { maxLength: 2 }),
      trust: trustArb,
      boundary: fc.option(fc.constant(M1)),
    }),
    partner: fc.record({ inline: fc.array(policyArb(WIDE), { maxLength: 1 }), trust: trustArb }),
    session: fc.record({
      policies: fc.array(policyArb(WIDE), { maxLength: 1 }),
      expired: fc.boolean(),
      mfa: fc.option(fc.boolean()),
      team: fc.option(fc.constantFrom('data', 'web')),
    }),
    bucketPolicy: fc.option(policyArb(WIDE, true), { freq: 2 }),
    queuePolicy: fc.option(policyArb(WIDE, true), { freq: 2 }),
    keyPolicy: fc.option(policyArb(WIDE, true), { freq: 2 }),
    organization: fc.option(
      fc.record({
        scps: fc.array(scpArb(WIDE), { minLength: 1, maxLength: 2 }),
        rcp: fc.option(policyArb(WIDE, true)),
      }),
    ),
    environment: fc.record({
      region: fc.constantFrom('eu-west-1', 'us-east-1'),
      secureTransport: fc.boolean(),
      mfa: fc.option(fc.boolean()),
    }),
  })
  .map((g): Scenario => {
    const seen = new Set<string>()
    const users: User[] = g.users
      .filter((u) => !seen.has(u.name) && seen.add(u.name))
      .map((u) => ({
        name: u.name,
        inlinePolicies: u.inline.map((document, i) => ({ name: `p${i}`, document })),
        managedPolicies: u.managed,
        groups: u.groups,
        ...(u.boundary && { permissionsBoundary: u.boundary }),
        ...(u.team && { tags: { team: u.team } }),
      }))
    users.push({
      name: 'carol',
      account: OTHER,
      inlinePolicies: g.carol.map((document, i) => ({ name: `c${i}`, document })),
    })
    const issuedAt = g.session.expired ? '2025-12-31T20:00:00Z' : '2025-12-31T23:50:00Z'
    const s: Scenario = {
      format: 'iam-playground/scenario',
      version: 1,
      title: 'generated',
      accounts: [{ id: ACCOUNT }, { id: OTHER }],
      users,
      groups: [
        { name: 'g1', inlinePolicies: [{ name: 'g', document: g.group }] },
        { name: 'g2', managedPolicies: ['managed2'] },
      ],
      policies: g.managed.map((document, i) => ({
        name: `managed${i + 1}`,
        versions: [{ id: 'v1', isDefault: true, document }],
      })),
      roles: [
        {
          name: 'app',
          trustPolicy: g.app.trust,
          inlinePolicies: g.app.inline.map((document, i) => ({ name: `a${i}`, document })),
          ...(g.app.boundary && { permissionsBoundary: g.app.boundary }),
          tags: { team: 'data' },
        },
        {
          name: 'partner',
          account: OTHER,
          trustPolicy: g.partner.trust,
          inlinePolicies: g.partner.inline.map((document, i) => ({ name: `b${i}`, document })),
        },
      ],
      sessions: [
        {
          role: 'app',
          sessionName: 's1',
          issuedAt,
          ...(g.session.policies.length && { policies: g.session.policies }),
          ...(g.session.mfa !== null && { mfa: g.session.mfa }),
          ...(g.session.team && { tags: { team: g.session.team } }),
        },
      ],
      resources: [
        { arn: BUCKET, ...(g.bucketPolicy && { policy: g.bucketPolicy }) },
        { arn: OBJECT, tags: { team: 'web' } },
        { arn: QUEUE, ...(g.queuePolicy && { policy: g.queuePolicy }) },
        { arn: KEY, ...(g.keyPolicy && { policy: g.keyPolicy }) },
      ],
      environment: {
        time: T0,
        region: g.environment.region,
        secureTransport: g.environment.secureTransport,
        ...(g.environment.mfa !== null && { mfa: g.environment.mfa }),
      },
    }
    if (g.organization) {
      const { scps, rcp } = g.organization
      s.organization = {
        id: 'o-exampleorg1',
        managementAccount: '999988887777',
        policies: [
          ...scps.map((document, i) => ({ name: `scp${i}`, type: 'scp' as const, document })),
          ...(rcp ? [{ name: 'rcp0', type: 'rcp' as const, document: rcp }] : []),
        ],
        root: {
          id: 'r-root',
          name: 'Root',
          accounts: ['999988887777', OTHER],
          children: [
            {
              id: 'ou-root-dev00000',
              name: 'Dev',
              accounts: [ACCOUNT],
              scps: scps.map((_, i) => `scp${i}`),
              ...(rcp && { rcps: ['rcp0'] }),
            },
          ],
        },
      }
    }
    return s
  })

const ACTIONS = [
  ...WIDE.actions,
  'sts:AssumeRole',
  'sts:GetCallerIdentity',
  'kms:Encrypt',
  's3:GetObjectAcl',
  'iam:PassRole',
  's3:DeleteObject',
]
const RESOURCES = [
  ...WIDE.resources,
  `arn:aws:iam::${ACCOUNT}:role/app`,
  `arn:aws:iam::${OTHER}:role/partner`,
  'arn:aws:s3:::bucket/other.txt',
]
/** Principals `simulate` takes that are not rows of the scenario: short references, services, anonymous, unknown. */
const EXTRA = ['user/alice', 'role/app', 'root', 'ec2.amazonaws.com', 'anonymous', `arn:aws:iam::${ACCOUNT}:user/ghost`]

describe('generated scenarios', () => {
  it('every cell equals simulate', () => {
    const before = { ...seen }
    fc.assert(
      fc.property(
        scenarioArb,
        fc.constantFrom(...RESOURCES),
        fc.option(contextArb),
        fc.array(fc.constantFrom(...ACTIONS), { minLength: 1, maxLength: ACTIONS.length }),
        (scenario, resource, context, picked) => {
          const principals = [
            ...matrixPrincipals(scenario, ['user', 'role', 'session', 'root']).map((p) => p.ref),
            ...EXTRA,
          ]
          const query: MatrixQuery = { principals, actions: [...new Set([...picked, ...ACTIONS])], resource }
          if (context) query.context = context
          expect(mismatches(scenario, query)).toEqual([])
        },
      ),
      { numRuns: 120 },
    )
    // Every decision came up often: the generated scenarios exercise allows and both kinds of deny.
    for (const code of ['A', 'E', 'I'] as const) expect(seen[code] - before[code]).toBeGreaterThan(1000)
  }, 120_000)

  it('holds with an environment override and with actions in any order and case', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.constantFrom(...RESOURCES),
        values(['EU-WEST-1', 'us-east-1']),
        (scenario, resource, regions) => {
          const principals = matrixPrincipals(scenario, ['user', 'role', 'session', 'root']).map((p) => p.ref)
          const actions = [...ACTIONS].reverse().map((a, i) => (i % 2 ? a.toLowerCase() : a))
          const environment: Environment = { region: regions[0]!, time: '2026-01-01T03:00:00Z' }
          expect(mismatches(scenario, { principals, actions, resource, environment })).toEqual([])
        },
      ),
      { numRuns: 60 },
    )
  }, 120_000)
})
