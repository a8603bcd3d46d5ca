// Attaching a managed policy to, or putting an inline policy on, itself (a user or a role).
import { describe, expect, it } from 'vitest'
import type { User } from '../../../../../src/engine/index'
import { allowDoc, AWS_POLICY, deny, escalations, managed, may, role, roleArn, userArn, ways, world } from './world'

const eve = (...inlinePolicies: NonNullable<User['inlinePolicies']>): User => ({ name: 'eve', inlinePolicies })
const notAdmin = { Condition: { ArnNotEquals: { 'iam:PolicyARN': AWS_POLICY('AdministratorAccess') } } }

describe('grantSelf', () => {
  it.each(['iam:AttachUserPolicy', 'iam:PutUserPolicy'])('applies to a user with %s on itself', (action) => {
    expect(escalations(world({ users: [eve(may('Self', action, userArn('eve')))] }))).toMatchObject([
      { key: 'grantSelf', params: { action, target: 'eve', gained: '*' } },
    ])
  })

  it.each(['iam:AttachRolePolicy', 'iam:PutRolePolicy'])('applies to a role with %s on itself', (action) => {
    const bot = role(
      'Bot',
      { Service: 'lambda.amazonaws.com' },
      { inlinePolicies: [may('Self', action, roleArn('Bot'))] },
    )
    expect(ways(world({ roles: [bot] }), 'Bot')).toEqual(['grantSelf'])
  })

  it('does not apply under an explicit deny, or when its statement names another user', () => {
    const both = ['iam:AttachUserPolicy', 'iam:PutUserPolicy']
    expect(ways(world({ users: [eve(may('Self', both, userArn('eve')), deny('No', both))] }))).toEqual([])
    expect(ways(world({ users: [eve(may('Self', both, userArn('bob')))] }))).toEqual([])
  })

  it('an iam:PolicyARN condition that excludes AdministratorAccess leaves the other managed policies', () => {
    // The key filters by the ARN of the policy being attached (IAM User Guide, IAM condition keys), so with
    // AdministratorAccess excluded any other policy can still be attached: PowerUserAccess allows every action but
    // IAM, Organizations and Account.
    const attach = may('Self', 'iam:AttachUserPolicy', userArn('eve'), notAdmin)
    expect(escalations(world({ users: [eve(attach)] }))).toMatchObject([
      { key: 'grantSelf', params: { action: 'iam:AttachUserPolicy', policy: 'PowerUserAccess', gained: '*' } },
    ])
  })

  it('a deny of attaching AdministratorAccess alone leaves the other managed policies too', () => {
    const attach = may('Self', 'iam:AttachUserPolicy', userArn('eve'))
    const noAdmin = {
      name: 'NoAdmin',
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Action: 'iam:AttachUserPolicy',
            Resource: '*',
            Condition: { ArnEquals: { 'iam:PolicyARN': AWS_POLICY('AdministratorAccess') } },
          },
        ],
      } as never,
    }
    expect(escalations(world({ users: [eve(attach, noAdmin)] }))).toMatchObject([
      { key: 'grantSelf', params: { policy: 'PowerUserAccess', gained: '*' } },
    ])
  })

  it('an iam:PolicyARN condition naming one customer managed policy gains what that policy allows', () => {
    const only = may('Self', 'iam:AttachUserPolicy', userArn('eve'), {
      Condition: { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::111122223333:policy/Objects' } },
    })
    const objects = managed('Objects', allowDoc('s3:GetObject'))
    expect(escalations(world({ users: [eve(only)], policies: [objects] }))).toMatchObject([
      { params: { policy: 'Objects', gained: 's3:GetObject' } },
    ])
    const nothing = managed('Objects', allowDoc('s3:ListBucket'))
    expect(ways(world({ users: [eve(only)], policies: [nothing] }))).toEqual([])
  })
})
