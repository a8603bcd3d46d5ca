// Privilege-escalation paths as the requests they are made of: each allowed request a technique's step needed, once,
// in order, with the entity it reaches.
import { describe, expect, it } from 'vitest'
import type { FindingDetail, Group, Role, Scenario, User } from '../../../src/engine/index'
import { A, allowDoc, clean, findingsOf, trustDoc } from './fixtures'

const userArn = (name: string) => `arn:aws:iam::${A}:user/${name}`
const roleArn = (name: string) => `arn:aws:iam::${A}:role/${name}`
const may = (name: string, action: string | string[], resource: string | string[] = '*', extra: object = {}) => ({
  name,
  document: allowDoc(action, resource, extra) as never,
})
const admin: User = { name: 'admin', groups: ['Admins'] }
const admins: Group = { name: 'Admins', managedPolicies: ['AdministratorAccess'] }
const world = (parts: { users?: User[]; roles?: Role[] }) =>
  clean({ ...parts, users: [admin, ...(parts.users ?? [])], groups: [admins] })
const details = (s: Scenario, check = 'privilege-escalation', who = 'eve'): FindingDetail[] =>
  findingsOf(s, check as never)
    .filter((f) => f.params.name === who)
    .flatMap((f) => f.details ?? [])
const user = (name: string) => ({ kind: 'user', name, account: A })
const role = (name: string) => ({ kind: 'role', name, account: A })

describe('escalation path steps', () => {
  it('lists the one request of a new access key, reaching the user', () => {
    const s = world({ users: [{ name: 'eve', inlinePolicies: [may('Keys', 'iam:CreateAccessKey', userArn('*'))] }] })
    expect(details(s)[0]?.steps).toEqual([
      { principal: userArn('eve'), action: 'iam:CreateAccessKey', resource: userArn('admin'), to: user('admin') },
    ])
  })

  it('lists only the allowed request of a grant (put, after a denied attach)', () => {
    const s = world({ users: [{ name: 'eve', inlinePolicies: [may('Self', 'iam:PutUserPolicy', userArn('eve'))] }] })
    expect(details(s)[0]?.steps).toEqual([
      { principal: userArn('eve'), action: 'iam:PutUserPolicy', resource: userArn('eve'), to: user('eve') },
    ])
    const attach = world({
      users: [{ name: 'eve', inlinePolicies: [may('Self', ['iam:AttachUserPolicy', 'iam:PutUserPolicy'])] }],
    })
    expect(details(attach).find((d) => d.key === 'grantSelf')?.steps).toEqual([
      {
        principal: userArn('eve'),
        action: 'iam:AttachUserPolicy',
        resource: userArn('eve'),
        context: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/AdministratorAccess' },
        to: user('eve'),
      },
    ])
  })

  it('replays a shared answer: granting another user lists the key it makes for that user, then the grant', () => {
    const s = world({
      users: [
        { name: 'eve', inlinePolicies: [may('Both', ['iam:CreateAccessKey', 'iam:PutUserPolicy'], userArn('bob'))] },
        { name: 'bob' },
      ],
    })
    const grant = details(s).find((d) => d.key === 'grantUser')
    expect(grant?.steps?.map((st) => [st.action, st.resource])).toEqual([
      ['iam:CreateAccessKey', userArn('bob')],
      ['iam:PutUserPolicy', userArn('bob')],
    ])
  })

  it('lists pass-role steps: the pass to the service, the service actions, then the service assuming the role', () => {
    const fn: Role = {
      name: 'FnAdmin',
      trustPolicy: trustDoc({ Service: 'lambda.amazonaws.com' }) as never,
      managedPolicies: ['AdministratorAccess'],
    }
    const s = world({ roles: [fn], users: [{ name: 'eve', inlinePolicies: [may('D', ['iam:PassRole', 'lambda:*'])] }] })
    const fnArn = `arn:aws:lambda:us-east-1:${A}:function:iam-playground-probe`
    expect(details(s).find((d) => d.key === 'passRoleLambda')?.steps).toEqual([
      {
        principal: userArn('eve'),
        action: 'iam:PassRole',
        resource: roleArn('FnAdmin'),
        context: { 'iam:PassedToService': 'lambda.amazonaws.com' },
        to: role('FnAdmin'),
      },
      {
        principal: userArn('eve'),
        action: 'lambda:CreateFunction',
        resource: fnArn,
        to: { kind: 'resource', name: fnArn },
      },
      {
        principal: userArn('eve'),
        action: 'lambda:InvokeFunction',
        resource: fnArn,
        to: { kind: 'resource', name: fnArn },
      },
      {
        principal: 'lambda.amazonaws.com',
        action: 'sts:AssumeRole',
        resource: roleArn('FnAdmin'),
        to: role('FnAdmin'),
      },
    ])
  })

  it('lists the assume-role step of a more powerful role', () => {
    const brk: Role = {
      name: 'Break',
      trustPolicy: trustDoc({ AWS: userArn('eve') }) as never,
      managedPolicies: ['AdministratorAccess'],
    }
    const s = world({ roles: [brk], users: [{ name: 'eve' }] })
    expect(details(s, 'assume-more-powerful-role')[0]?.steps).toEqual([
      { principal: userArn('eve'), action: 'sts:AssumeRole', resource: roleArn('Break'), to: role('Break') },
    ])
  })

  it('lists a role chain in order: assuming the role, then granting it everything', () => {
    const dev: Role = { name: 'Dev', trustPolicy: trustDoc({ AWS: userArn('eve') }) as never }
    const s = world({
      roles: [dev],
      users: [{ name: 'eve', inlinePolicies: [may('R', 'iam:PutRolePolicy', roleArn('Dev'))] }],
    })
    expect(
      details(s)
        .find((d) => d.key === 'grantRole')
        ?.steps?.map((st) => st.action),
    ).toEqual(['sts:AssumeRole', 'iam:PutRolePolicy'])
  })
})

