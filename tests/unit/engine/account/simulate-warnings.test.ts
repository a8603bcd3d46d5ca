// A principal or resource the scenario does not have is answered as one with no policies, and the answer says so
// with the closest names the scenario has: a user on another path, a typo within two edits, a bucket's object.
import { describe, expect, it } from 'vitest'
import type { SimulationRequest } from '../../../../src/engine/index'
import { allow, policy } from '../../../helpers/policy'
import { A, B, inline, role, scenario, session, sim, trust } from '../../../helpers/scenario'

const s = scenario({
  accounts: [{ id: A }, { id: B }],
  users: [
    { name: 'joon', path: '/contractors/', inlinePolicies: [inline('All', '*')] },
    { name: 'jiwoo' },
    { name: 'jiwon' },
    { name: 'al' },
    { name: 'carol', account: B },
  ],
  roles: [role('Deployer'), role('Auditor', { path: '/audit/' })],
  sessions: [session('Deployer', 'ci')],
  resources: [
    {
      arn: 'arn:aws:s3:::company-a-app-assets',
      policy: policy(allow('s3:GetObject', 'arn:aws:s3:::company-a-app-assets/*', { Principal: '*' })),
    },
    { arn: 'arn:aws:s3:::company-a-app-assets/images/logo.png' },
    { arn: 'arn:aws:s3:::company-a-logs' },
    {
      arn: `arn:aws:sqs:us-east-1:${A}:jobs`,
      policy: policy(allow('sqs:SendMessage', '*', { Principal: '*' })),
    },
    { arn: `arn:aws:ec2:us-east-1:${A}:instance/i-0123456789abcdef0` },
  ],
})

const ask = (principal: string, action = 's3:GetObject', resource = '*') =>
  sim(s, { principal, action, resource } satisfies SimulationRequest)
const warningsOf = (principal: string, action?: string, resource?: string) => ask(principal, action, resource).warnings

