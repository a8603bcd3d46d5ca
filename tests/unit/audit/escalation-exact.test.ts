// Privilege escalation decided by the simulator, not by patterns: denies, boundaries, SCPs, AWS managed policies and
// impossible conditions remove a path; a condition on a key the caller chooses does not, and its step says the value.
import { describe, expect, it } from 'vitest'
import type { FindingDetail, Group, ManagedPolicy, Role, Scenario, User } from '../../../src/engine/index'
import { callerControls } from '../../../src/engine/audit/escalation/caller-keys'
import { B, MGMT, org } from '../../helpers/scenario'
import { A, allowDoc, BASELINE, clean, findingsOf, trustDoc } from './fixtures'

const userArn = (name: string) => `arn:aws:iam::${A}:user/${name}`
const statement = (effect: 'Allow' | 'Deny', action: string | string[], resource = '*', extra: object = {}) => ({
  Effect: effect,
  Action: action,
  Resource: resource,
  ...extra,
})
const inline = (name: string, ...statements: object[]) => ({
  name,
  document: { Version: '2012-10-17', Statement: statements } as never,
})
const admin: User = { name: 'admin', groups: ['Admins'] }
const admins: Group = { name: 'Admins', managedPolicies: ['AdministratorAccess'] }
const world = (parts: Partial<Scenario>) =>
  clean({ ...parts, users: [admin, ...(parts.users ?? [])], groups: [admins, ...(parts.groups ?? [])] })
/** eve with these statements in one inline policy. */
const eve = (...statements: object[]) =>
  world({ users: [{ name: 'eve', inlinePolicies: [inline('P', ...statements)] }] })
const paths = (s: Scenario, who = 'eve'): FindingDetail[] =>
  findingsOf(s, 'privilege-escalation')
    .filter((f) => f.params.name === who)
    .flatMap((f) => f.details ?? [])
const keys = statement('Allow', 'iam:CreateAccessKey', userArn('admin'))
const when = (condition: object) =>
  statement('Allow', 'iam:CreateAccessKey', userArn('admin'), { Condition: condition })

describe('escalation: what removes a path', () => {
  it('an explicit deny of the step', () => {
    expect(paths(eve(keys)).map((d) => d.key)).toEqual(['createAccessKey'])
    expect(paths(eve(keys, statement('Deny', 'iam:Create*', userArn('*'))))).toEqual([])
  })

  it('a permissions boundary that does not allow the step', () => {
    const cap: ManagedPolicy = {
      name: 'Cap',
      versions: [{ id: 'v1', isDefault: true, document: allowDoc('iam:List*') as never }],
    }
    const s = world({
      policies: [cap],
      users: [{ name: 'eve', permissionsBoundary: 'Cap', inlinePolicies: [inline('P', keys)] }],
    })
    expect(paths(s)).toEqual([])
  })

  it('an SCP that denies the step', () => {
    const s = world({
      accounts: [{ id: A, root: { mfa: true }, passwordPolicy: BASELINE }, { id: B }, { id: MGMT }],
      organization: org(
        { dev: { scps: ['FullAWSAccess', 'NoKeys'] } },
        {
          policies: [
            { name: 'NoKeys', type: 'scp', document: { Statement: [statement('Deny', 'iam:CreateAccessKey')] } },
          ],
        },
      ),
      users: [{ name: 'eve', inlinePolicies: [inline('P', keys)] }],
    })
    expect(paths(s)).toEqual([])
  })

  it('an AWS managed policy: its versions cannot be changed, a customer managed one can', () => {
    const versions = statement('Allow', 'iam:CreatePolicyVersion')
    const aws = world({
      users: [{ name: 'eve', managedPolicies: ['ReadOnlyAccess'], inlinePolicies: [inline('P', versions)] }],
    })
    expect(paths(aws).map((d) => d.key)).toEqual([])
    const mine: ManagedPolicy = {
      name: 'Mine',
      versions: [{ id: 'v1', isDefault: true, document: allowDoc('s3:GetObject') as never }],
    }
    const customer = world({
      policies: [mine],
      users: [{ name: 'eve', managedPolicies: ['Mine'], inlinePolicies: [inline('P', versions)] }],
    })
    expect(paths(customer).map((d) => d.key)).toContain('policyVersion')
  })

  it('a time that has passed: aws:CurrentTime before the clock cannot come back', () => {
    expect(paths(eve(when({ DateLessThan: { 'aws:CurrentTime': '2025-06-01T00:00:00Z' } })))).toEqual([])
  })

  it('aws:TokenIssueTime before the clock: a session the role gets now is issued now', () => {
    const keysRole: Role = {
      name: 'Ops',
      trustPolicy: trustDoc({ Service: 'ec2.amazonaws.com' }) as never,
      inlinePolicies: [inline('P', when({ DateLessThan: { 'aws:TokenIssueTime': '2025-06-01T00:00:00Z' } }))],
    }
    expect(paths(world({ roles: [keysRole] }), 'Ops')).toEqual([])
    const later = {
      ...keysRole,
      inlinePolicies: [inline('P', when({ DateGreaterThan: { 'aws:TokenIssueTime': '2025-06-01T00:00:00Z' } }))],
    }
    expect(paths(world({ roles: [later] }), 'Ops').map((d) => d.key)).toEqual(['createAccessKey'])
  })

  it('a request tag on an action that takes no tags (iam:CreateAccessKey)', () => {
    expect(paths(eve(when({ StringEquals: { 'aws:RequestTag/team': 'blue' } })))).toEqual([])
  })
})

