// parseScenario: accounts, IAM names and their uniqueness, credentials.
import { describe, expect, it } from 'vitest'
import type { AccessKey } from '../../../../src/engine/scenario/model'
import { errorsAfter } from './parse-support'

const trust = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
}
const key = (id: string): AccessKey => ({ id, created: '2024-01-01', status: 'Active' })

describe('accounts', () => {
  it('account IDs are 12 digits', () => {
    expect(errorsAfter((s) => s.accounts.push({ id: '1234-5678-9012' }))).toEqual([
      '/accounts/2/id: "1234-5678-9012" is not a 12-digit account ID',
    ])
  })

  it('account IDs are unique', () => {
    expect(errorsAfter((s) => s.accounts.push({ id: '111122223333' }))).toEqual([
      '/accounts/2/id: duplicate account ID "111122223333"',
    ])
  })

  it('needs a default account', () => {
    const errors = errorsAfter((s) => {
      s.accounts = []
      delete s.organization
    })
    expect(errors[0]).toBe('/accounts: at least one account is needed: the first is the default account')
  })

  it('an entity names an account that exists', () => {
    expect(errorsAfter((s) => (s.users![0]!.account = '999999999999'))).toContain(
      '/users/0/account: unknown account "999999999999": add it to `accounts`',
    )
    expect(errorsAfter((s) => (s.users![0]!.account = '444455556666'))).toContain(
      '/users/0/groups/0: unknown group "developers": it is in account 111122223333, and a user can only join groups of its own account (444455556666)',
    )
  })

  it('checks the alias and the password policy', () => {
    expect(
      errorsAfter((s) => {
        s.accounts[0]!.alias = 'Dev Team'
        s.accounts[0]!.passwordPolicy = { minimumLength: 4, reusePrevention: 30 }
      }),
    ).toEqual([
      '/accounts/0/alias: "Dev Team" is not an account alias (3 to 63 lowercase letters, digits or -)',
      '/accounts/0/passwordPolicy/minimumLength: must be from 6 to 128; found 4',
      '/accounts/0/passwordPolicy/reusePrevention: must be from 0 to 24; found 30',
    ])
  })
})

describe('IAM names', () => {
  it('are unique per account and kind, ignoring case', () => {
    expect(errorsAfter((s) => s.users!.push({ name: 'Alice' }))).toEqual([
      '/users/2/name: duplicate user name "Alice" in account 111122223333: /users/0 has it (as "alice"; IAM names ignore case)',
    ])
    expect(errorsAfter((s) => s.groups!.push({ name: 'developers' }))).toEqual([
      '/groups/1/name: duplicate group name "developers" in account 111122223333: /groups/0 has it',
    ])
    expect(errorsAfter((s) => s.roles!.push({ name: 'DEPLOYER', trustPolicy: trust }))).toHaveLength(1)
    expect(errorsAfter((s) => s.policies!.push({ ...s.policies![0]!, name: 'developerboundary' }))).toHaveLength(1)
  })

  it('may repeat across kinds and accounts', () => {
    expect(
      errorsAfter((s) => {
        s.users!.push({ name: 'alice', account: '444455556666' })
        s.roles!.push({ name: 'alice', trustPolicy: trust })
        s.groups!.push({ name: 'alice' })
      }),
    ).toEqual([])
  })

  it('use the IAM character set and lengths', () => {
    expect(errorsAfter((s) => s.users!.push({ name: 'carol smith' }))).toEqual([
      '/users/2/name: "carol smith" is not a valid user name (1 to 64 letters, digits or + = , . @ _ -)',
    ])
    expect(errorsAfter((s) => s.users!.push({ name: 'u'.repeat(64) }))).toEqual([])
    expect(errorsAfter((s) => s.users!.push({ name: 'u'.repeat(65) }))).toHaveLength(1)
    expect(errorsAfter((s) => s.groups!.push({ name: 'g'.repeat(128) }))).toEqual([])
    expect(errorsAfter((s) => s.groups!.push({ name: 'g'.repeat(129) }))).toHaveLength(1)
    expect(errorsAfter((s) => s.roles!.push({ name: 'r'.repeat(65), trustPolicy: trust }))).toEqual([
      `/roles/3/name: "${'r'.repeat(65)}" is not a valid role name (1 to 64 letters, digits or + = , . @ _ -)`,
    ])
    expect(errorsAfter((s) => s.users!.push({ name: 'a+b=c,d.e@f_g-h' }))).toEqual([])
    expect(errorsAfter((s) => s.users!.push({ name: '' }))).toHaveLength(1)
  })

  it('paths start and end with `/`, up to 512 characters', () => {
    expect(errorsAfter((s) => (s.users![1]!.path = '/contractors'))).toEqual([
      '/users/1/path: "/contractors" is not an IAM path: it starts and ends with `/`, at most 512 characters',
    ])
    expect(errorsAfter((s) => (s.users![0]!.path = `/${'p'.repeat(510)}/`))).toEqual([])
    expect(errorsAfter((s) => (s.users![0]!.path = `/${'p'.repeat(511)}/`))).toHaveLength(1)
  })

  it('unique IDs have the right prefix and are unique', () => {
    expect(errorsAfter((s) => (s.users![0]!.id = 'AROAEXAMPLEEXAMPLE1'))).toEqual([
      '/users/0/id: "AROAEXAMPLEEXAMPLE1" is not a unique ID (`AIDA` and 12 or more capital letters or digits)',
    ])
    expect(
      errorsAfter((s) => {
        s.users![0]!.id = 'AIDAEXAMPLEEXAMPLE1'
        s.users![1]!.id = 'AIDAEXAMPLEEXAMPLE1'
      }),
    ).toEqual(['/users/1/id: duplicate unique ID "AIDAEXAMPLEEXAMPLE1": /users/0 has it'])
  })

  it('inline policy names are unique per entity', () => {
    expect(errorsAfter((s) => s.groups![0]!.inlinePolicies!.push({ ...s.groups![0]!.inlinePolicies![0]! }))).toEqual([
      '/groups/0/inlinePolicies/1/name: duplicate inline policy name "AssumeDeployer"',
    ])
  })

  it('an instance profile holds one role', () => {
    expect(errorsAfter((s) => (s.roles![2]!.instanceProfiles = ['AppServer']))).toEqual([
      '/roles/2/instanceProfiles/0: instance profile "AppServer" already holds the role at /roles/1; an instance profile holds one role',
    ])
    expect(errorsAfter((s) => (s.roles![1]!.instanceProfiles = ['AppServer', 'appserver']))).toEqual([
      '/roles/1/instanceProfiles/1: instance profile "appserver" is listed twice',
    ])
  })

  it('role session durations are 3600 to 43200 seconds', () => {
    expect(errorsAfter((s) => (s.roles![0]!.maxSessionDuration = 43200))).toEqual([])
    expect(errorsAfter((s) => (s.roles![0]!.maxSessionDuration = 43201))).toEqual([
      '/roles/0/maxSessionDuration: must be from 3600 to 43200 seconds; found 43201',
    ])
    expect(errorsAfter((s) => (s.roles![0]!.maxSessionDuration = 3599))).toHaveLength(1)
  })

  it('tags: at most 50, keys up to 128 and values up to 256 characters', () => {
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']))
    expect(errorsAfter((s) => (s.users![0]!.tags = many))).toEqual(['/users/0/tags: at most 50 tags; found 51'])
    expect(errorsAfter((s) => (s.users![0]!.tags = { ['k'.repeat(129)]: 'v', ok: 'v'.repeat(257) }))).toEqual([
      `/users/0/tags/${'k'.repeat(129)}: a key of tags must be 1 to 128 characters`,
      '/users/0/tags/ok: a value of tags is at most 256 characters',
    ])
  })
})

