// Which policies speak for a principal: a user's inline and managed policies and every group's, a role's (also for
// its sessions), the permissions boundary, session policies — each named in the trace and traced to its source.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
import { describe, expect, it } from 'vitest'
import { simulate } from '../../../../src/engine/index'
import type { ManagedPolicy } from '../../../../src/engine/scenario/model'
import { allow, deny, policy } from '../../../helpers/policy'
import { A, B, T0, decision, inline, role, scenario, session, sim } from '../../../helpers/scenario'

const OBJ = 'arn:aws:s3:::data/report.csv'

const versioned: ManagedPolicy = {
  name: 'S3Versions',
  versions: [
    { id: 'v1', document: policy(allow('s3:GetObject')) },
    { id: 'v2', document: policy(allow('s3:PutObject')), isDefault: true },
    { id: 'v3', document: policy(allow('s3:DeleteObject')) },
  ],
}

const base = scenario({
  users: [
    { name: 'alice', groups: ['INFRA2'], inlinePolicies: [inline('S3Access', 's3:ListBucket')] },
    { name: 'bob', managedPolicies: ['S3Versions'] },
    { name: 'carol', managedPolicies: ['AmazonS3ReadOnlyAccess'] },
    { name: 'dave', groups: ['INFRA2', 'Auditors'] },
    { name: 'erin', groups: ['Nowhere'], managedPolicies: ['NoSuchPolicy'] },
    {
      name: 'frank',
      inlinePolicies: [inline('Everything', '*')],
      permissionsBoundary: 'S3Boundary',
    },
  ],
  groups: [
    { name: 'INFRA2', inlinePolicies: [inline('GroupRead', 's3:GetObject')], managedPolicies: ['S3Versions'] },
    { name: 'Auditors', inlinePolicies: [{ name: 'NoDelete', document: policy(deny('s3:DeleteObject')) }] },
  ],
  roles: [
    role('App', { inlinePolicies: [inline('AppWrite', 's3:PutObject')], managedPolicies: ['S3Versions'] }),
    role('Bounded', { inlinePolicies: [inline('All', '*')], permissionsBoundary: 'S3Boundary' }),
  ],
  policies: [
    versioned,
    { name: 'S3Boundary', versions: [{ id: 'v1', document: policy(allow('s3:*')), isDefault: true }] },
  ],
  sessions: [
    session('App', 'narrow', { policies: [policy(allow('s3:PutObject'))], durationSeconds: 3600 }),
    session('App', 'managed', { policyArns: [`arn:aws:iam::${A}:policy/S3Boundary`] }),
  ],
})

describe('a user gets its own and its groups’ policies', () => {
  it.each([
    ['user/alice', 's3:ListBucket', 'Allow', 'own inline policy'],
    ['user/alice', 's3:GetObject', 'Allow', 'group inline policy'],
    ['user/alice', 's3:PutObject', 'Allow', 'group managed policy (default version v2)'],
    ['user/alice', 's3:DeleteObject', 'ImplicitDeny', 'v3 is not the default version'],
    ['user/bob', 's3:PutObject', 'Allow', 'managed policy default version'],
    ['user/bob', 's3:GetObject', 'ImplicitDeny', 'v1 is not the default version'],
    ['user/carol', 's3:GetObject', 'Allow', 'AWS managed policy by name'],
    ['user/carol', 's3:PutObject', 'ImplicitDeny', 'AWS managed read-only policy'],
    ['user/dave', 's3:GetObject', 'Allow', 'first group'],
    ['user/erin', 's3:GetObject', 'ImplicitDeny', 'unknown group and policy take no part'],
  ])('%s %s → %s (%s)', (principal, action, expected) => {
    expect(decision(base, { principal, action, resource: OBJ })).toBe(expected)
  })

  it('an explicit deny in a second group wins over the first group’s allow', () => {
    const s = scenario({
      ...base,
      groups: [
        { name: 'INFRA2', inlinePolicies: [inline('All', 's3:*')] },
        { name: 'Auditors', inlinePolicies: [{ name: 'NoDelete', document: policy(deny('s3:DeleteObject')) }] },
      ],
    })
    const result = sim(s, { principal: 'user/dave', action: 's3:DeleteObject', resource: OBJ })
    expect(result.decision).toBe('ExplicitDeny')
    expect(result.trace.decisive.map((d) => d.policyName)).toEqual(['NoDelete'])
  })

  it('reports references the scenario does not define', () => {
    const result = sim(base, { principal: 'user/erin', action: 's3:GetObject', resource: OBJ })
    expect(result.unresolved).toEqual(['managed policy `NoSuchPolicy` of user erin', 'group `Nowhere` of user erin'])
  })
})

