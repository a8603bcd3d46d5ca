// Privilege escalation: a principal that can make itself more powerful, measured by simulation.
import { describe, expect, it } from 'vitest'
import { auditScenario, type Group, type Role, type Scenario, type User } from '../../../src/engine/index'
import { A, allowDoc, clean, findingsOf, only, trustDoc } from './fixtures'

const userArn = (name: string) => `arn:aws:iam::${A}:user/${name}`
const roleArn = (name: string) => `arn:aws:iam::${A}:role/${name}`
const groupArn = (name: string) => `arn:aws:iam::${A}:group/${name}`
const may = (name: string, action: string | string[], resource: string | string[] = '*', extra: object = {}) => ({
  name,
  document: allowDoc(action, resource, extra) as never,
})
const admin: User = { name: 'admin', groups: ['Admins'] }
const admins: Group = { name: 'Admins', managedPolicies: ['AdministratorAccess'] }
const world = (parts: { users?: User[]; groups?: Group[]; roles?: Role[]; policies?: Scenario['policies'] }) =>
  clean({ ...parts, users: [admin, ...(parts.users ?? [])], groups: [admins, ...(parts.groups ?? [])] })
const paths = (s: Scenario, user = 'eve') =>
  findingsOf(s, 'privilege-escalation')
    .filter((f) => f.params.name === user)
    .flatMap((f) => f.details ?? [])
    .map((d) => d.key)