describe('escalation: a condition the caller controls does not hide a path', () => {
  it('a date in its future: it can wait, and the step says when', () => {
    const [d] = paths(eve(when({ DateGreaterThan: { 'aws:CurrentTime': '2027-03-01T00:00:00Z' } })))
    expect(d?.key).toBe('createAccessKey')
    const ctx = d?.steps?.[0]?.context ?? {}
    expect(Date.parse(String(ctx['aws:CurrentTime']))).toBeGreaterThan(Date.parse('2027-03-01T00:00:00Z'))
    expect(Number(ctx['aws:EpochTime']) * 1000).toBe(Date.parse(String(ctx['aws:CurrentTime'])))
  })

  it('aws:EpochTime in its future too, but not in its past', () => {
    const future = Date.parse('2027-01-01T00:00:00Z') / 1000
    expect(paths(eve(when({ NumericGreaterThan: { 'aws:EpochTime': String(future) } }))).map((d) => d.key)).toEqual([
      'createAccessKey',
    ])
    const past = Date.parse('2025-01-01T00:00:00Z') / 1000
    expect(paths(eve(when({ NumericLessThan: { 'aws:EpochTime': String(past) } })))).toEqual([])
  })

  it('a source address: it calls from the allowed network, and a deny outside it does not stop it either', () => {
    const [allowIp] = paths(eve(when({ IpAddress: { 'aws:SourceIp': '10.1.0.0/16' } })))
    expect(allowIp?.steps?.[0]?.context).toEqual({ 'aws:SourceIp': '10.1.0.1' })
    const denyOutside = statement('Deny', '*', '*', { Condition: { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } } })
    const [d] = paths(eve(keys, denyOutside))
    expect(d?.steps?.[0]?.context).toEqual({ 'aws:SourceIp': '192.0.2.1' })
  })

  it('a user agent or HTTPS: headers and transport the client picks', () => {
    const [agent] = paths(eve(when({ StringLike: { 'aws:UserAgent': 'corp-cli/*' } })))
    expect(agent?.steps?.[0]?.context).toEqual({ 'aws:UserAgent': 'corp-cli/' })
    const [plain] = paths(eve(when({ Bool: { 'aws:SecureTransport': 'false' } })))
    expect(plain?.steps?.[0]?.context).toEqual({ 'aws:SecureTransport': 'false' })
  })

  it('the Region: an SCP that denies other Regions lets a Lambda path through in the allowed one', () => {
    const fn: Role = {
      name: 'FnAdmin',
      trustPolicy: trustDoc({ Service: 'lambda.amazonaws.com' }) as never,
      managedPolicies: ['AdministratorAccess'],
    }
    const regionOnly = statement('Deny', '*', '*', {
      NotAction: 'iam:*',
      Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
    })
    delete (regionOnly as { Action?: unknown }).Action
    const s = world({
      accounts: [{ id: A, root: { mfa: true }, passwordPolicy: BASELINE }, { id: B }, { id: MGMT }],
      organization: org(
        { dev: { scps: ['FullAWSAccess', 'EuOnly'] } },
        { policies: [{ name: 'EuOnly', type: 'scp', document: { Statement: [regionOnly] } }] },
      ),
      roles: [fn],
      users: [
        {
          name: 'eve',
          inlinePolicies: [
            inline('P', statement('Allow', ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'])),
          ],
        },
      ],
    })
    const d = paths(s).find((p) => p.key === 'passRoleLambda')
    const create = d?.steps?.find((st) => st.action === 'lambda:CreateFunction')
    expect(create?.context).toEqual({ 'aws:RequestedRegion': 'eu-west-1' })
    expect(create?.resource).toBe(`arn:aws:lambda:eu-west-1:${A}:function:iam-playground-probe`)
  })

  it('request tags on an action that takes them: it sets the tag the policy asks for', () => {
    const fn: Role = {
      name: 'FnAdmin',
      trustPolicy: trustDoc({ Service: 'lambda.amazonaws.com' }) as never,
      managedPolicies: ['AdministratorAccess'],
    }
    const tagged = statement('Allow', 'lambda:CreateFunction', '*', {
      Condition: {
        StringEquals: { 'aws:RequestTag/team': 'blue' },
        'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] },
      },
    })
    const s = world({
      roles: [fn],
      users: [
        {
          name: 'eve',
          inlinePolicies: [inline('P', statement('Allow', ['iam:PassRole', 'lambda:InvokeFunction']), tagged)],
        },
      ],
    })
    const create = paths(s)
      .find((p) => p.key === 'passRoleLambda')
      ?.steps?.find((st) => st.action === 'lambda:CreateFunction')
    expect(create?.context).toEqual({ 'aws:RequestTag/team': 'blue', 'aws:TagKeys': ['team'] })
  })

  it('not when no value of its keys helps: a deny on aws:PrincipalTag and a time already past stays', () => {
    const deny = statement('Deny', 'iam:CreateAccessKey', '*', {
      Condition: {
        StringNotEquals: { 'aws:PrincipalTag/role': 'admin' },
        DateGreaterThan: { 'aws:CurrentTime': '2025-01-01T00:00:00Z' },
      },
    })
    expect(paths(eve(keys, deny))).toEqual([])
  })
})

describe('callerControls', () => {
  it.each([
    ['lambda:CreateFunction', 'aws:RequestTag/team', true],
    ['lambda:CreateFunction', 'aws:TagKeys', true],
    ['iam:CreateRole', 'aws:RequestTag/team', true],
    ['iam:CreateAccessKey', 'aws:RequestTag/team', false],
    ['sts:AssumeRole', 'aws:TagKeys', false],
    ['lambda:CreateFunction', 'aws:RequestedRegion', true],
    ['iam:PassRole', 'aws:RequestedRegion', false],
    ['iam:CreateAccessKey', 'aws:CurrentTime', true],
    ['iam:CreateAccessKey', 'aws:EpochTime', true],
    ['iam:CreateAccessKey', 'aws:SourceIp', true],
    ['iam:CreateAccessKey', 'aws:UserAgent', true],
    ['iam:CreateAccessKey', 'aws:SecureTransport', true],
    ['iam:CreateAccessKey', 'aws:TokenIssueTime', false],
    ['iam:CreateAccessKey', 'aws:MultiFactorAuthPresent', false],
    ['iam:CreateAccessKey', 'aws:PrincipalTag/team', false],
    ['iam:CreateAccessKey', 'aws:SourceVpc', false],
    ['iam:PassRole', 'iam:PassedToService', false],
  ] as const)('%s, %s: %s', (action, key, expected) => {
    expect(callerControls(action, key)).toBe(expected)
  })
})