describe('the permissions boundary limits the identity-based policies', () => {
  it.each([
    ['user/frank', 's3:GetObject', 'Allow'],
    ['user/frank', 'ec2:RunInstances', 'ImplicitDeny'],
    ['role/Bounded', 's3:PutObject', 'Allow'],
    ['role/Bounded', 'iam:CreateUser', 'ImplicitDeny'],
  ])('%s %s → %s', (principal, action, expected) => {
    expect(decision(base, { principal, action, resource: action.startsWith('s3') ? OBJ : '*' })).toBe(expected)
  })

  it('names the boundary rule when it is what denies', () => {
    const result = sim(base, { principal: 'user/frank', action: 'ec2:RunInstances', resource: '*' })
    expect(result.trace.rule.code).toBe('boundary-no-allow')
    expect(result.sources['boundary']?.label).toBe('permissions boundary S3Boundary (v1) of user frank')
  })
})

describe('roles and their sessions', () => {
  const env = { time: T0 }
  it.each([
    ['role/App', 's3:PutObject', 'Allow'],
    ['role/App', 's3:GetObject', 'ImplicitDeny'],
    [`arn:aws:sts::${A}:assumed-role/App/narrow`, 's3:PutObject', 'Allow'],
    [`arn:aws:sts::${A}:assumed-role/App/fresh`, 's3:PutObject', 'ImplicitDeny'],
  ])('%s %s → %s', (principal, action, expected) => {
    expect(decision(base, { principal, action, resource: OBJ, environment: env })).toBe(expected)
  })

  it('a session policy limits the role’s permissions (session-no-allow)', () => {
    const s = scenario({
      ...base,
      sessions: [session('App', 'narrow', { policies: [policy(allow('s3:GetObject'))] })],
    })
    const result = sim(s, {
      principal: `arn:aws:sts::${A}:assumed-role/App/narrow`,
      action: 's3:PutObject',
      resource: OBJ,
    })
    expect(result.decision).toBe('ImplicitDeny')
    expect(result.trace.rule.code).toBe('session-no-allow')
    expect(result.sources['session[0]']).toMatchObject({ kind: 'session', label: 'session policy 1 of session narrow' })
  })

  it('a managed session policy is resolved by ARN', () => {
    const result = sim(base, {
      principal: `arn:aws:sts::${A}:assumed-role/App/managed`,
      action: 's3:PutObject',
      resource: OBJ,
    })
    expect(result.decision).toBe('Allow')
    expect(result.sources['session[0]']?.label).toBe(
      'customer managed policy S3Boundary (v1) passed as a session policy of session managed',
    )
  })

  it('a session the scenario never issued fails before evaluation (no credentials to sign with)', () => {
    const arn = `arn:aws:sts::${A}:assumed-role/App/fresh`
    const result = sim(base, { principal: arn, action: 's3:PutObject', resource: OBJ })
    expect(result.principal).toMatchObject({ kind: 'session', known: false, name: 'App', sessionName: 'fresh' })
    expect(result.failure).toEqual({ code: 'unknown-session', awsError: 'InvalidClientTokenId', session: arn })
    expect(result.decision).toBe('ImplicitDeny')
    expect(result.trace.rule.code).toBe('credentials-invalid')
    expect(result.trace.policyTypes).toEqual([])
    expect(result.sources).toEqual({})
  })

  it('the same session, once issued, is answered by the role’s policies', () => {
    const arn = `arn:aws:sts::${A}:assumed-role/App/fresh`
    const result = sim(
      base,
      { principal: arn, action: 's3:PutObject', resource: OBJ },
      {
        sessions: [session('App', 'fresh')],
      },
    )
    expect(result.failure).toBeUndefined()
    expect(result.decision).toBe('Allow')
    expect(Object.keys(result.sources)).toEqual(['identity[0]', 'identity[1]'])
  })
})