describe('an unknown principal of one of the scenario’s accounts is named with the closest ones', () => {
  it('the same name on another path comes first, and the answer is still that of a principal with no policies', () => {
    const result = ask(`arn:aws:iam::${A}:user/joon`)
    expect(result.decision).toBe('ImplicitDeny')
    expect(result.principal.known).toBe(false)
    expect(result.warnings).toEqual([
      {
        code: 'unknown-principal',
        arn: `arn:aws:iam::${A}:user/joon`,
        account: A,
        // `jiwon` is two edits away: after the same name.
        suggestions: [`arn:aws:iam::${A}:user/contractors/joon`, `arn:aws:iam::${A}:user/jiwon`],
      },
    ])
  })

  it('names within two edits, closest first', () => {
    expect(warningsOf(`arn:aws:iam::${A}:user/jiwooo`)?.[0]?.suggestions).toEqual([
      `arn:aws:iam::${A}:user/jiwoo`,
      `arn:aws:iam::${A}:user/jiwon`,
    ])
    // One edit from `jiwon` and from `joon` (the ARN without a path is closer), two from `jiwoo`.
    expect(warningsOf('user/jion')?.[0]?.suggestions).toEqual([
      `arn:aws:iam::${A}:user/jiwon`,
      `arn:aws:iam::${A}:user/contractors/joon`,
      `arn:aws:iam::${A}:user/jiwoo`,
    ])
  })

  it('at most three', () => {
    const many = scenario({ users: ['anna', 'anne', 'anni', 'anny'].map((name) => ({ name })) })
    const result = sim(many, { principal: 'user/ann', action: 's3:GetObject', resource: '*' })
    expect(result.warnings?.[0]?.suggestions).toEqual(
      ['anna', 'anne', 'anni'].map((n) => `arn:aws:iam::${A}:user/${n}`),
    )
  })

  it('a difference of case is the closest of all', () => {
    expect(warningsOf(`arn:aws:iam::${A}:user/Jiwoo`)?.[0]?.suggestions[0]).toBe(`arn:aws:iam::${A}:user/jiwoo`)
  })

  it('a role on another path, and the user or role of the very same name of the other kind', () => {
    expect(warningsOf(`arn:aws:iam::${A}:role/Auditor`)?.[0]?.suggestions).toEqual([
      `arn:aws:iam::${A}:role/audit/Auditor`,
    ])
    expect(warningsOf(`arn:aws:iam::${A}:role/jiwoo`)?.[0]?.suggestions).toEqual([`arn:aws:iam::${A}:user/jiwoo`])
  })

  it('a session of a role the account lacks suggests the same session of the closest role', () => {
    expect(warningsOf(`arn:aws:sts::${A}:assumed-role/Deployr/ci`)).toEqual([
      {
        code: 'unknown-principal',
        arn: `arn:aws:sts::${A}:assumed-role/Deployr/ci`,
        account: A,
        suggestions: [`arn:aws:sts::${A}:assumed-role/Deployer/ci`],
      },
    ])
  })

  it('only a few edits count: a two-letter name is no typo of another two-letter name, and far names none', () => {
    expect(warningsOf(`arn:aws:iam::${A}:user/ed`)?.[0]?.suggestions).toEqual([])
    expect(warningsOf(`arn:aws:iam::${A}:user/somebody-else`)?.[0]?.suggestions).toEqual([])
  })

  it('a trust policy that names the path-less ARN does not make the principal known', () => {
    const trusting = scenario({
      users: [{ name: 'joon', path: '/contractors/' }],
      roles: [{ name: 'R', trustPolicy: trust({ AWS: `arn:aws:iam::${A}:user/joon` }) }],
    })
    const result = sim(trusting, {
      principal: `arn:aws:iam::${A}:user/joon`,
      action: 'sts:AssumeRole',
      resource: `arn:aws:iam::${A}:role/R`,
    })
    expect(result.warnings?.map((w) => w.code)).toEqual(['unknown-principal'])
  })

  it('suggestions stay in the principal’s account', () => {
    expect(warningsOf(`arn:aws:iam::${A}:user/carol`)?.[0]?.suggestions).toEqual([])
    expect(warningsOf(`arn:aws:iam::${B}:user/carl`)?.[0]?.suggestions).toEqual([`arn:aws:iam::${B}:user/carol`])
  })
})

describe('no principal warning for principals the scenario has or does not model', () => {
  it.each([
    ['a user by ARN', `arn:aws:iam::${A}:user/contractors/joon`],
    ['a user by short reference (found on its path)', 'user/joon'],
    ['a role', 'role/Deployer'],
    ['a listed session', `arn:aws:sts::${A}:assumed-role/Deployer/ci`],
    ['a fresh session of a role the scenario has', `arn:aws:sts::${A}:assumed-role/Deployer/someone`],
    ['the account root', `arn:aws:iam::${A}:root`],
    ['a bare account ID', A],
    ['a service principal', 'lambda.amazonaws.com'],
    ['anonymous', 'anonymous'],
    ['a user of an account outside the scenario', 'arn:aws:iam::777788889999:user/joon'],
    ['a session of an account outside the scenario', 'arn:aws:sts::777788889999:assumed-role/X/y'],
    ['the root of an account outside the scenario', 'arn:aws:iam::777788889999:root'],
  ])('%s', (_, principal) => {
    expect(warningsOf(principal)).toBeUndefined()
  })
})