describe('credentials', () => {
  it('at most 2 access keys per user', () => {
    expect(
      errorsAfter((s) => (s.users![1]!.accessKeys = [key('AKIAAAAAAAAAAAAAAAA1'), key('AKIAAAAAAAAAAAAAAAA2')])),
    ).toEqual([])
    expect(
      errorsAfter((s) => (s.users![1]!.accessKeys = ['1', '2', '3'].map((n) => key(`AKIAAAAAAAAAAAAAAAA${n}`)))),
    ).toEqual(['/users/1/accessKeys: a user or root can have at most 2 access keys'])
  })

  it('access key IDs have the AKIA format and are unique', () => {
    expect(errorsAfter((s) => (s.users![1]!.accessKeys = [key('ASIAIOSFODNN7EXAMPLE')]))).toEqual([
      '/users/1/accessKeys/0/id: "ASIAIOSFODNN7EXAMPLE" is not an access key ID (`AKIA` and 16 capital letters or digits)',
    ])
    expect(errorsAfter((s) => (s.accounts[0]!.root!.accessKeys = [key('AKIAIOSFODNN7EXAMPLE')]))).toEqual([
      '/users/0/accessKeys/0/id: duplicate access key ID "AKIAIOSFODNN7EXAMPLE": /accounts/0/root/accessKeys/0 has it',
    ])
  })

  it('access key status is Active or Inactive', () => {
    expect(errorsAfter((s) => (s.users![0]!.accessKeys![0]!.status = 'active' as never))).toEqual([
      '/users/0/accessKeys/0/status: must be "Active" or "Inactive"; found "active"',
    ])
  })

  it('MFA devices have a serial, unique in the account', () => {
    expect(errorsAfter((s) => (s.users![1]!.mfaDevices = [{ type: 'hardware' } as never]))).toEqual([
      '/users/1/mfaDevices/0: missing `serial` (an MFA device)',
    ])
    expect(errorsAfter((s) => (s.users![1]!.mfaDevices = [...s.users![0]!.mfaDevices!]))).toEqual([
      '/users/1/mfaDevices/0/serial: duplicate MFA serial "arn:aws:iam::111122223333:mfa/alice": /users/0/mfaDevices/0 has it',
    ])
  })
})
