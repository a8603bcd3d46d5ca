// After "What would allow it" applies a proposal: which policy document it wrote and which lines of it changed, for
// every kind of proposal that writes a document (identity statement, boundary, resource policy, SCP, trust).
import { describe, expect, it } from 'vitest'
import { whatWouldAllow, type RemedyOp, type Scenario, type SimulationRequest } from '../../../src/engine/index'
import { changedLines, changedPolicy, policyTargets } from '../../../src/lib/request/changed-policy'
import { readTarget } from '../../../src/lib/state/policy-target'
import { allow, policy } from '../../helpers/policy'
import { A, B, MGMT, org, scenario } from '../../helpers/scenario'

const OBJECT = 'arn:aws:s3:::reports/q1.csv'
const request = { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT }

/** The document the proposal with `op` wrote, and the text of its changed lines. */
function apply(s: Scenario, r: SimulationRequest, op: RemedyOp) {
  const proposal = whatWouldAllow(s, r).proposals.find((p) => p.changes.some((c) => c.op === op))!
  expect(proposal, `a proposal ${op}`).toBeDefined()
  const changed = changedPolicy(
    s,
    proposal.scenario!,
    proposal.changes.map((c) => c.kind),
  )!
  const text = readTarget(proposal.scenario!, changed.target)!
  return { ...changed, marked: text.slice(changed.span.from, changed.span.to) }
}

describe(changedLines, () => {
  it('spans the whole lines between what both texts begin and end with', () => {
    const before = 'a\nb\nc\nd'
    const after = 'a\nb\nx\ny\nc\nd'
    const span = changedLines(before, after)
    expect(after.slice(span.from, span.to)).toBe('x\ny')
  })

  it('marks all of a new text, and the line after a deletion', () => {
    expect(changedLines('', 'a\nb')).toEqual({ from: 0, to: 3 })
    const after = 'a\nd'
    const span = changedLines('a\nb\nc\nd', after)
    expect(after.slice(span.from, span.to)).toBe('d')
  })
})

describe(changedPolicy, () => {
  it('opens the inline policy a statement was added to, marking only the new statement', () => {
    const text = JSON.stringify(policy(allow('s3:ListBucket', 'arn:aws:s3:::reports')), null, 2)
    const s = scenario({ users: [{ name: 'alice', inlinePolicies: [{ name: 'Reports', document: text }] }] })
    const c = apply(s, request, 'add-inline')
    expect(c.target).toEqual({ slot: 'inline', owner: 'user', identity: 'alice', name: 'Reports' })
    expect(c.created).toBe(false)
    expect(c.marked).toContain('"s3:GetObject"')
    expect(c.marked).not.toContain('s3:ListBucket')
  })

  it('opens a new inline policy whole', () => {
    const c = apply(scenario({ users: [{ name: 'alice' }] }), request, 'new-inline')
    expect(c.target).toMatchObject({ slot: 'inline', identity: 'alice' })
    expect(c.created).toBe(true)
    expect(c.span.from).toBe(0)
  })

  it('opens the widened permissions boundary (its new default version)', () => {
    const s = scenario({
      users: [
        {
          name: 'alice',
          inlinePolicies: [{ name: 'S3', document: policy(allow('s3:*')) }],
          permissionsBoundary: 'Ec2',
        },
      ],
      policies: [{ name: 'Ec2', versions: [{ id: 'v1', isDefault: true, document: policy(allow('ec2:*')) }] }],
    })
    const c = apply(s, request, 'add-boundary')
    expect(c.target).toEqual({ slot: 'managed', policy: 'Ec2' })
    expect(c.marked).toContain('s3:GetObject')
    expect(c.marked).not.toContain('ec2:*')
  })

  it('opens the bucket policy a statement was added to', () => {
    // The role as the principal (a fresh session of it): a session ARN must have been issued to be asked about.
    const reader = `arn:aws:iam::${B}:role/Reader`
    const s = scenario({
      accounts: [{ id: A }, { id: B }],
      roles: [
        {
          name: 'Reader',
          account: B,
          trustPolicy: policy(allow('sts:AssumeRole', '*', { Principal: { Service: 'ec2.amazonaws.com' } })),
          inlinePolicies: [{ name: 'Read', document: policy(allow('s3:GetObject')) }],
        },
      ],
      resources: [
        {
          arn: 'arn:aws:s3:::reports',
          account: A,
          policy: policy(
            allow('s3:ListBucket', 'arn:aws:s3:::reports', { Principal: { AWS: `arn:aws:iam::${B}:root` } }),
          ),
        },
      ],
    })
    const c = apply(s, { principal: reader, action: 's3:GetObject', resource: OBJECT }, 'add-resource')
    expect(c.target).toEqual({ slot: 'resource', arn: 'arn:aws:s3:::reports' })
    expect(c.marked).toContain('role/Reader')
    expect(c.marked).not.toContain('s3:ListBucket')
  })

  it('opens the SCP an allow was added to', () => {
    const s = scenario({
      accounts: [{ id: A }, { id: B }, { id: MGMT }],
      organization: org(
        { dev: { scps: ['Ec2Only'] } },
        { policies: [{ name: 'Ec2Only', type: 'scp', document: policy(allow('ec2:*')) }] },
      ),
      users: [{ name: 'alice', inlinePolicies: [{ name: 'S3', document: policy(allow('s3:*')) }] }],
    })
    const c = apply(s, request, 'add-org-policy')
    expect(c.target).toEqual({ slot: 'org', name: 'Ec2Only' })
    expect(c.marked).toContain('s3:GetObject')
  })

  it('opens the trust policy the caller was added to', () => {
    const s = scenario({
      users: [{ name: 'alice' }],
      roles: [
        {
          name: 'app',
          trustPolicy: policy(allow('sts:AssumeRole', '*', { Principal: { Service: 'ec2.amazonaws.com' } })),
        },
      ],
    })
    const c = apply(
      s,
      { principal: 'user/alice', action: 'sts:AssumeRole', resource: `arn:aws:iam::${A}:role/app` },
      'add-trust',
    )
    expect(c.target).toEqual({ slot: 'trust', role: 'app' })
    expect(c.marked).toContain('user/alice')
    expect(c.marked).not.toContain('ec2.amazonaws.com')
  })

  it('finds nothing when no document’s text changed', () => {
    const s = scenario({ users: [{ name: 'alice', tags: { team: 'a' } }] })
    expect(changedPolicy(s, { ...s, users: [{ name: 'alice', tags: { team: 'b' } }] })).toBeUndefined()
  })
})

describe(policyTargets, () => {
  it('names entities of other accounts by ARN, as the editor opens them', () => {
    const s = scenario({
      accounts: [{ id: A }, { id: B }],
      users: [{ name: 'bo', account: B, inlinePolicies: [{ name: 'P', document: policy(allow('s3:*')) }] }],
    })
    expect(policyTargets(s)).toEqual([
      { slot: 'inline', owner: 'user', identity: `arn:aws:iam::${B}:user/bo`, name: 'P' },
    ])
  })
})