describe('an unknown resource of a kind with resource-based policies in the scenario is named with the closest', () => {
  it('an S3 object of a bucket the scenario lacks suggests the close bucket’s object, keeping the key', () => {
    const resource = 'arn:aws:s3:::company-a-app-asset/images/logo.png'
    const result = ask('user/jiwoo', 's3:GetObject', resource)
    // The bucket policy would allow it; without the bucket there is none.
    expect(result.decision).toBe('ImplicitDeny')
    expect(result.warnings).toEqual([
      {
        code: 'unknown-resource',
        arn: resource,
        suggestions: ['arn:aws:s3:::company-a-app-assets/images/logo.png'],
      },
    ])
    const fixed = ask('user/jiwoo', 's3:GetObject', result.warnings![0]!.suggestions[0])
    expect(fixed.decision).toBe('Allow')
    expect(fixed.warnings).toBeUndefined()
  })

  it('a bucket: every bucket counts as a candidate (with or without a policy), closest first', () => {
    expect(warningsOf('user/jiwoo', 's3:ListBucket', 'arn:aws:s3:::company-a-log')?.[0]?.suggestions).toEqual([
      'arn:aws:s3:::company-a-logs',
    ])
  })

  it('a queue in another region suggests the queue of the same name', () => {
    expect(warningsOf('user/jiwoo', 'sqs:SendMessage', `arn:aws:sqs:us-west-2:${A}:jobs`)?.[0]?.suggestions).toEqual([
      `arn:aws:sqs:us-east-1:${A}:jobs`,
    ])
  })

  it('a role the account lacks, for `sts:AssumeRole` (the trust policy is its resource policy)', () => {
    expect(warningsOf('user/jiwoo', 'sts:AssumeRole', `arn:aws:iam::${A}:role/Deployers`)).toEqual([
      {
        code: 'unknown-resource',
        arn: `arn:aws:iam::${A}:role/Deployers`,
        suggestions: [`arn:aws:iam::${A}:role/Deployer`],
      },
    ])
  })

  it('with nothing close, the warning still says the scenario has no such resource', () => {
    expect(warningsOf('user/jiwoo', 's3:GetObject', 'arn:aws:s3:::elsewhere/x')?.[0]).toEqual({
      code: 'unknown-resource',
      arn: 'arn:aws:s3:::elsewhere/x',
      suggestions: [],
    })
  })

  it('an unknown principal and an unknown resource: both, principal first', () => {
    const codes = warningsOf(`arn:aws:iam::${A}:user/joon`, 's3:GetObject', 'arn:aws:s3:::company-a-app-asset/k')
    expect(codes?.map((w) => w.code)).toEqual(['unknown-principal', 'unknown-resource'])
  })
})

describe('no resource warning when the resource exists or its kind has no resource-based policy in the scenario', () => {
  it.each([
    ['`*`', 's3:ListAllMyBuckets', '*'],
    ['an object of a bucket the scenario has (no entry of its own)', 's3:GetObject', 'arn:aws:s3:::company-a-logs/a'],
    ['a bucket the scenario has', 's3:ListBucket', 'arn:aws:s3:::company-a-app-assets'],
    ['an EC2 instance (no resource-based policies)', 'ec2:StopInstances', `arn:aws:ec2:us-east-1:${A}:instance/i-1`],
    ['a topic, when no topic of the scenario has a policy', 'sns:Publish', `arn:aws:sns:us-east-1:${A}:jobs`],
    ['an IAM user (no resource-based policies)', 'iam:GetUser', `arn:aws:iam::${A}:user/nobody`],
    ['a role for an action its trust policy does not answer', 'iam:GetRole', `arn:aws:iam::${A}:role/Nobody`],
    ['a role the scenario has', 'sts:AssumeRole', `arn:aws:iam::${A}:role/audit/Auditor`],
    ['a queue of an account outside the scenario', 'sqs:SendMessage', 'arn:aws:sqs:us-east-1:777788889999:jobs'],
    ['a wildcard', 's3:GetObject', 'arn:aws:s3:::company-a-app-asset*/k'],
  ])('%s', (_, action, resource) => {
    expect(warningsOf('user/jiwoo', action, resource)).toBeUndefined()
  })

  it('no bucket policy anywhere in the scenario: no warning for a bucket it lacks', () => {
    const plain = scenario({ users: [{ name: 'jiwoo' }], resources: [{ arn: 'arn:aws:s3:::company-a-logs' }] })
    const result = sim(plain, {
      principal: 'user/jiwoo',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::company-a-log/k',
    })
    expect(result.warnings).toBeUndefined()
  })
})

describe('warnings are plain data', () => {
  it('survive structured clone with the rest of the result', () => {
    const result = ask(`arn:aws:iam::${A}:user/joon`)
    expect(structuredClone(result).warnings).toEqual(result.warnings)
  })
})