describe('escalation path steps of a role', () => {
  it('names the role by its ARN (the path goes through a session of it)', () => {
    const ops: Role = {
      name: 'Ops',
      trustPolicy: trustDoc({ Service: 'ec2.amazonaws.com' }) as never,
      inlinePolicies: [may('Keys', 'iam:CreateAccessKey', userArn('admin'))],
    }
    expect(details(world({ roles: [ops] }), 'privilege-escalation', 'Ops')[0]?.steps).toEqual([
      { principal: roleArn('Ops'), action: 'iam:CreateAccessKey', resource: userArn('admin'), to: user('admin') },
    ])
  })
})

describe('escalation path steps of the other techniques', () => {
  const group = (name: string) => ({ kind: 'group', name, account: A })
  const groupArn = (name: string) => `arn:aws:iam::${A}:group/${name}`
  const policyArn = (name: string) => `arn:aws:iam::${A}:policy/${name}`
  const box: Role = {
    name: 'Box',
    trustPolicy: trustDoc({ Service: 'ec2.amazonaws.com' }) as never,
    instanceProfiles: ['Box'],
    managedPolicies: ['AdministratorAccess'],
  }
  const mine = {
    name: 'Mine',
    versions: [
      { id: 'v1', isDefault: true, document: allowDoc('iam:CreatePolicyVersion', policyArn('Mine')) as never },
    ],
  }
  const cases: [string, Scenario, [string, string, string][]][] = [
    [
      'loginProfile',
      world({ users: [{ name: 'eve', inlinePolicies: [may('L', 'iam:CreateLoginProfile', userArn('admin'))] }] }),
      [[userArn('eve'), 'iam:CreateLoginProfile', userArn('admin')]],
    ],
    [
      'grantGroup',
      clean({
        users: [admin, { name: 'eve', groups: ['Team'] }],
        groups: [admins, { name: 'Team', inlinePolicies: [may('G', 'iam:PutGroupPolicy', groupArn('Team'))] }],
      }),
      [[userArn('eve'), 'iam:PutGroupPolicy', groupArn('Team')]],
    ],
    [
      'policyVersion',
      clean({ users: [admin, { name: 'eve', managedPolicies: ['Mine'] }], groups: [admins], policies: [mine] }),
      [[userArn('eve'), 'iam:CreatePolicyVersion', policyArn('Mine')]],
    ],
    [
      'addToGroup',
      world({ users: [{ name: 'eve', inlinePolicies: [may('J', 'iam:AddUserToGroup', groupArn('Admins'))] }] }),
      [[userArn('eve'), 'iam:AddUserToGroup', groupArn('Admins')]],
    ],
    [
      'passRoleEc2',
      world({
        roles: [box],
        users: [{ name: 'eve', inlinePolicies: [may('R', ['iam:PassRole', 'ec2:RunInstances'])] }],
      }),
      [
        [userArn('eve'), 'iam:PassRole', roleArn('Box')],
        [userArn('eve'), 'ec2:RunInstances', `arn:aws:ec2:us-east-1:${A}:instance/*`],
        ['ec2.amazonaws.com', 'sts:AssumeRole', roleArn('Box')],
      ],
    ],
  ]

  it.each(cases)('%s', (key, s, expected) => {
    const d = details(s).find((x) => x.key === key)
    expect(d?.steps?.map((st) => [st.principal, st.action, st.resource])).toEqual(expected)
  })

  it('names the entity each step reaches', () => {
    const [, s] = cases.find(([k]) => k === 'addToGroup')!
    expect(details(s)[0]?.steps?.[0]?.to).toEqual(group('Admins'))
    const [, v] = cases.find(([k]) => k === 'policyVersion')!
    expect(details(v)[0]?.steps?.[0]?.to).toEqual({ kind: 'policy', name: 'Mine', account: A })
  })
})