describe('privilege-escalation', () => {
  it('fires for iam:CreateAccessKey on a more powerful user, as critical when that user can do everything', () => {
    const s = world({ users: [{ name: 'eve', inlinePolicies: [may('Keys', 'iam:CreateAccessKey', userArn('*'))] }] })
    const f = only(s, 'privilege-escalation')
    expect(f).toMatchObject({ severity: 'critical', variant: 'user', params: { name: 'eve' } })
    expect(f.entities.map((e) => e.name)).toEqual(['eve', 'admin'])
    expect(f.details?.[0]?.text).toBe('iam:CreateAccessKey on user admin, who can do *')
  })

  it('does not fire when keys can be made only for itself', () => {
    const own = may('Keys', 'iam:CreateAccessKey', `arn:aws:iam::${A}:user/\${aws:username}`)
    expect(findingsOf(world({ users: [{ name: 'eve', inlinePolicies: [own] }] }), 'privilege-escalation')).toEqual([])
  })

  it('fires for a console password: CreateLoginProfile, or UpdateLoginProfile when the user has one', () => {
    const login = may('Login', ['iam:CreateLoginProfile', 'iam:UpdateLoginProfile'], userArn('admin'))
    const s = world({ users: [{ name: 'eve', inlinePolicies: [login] }] })
    expect(findingsOf(s, 'privilege-escalation')[0]?.details?.[0]?.params.action).toBe('iam:CreateLoginProfile')
    const withPassword = { ...s, users: [{ ...admin, password: {} }, ...s.users!.slice(1)] }
    expect(findingsOf(withPassword, 'privilege-escalation')[0]?.details?.[0]?.params.action).toBe(
      'iam:UpdateLoginProfile',
    )
  })

  it('fires for attaching or putting a policy on itself, unless a boundary caps what it would gain', () => {
    const attach = world({
      users: [{ name: 'eve', inlinePolicies: [may('Self', 'iam:AttachUserPolicy', userArn('eve'))] }],
    })
    expect(paths(attach)).toEqual(['grantSelf'])
    const put = world({ users: [{ name: 'eve', inlinePolicies: [may('Self', 'iam:PutUserPolicy', userArn('eve'))] }] })
    expect(paths(put)).toEqual(['grantSelf'])
    const boundary = {
      name: 'Cap',
      versions: [{ id: 'v1', isDefault: true, document: allowDoc('iam:PutUserPolicy') as never }],
    }
    const capped = world({
      policies: [boundary],
      users: [
        { name: 'eve', permissionsBoundary: 'Cap', inlinePolicies: [may('Self', 'iam:PutUserPolicy', userArn('eve'))] },
      ],
    })
    expect(paths(capped)).toEqual([])
  })

  it('honours iam:PolicyARN conditions: attaching only a read-only policy gains only what it reads', () => {
    const readOnly = may('Self', 'iam:AttachUserPolicy', userArn('eve'), {
      Condition: { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/ReadOnlyAccess' } },
    })
    const f = only(world({ users: [{ name: 'eve', inlinePolicies: [readOnly] }] }), 'privilege-escalation')
    expect(f.severity).toBe('high')
    expect(f.details?.map((d) => d.params)).toEqual([
      { action: 'iam:AttachUserPolicy', target: 'eve', policy: 'ReadOnlyAccess', gained: 's3:GetObject' },
    ])
    const reads = world({ users: [{ name: 'eve', managedPolicies: ['ReadOnlyAccess'], inlinePolicies: [readOnly] }] })
    expect(paths(reads)).toEqual([])
  })

  it('fires for a policy on its own group, and for a new version of its own customer managed policy', () => {
    const group = world({
      users: [{ name: 'eve', groups: ['Team'] }],
      groups: [{ name: 'Team', inlinePolicies: [may('G', 'iam:PutGroupPolicy', groupArn('Team'))] }],
    })
    expect(paths(group)).toEqual(['grantGroup'])
    const policyArn = `arn:aws:iam::${A}:policy/Mine`
    const mine = {
      name: 'Mine',
      versions: [{ id: 'v1', isDefault: true, document: allowDoc('iam:CreatePolicyVersion', policyArn) as never }],
    }
    expect(paths(world({ policies: [mine], users: [{ name: 'eve', managedPolicies: ['Mine'] }] }))).toEqual([
      'policyVersion',
    ])
    const other = { ...mine, name: 'Other' }
    expect(paths(world({ policies: [mine, other], users: [{ name: 'eve', managedPolicies: ['Other'] }] }))).toEqual([])
  })

  it('fires for joining a group that can do more, not one it is already in', () => {
    const join = (group: string) =>
      world({
        users: [{ name: 'eve', inlinePolicies: [may('Join', 'iam:AddUserToGroup', groupArn(group))] }],
        groups: [{ name: 'Readers', managedPolicies: ['ReadOnlyAccess'] }],
      })
    expect(paths(join('Admins'))).toEqual(['addToGroup'])
    expect(paths(join('Readers'))).toEqual(['addToGroup'])
    const eveReads = (s: Scenario) => ({
      ...s,
      users: s.users!.map((u) => (u.name === 'eve' ? { ...u, groups: ['Readers'] } : u)),
    })
    expect(paths(eveReads(join('Readers')))).toEqual([])
  })

  it('fires for a role that can attach policies to itself', () => {
    const s = world({
      roles: [
        {
          name: 'Builder',
          trustPolicy: trustDoc({ Service: 'codebuild.amazonaws.com' }) as never,
          inlinePolicies: [may('Self', 'iam:AttachRolePolicy', roleArn('Builder'))],
        },
      ],
    })
    const f = only(s, 'privilege-escalation')
    expect(f).toMatchObject({
      variant: 'role',
      params: { name: 'Builder' },
      title: 'Role Builder can escalate its privileges',
    })
  })

  it('fires for iam:PassRole of a more powerful role to Lambda (with lambda:CreateFunction and lambda:InvokeFunction) or EC2 (with ec2:RunInstances)', () => {
    const lambdaRole: Role = {
      name: 'FnAdmin',
      trustPolicy: trustDoc({ Service: 'lambda.amazonaws.com' }) as never,
      managedPolicies: ['AdministratorAccess'],
    }
    const pass = may('Deploy', ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'], '*')
    expect(paths(world({ roles: [lambdaRole], users: [{ name: 'eve', inlinePolicies: [pass] }] }))).toEqual([
      'passRoleLambda',
    ])
    const ec2Role: Role = {
      ...lambdaRole,
      name: 'Box',
      trustPolicy: trustDoc({ Service: 'ec2.amazonaws.com' }) as never,
      instanceProfiles: ['Box'],
    }
    const run = may('Run', ['iam:PassRole', 'ec2:RunInstances'], '*')
    expect(paths(world({ roles: [ec2Role], users: [{ name: 'eve', inlinePolicies: [run] }] }))).toEqual(['passRoleEc2'])
  })

  it('does not fire for PassRole when the service does not trust the role, or the service cannot be used', () => {
    const untrusted: Role = {
      name: 'FnAdmin',
      trustPolicy: trustDoc({ Service: 'glue.amazonaws.com' }) as never,
      managedPolicies: ['AdministratorAccess'],
    }
    const pass = may('Deploy', ['iam:PassRole', 'lambda:CreateFunction'], '*')
    expect(paths(world({ roles: [untrusted], users: [{ name: 'eve', inlinePolicies: [pass] }] }))).toEqual([])
    const trusted = { ...untrusted, trustPolicy: trustDoc({ Service: 'lambda.amazonaws.com' }) as never }
    const passOnly = may('Deploy', 'iam:PassRole', '*')
    expect(paths(world({ roles: [trusted], users: [{ name: 'eve', inlinePolicies: [passOnly] }] }))).toEqual([])
  })

  it('fires for granting another user everything when it can also make keys for that user', () => {
    const s = world({
      users: [
        { name: 'eve', inlinePolicies: [may('Both', ['iam:CreateAccessKey', 'iam:PutUserPolicy'], userArn('bob'))] },
        { name: 'bob' },
      ],
    })
    expect(paths(s)).toEqual(['grantUser'])
  })
})

describe('assume-more-powerful-role', () => {
  const adminRole: Role = {
    name: 'Break',
    trustPolicy: trustDoc({ AWS: userArn('eve') }) as never,
    managedPolicies: ['AdministratorAccess'],
  }

  it('fires for a role the principal can assume that can do more, as medium when it can do everything', () => {
    const f = only(world({ roles: [adminRole], users: [{ name: 'eve' }] }), 'assume-more-powerful-role')
    expect(f).toMatchObject({
      severity: 'medium',
      details: [{ key: 'assumeRole', params: { target: 'Break', gained: '*' } }],
    })
    expect(findingsOf(world({ roles: [adminRole], users: [{ name: 'eve' }] }), 'privilege-escalation')).toEqual([])
  })

  it('does not fire when the trust policy does not let it in, or the role is no more powerful', () => {
    const closed = { ...adminRole, trustPolicy: trustDoc({ AWS: userArn('admin') }) as never }
    const other = findingsOf(world({ roles: [closed], users: [{ name: 'eve' }] }), 'assume-more-powerful-role')
    expect(other.map((f) => f.params.name)).toEqual([])
    const weak = { ...adminRole, managedPolicies: [] }
    expect(
      findingsOf(
        world({ roles: [weak], users: [{ name: 'eve', managedPolicies: ['ReadOnlyAccess'] }] }),
        'assume-more-powerful-role',
      ),
    ).toEqual([])
  })
})

describe('escalation-limited', () => {
  it('says so when the simulation budget runs out', () => {
    const keys = may('Keys', 'iam:CreateAccessKey', userArn('*'))
    const s = world({ users: Array.from({ length: 5 }, (_, i) => ({ name: `u${i}`, inlinePolicies: [keys] })) })
    const limited = auditScenario(s, { maxSimulations: 20 }).filter((f) => f.check === 'escalation-limited')
    expect(limited).toHaveLength(1)
    expect(limited[0]).toMatchObject({ params: { total: 6, limit: 20 } })
  })

  it('is silent when every principal was checked', () => {
    expect(findingsOf(world({ users: [{ name: 'u' }] }), 'escalation-limited')).toEqual([])
  })
})
