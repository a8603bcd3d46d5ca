// The search as a whole: nothing for an allowed request, an explanation when no change can allow it, the input left
// as it was, smallest proposals first — and, over every denied saved request of the bundled scenarios, every
// proposal applied is allowed.
import { describe, expect, it } from 'vitest'
import { EngineInputError, parseScenario, simulate, whatWouldAllow, type Scenario } from '../../../src/engine/index'
import { allow, policy } from '../../helpers/policy'
import { A, B, scenario, trust } from '../../helpers/scenario'
import { ask, decisionAfter } from './support'

const OBJECT = 'arn:aws:s3:::reports/q1.csv'

describe('what no change can allow', () => {
  it('says that the root user cannot assume a role', () => {
    const s = scenario({ roles: [{ name: 'app', trustPolicy: trust({ AWS: `arn:aws:iam::${A}:root` }) }] })
    const answer = ask(s, {
      principal: `arn:aws:iam::${A}:root`,
      action: 'sts:AssumeRole',
      resource: `arn:aws:iam::${A}:role/app`,
    })
    expect(answer.proposals).toEqual([])
    expect(answer.unreachable?.code).toBe('root-cannot-assume-role')
  })

  it('says when the caller is outside the scenario (another account’s user, whose own policies it does not hold)', () => {
    // Another account's user reads a bucket whose policy already trusts that account: only the caller's own
    // identity policies are missing, and the scenario does not hold them.
    const s = scenario({
      resources: [
        {
          arn: 'arn:aws:s3:::reports',
          policy: policy(allow('s3:GetObject', '*', { Principal: { AWS: `arn:aws:iam::${B}:root` } })),
        },
      ],
    })
    const answer = ask(s, { principal: `arn:aws:iam::${B}:user/stranger`, action: 's3:GetObject', resource: OBJECT })
    expect(answer.proposals).toEqual([])
    expect(answer.unreachable?.code).toBe('caller-outside-scenario')
    expect(answer.unreachable?.message).toContain(`arn:aws:iam::${B}:user/stranger`)
  })

  it('allows another account’s root through the resource policy (the root needs no identity policy)', () => {
    const s = scenario({ resources: [{ arn: 'arn:aws:s3:::reports' }] })
    const answer = ask(s, { principal: `arn:aws:iam::${B}:root`, action: 's3:GetObject', resource: OBJECT })
    expect(answer.proposals.map((p) => p.changes.map((c) => c.op))).toEqual([['new-resource-policy']])
  })
})

describe('the search', () => {
  it('returns nothing for a request that is already allowed', () => {
    const s = scenario({
      users: [{ name: 'alice', inlinePolicies: [{ name: 'S3', document: policy(allow('s3:*')) }] }],
    })
    expect(whatWouldAllow(s, { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT })).toEqual({
      proposals: [],
    })
  })

  it('uses the answer it is given instead of computing it again', () => {
    const s = scenario({ users: [{ name: 'alice' }] })
    const request = { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT }
    const given = simulate(
      scenario({ users: [{ name: 'alice', inlinePolicies: [{ name: 'S3', document: policy(allow('s3:*')) }] }] }),
      request,
    )
    expect(whatWouldAllow(s, request, given).proposals).toEqual([])
  })

  it('stays within the limits it is given', () => {
    const s = scenario({
      users: [{ name: 'alice', inlinePolicies: [{ name: 'A', document: policy(allow('ec2:*')) }] }],
    })
    const request = { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT }
    expect(whatWouldAllow(s, request, undefined, { maxProposals: 1 }).proposals).toHaveLength(1)
    const none = whatWouldAllow(s, request, undefined, { maxSimulations: 0 })
    expect(none.proposals).toEqual([])
    expect(none.unreachable?.code).toBe('none-found')
  })
})

const files = import.meta.glob<unknown>(['../../../scenarios/*.json', '!../../../scenarios/scenario.schema.json'], {
  eager: true,
  import: 'default',
})

describe('every denied saved request of the bundled scenarios', () => {
  const cases: { name: string; scenario: Scenario; request: Parameters<typeof simulate>[1] }[] = []
  const awsOwned: typeof cases = []
  for (const [path, raw] of Object.entries(files)) {
    const parsed = parseScenario(raw)
    if (!parsed.ok) continue
    for (const r of parsed.scenario.requests ?? []) {
      const request = {
        principal: r.principal,
        action: r.action,
        resource: r.resource,
        ...(r.environment && { environment: r.environment }),
        ...(r.context && { context: r.context }),
      }
      const result = simulate(parsed.scenario, request)
      const named = { name: `${path.split('/').pop()} ${r.id}`, scenario: parsed.scenario, request }
      if (result.trace.rule.code === 'aws-owned-resource') awsOwned.push(named)
      else if (result.decision !== 'Allow') cases.push(named)
    }
  }

  it('finds denied requests to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30)
    expect(awsOwned.length).toBeGreaterThanOrEqual(1)
  })

  // privilege-escalation.json asks for a new version of an AWS managed policy: nothing in the account can allow it.
  it.each(awsOwned)(
    '$name: no proposal, and the answer says only AWS can change the resource',
    ({ scenario: s, request }) => {
      expect(ask(s, request)).toMatchObject({ proposals: [], unreachable: { code: 'aws-owned-resource' } })
    },
  )

  it.each(cases)(
    '$name: proposals exist, come smallest first and each applied is allowed',
    ({ scenario: s, request }) => {
      const answer = ask(s, request)
      expect(answer.proposals.length).toBeGreaterThan(0)
      const sizes = answer.proposals.map((p) => p.changes.length)
      expect(sizes).toEqual([...sizes].sort((a, b) => a - b))
      for (const p of answer.proposals) expect(decisionAfter(p, s, request)).toBe('Allow')
    },
  )
})

describe('bad input', () => {
  it('never throws on policies that are not JSON, odd principals or actions', () => {
    const s = scenario({
      users: [{ name: 'alice', inlinePolicies: [{ name: 'Broken', document: '{ not json' }] }],
      roles: [{ name: 'app', trustPolicy: '[]' }],
      resources: [{ arn: 'arn:aws:s3:::reports', policy: '"just a string"' }],
    })
    for (const request of [
      { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT },
      { principal: 'anonymous', action: 's3:GetObject', resource: OBJECT },
      { principal: 'ec2.amazonaws.com', action: 'sts:AssumeRole', resource: `arn:aws:iam::${A}:role/app` },
      { principal: `arn:aws:iam::${A}:role/missing`, action: 's3:GetObject', resource: 'not-an-arn' },
    ]) {
      expect(() => whatWouldAllow(s, request)).not.toThrow()
    }
    // A request that is not one fails as `simulate` does, with a located error.
    expect(() => whatWouldAllow(s, { principal: 'nobody', action: 'x', resource: '*' })).toThrow(EngineInputError)
    // The broken inline policy cannot be appended to; a new one can be added next to it.
    const answer = whatWouldAllow(s, { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT })
    expect(answer.proposals.map((p) => p.changes.map((c) => c.op))).toEqual([['new-inline']])
  })
})