describe('sources say where each policy came from', () => {
  it('labels a user’s inline, managed, group inline and group managed policies', () => {
    const s = scenario({ ...base, users: [{ ...base.users![0]!, managedPolicies: ['AmazonS3ReadOnlyAccess'] }] })
    const { sources } = sim(s, { principal: 'user/alice', action: 's3:GetObject', resource: OBJ })
    expect(Object.fromEntries(Object.entries(sources).map(([id, src]) => [id, [src.kind, src.label]]))).toEqual({
      'identity[0]': ['inline', 'inline policy S3Access of user alice'],
      'identity[1]': ['managed', expect.stringMatching(/^AWS managed policy AmazonS3ReadOnlyAccess \(v\d+\)$/)],
      'identity[2]': ['group-inline', 'inline policy GroupRead via group INFRA2'],
      'identity[3]': ['group-managed', 'customer managed policy S3Versions (v2) via group INFRA2'],
    })
  })

  it('gives entity, policy name, ARN and version of a managed policy', () => {
    const { sources } = sim(base, { principal: 'user/bob', action: 's3:PutObject', resource: OBJ })
    expect(sources['identity[0]']).toEqual({
      kind: 'managed',
      label: 'customer managed policy S3Versions (v2)',
      text: { key: 'source.managed.customer', params: { policy: 'S3Versions', version: 'v2' } },
      policyName: 'S3Versions',
      entity: { kind: 'user', name: 'bob' },
      arn: `arn:aws:iam::${A}:policy/S3Versions`,
      versionId: 'v2',
    })
  })

  it('names every policy in the trace the way the sources do', () => {
    const result = sim(base, { principal: 'user/alice', action: 's3:GetObject', resource: OBJ })
    const names = result.trace.policyTypes.flatMap((t) => t.policies.map((p) => [p.id, p.name]))
    expect(names).toEqual([
      ['identity[0]', 'S3Access'],
      ['identity[1]', 'GroupRead'],
      ['identity[2]', 'S3Versions'],
    ])
    for (const [id, name] of names) expect(result.sources[id!]?.policyName).toBe(name)
  })

  it('survives structured clone, trace included', () => {
    const result = sim(base, { principal: 'user/alice', action: 's3:GetObject', resource: OBJ })
    const copy = structuredClone(result)
    expect(copy.trace).toEqual(result.trace)
    expect(copy.sources).toEqual(result.sources)
    expect(JSON.parse(JSON.stringify(result)).trace.rule.code).toBe('identity-allow')
  })

  it('keeps policy text as text, so the trace carries source ranges', () => {
    const text = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}'
    const s = scenario({ users: [{ name: 'tess', inlinePolicies: [{ name: 'Text', document: text }] }] })
    const result = sim(s, { principal: 'user/tess', action: 's3:GetObject', resource: OBJ })
    expect(result.trace.decisive[0]?.span).toEqual({ from: text.indexOf('{"Effect"'), to: text.length - 2 })
  })
})

describe('principal references', () => {
  const two = scenario({
    accounts: [{ id: A }, { id: B }],
    users: [
      { name: 'alice', inlinePolicies: [inline('All', '*')] },
      { name: 'zed', account: B, path: '/eng/' },
    ],
  })
  it.each([
    ['user/alice', `arn:aws:iam::${A}:user/alice`, 'user', true],
    [`arn:aws:iam::${A}:user/alice`, `arn:aws:iam::${A}:user/alice`, 'user', true],
    [`${B}:user/zed`, `arn:aws:iam::${B}:user/eng/zed`, 'user', true],
    [`arn:aws:iam::${B}:user/zed`, `arn:aws:iam::${B}:user/zed`, 'user', false],
    ['user/nobody', `arn:aws:iam::${A}:user/nobody`, 'user', false],
    ['root', `arn:aws:iam::${A}:root`, 'root', true],
    [`${B}:root`, `arn:aws:iam::${B}:root`, 'root', true],
    [B, `arn:aws:iam::${B}:root`, 'root', true],
    ['s3.amazonaws.com', 's3.amazonaws.com', 'service', false],
    ['anonymous', 'anonymous', 'anonymous', false],
  ])('%s → %s (%s, known %s)', (ref, arn, kind, known) => {
    const { principal } = simulate(two, { principal: ref, action: 's3:GetObject', resource: OBJ })
    expect(principal).toMatchObject({ arn, kind, known })
  })
})
