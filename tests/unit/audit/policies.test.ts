// What a statement covers, decided on the parsed policy with the wildcard-cover test.
import { describe, expect, it } from 'vitest'
import type { Statement } from '../../../src/engine/index'
import {
  actionCoverage,
  allowsAction,
  grantsAction,
  grantsEvery,
  isEveryAction,
  parsedPolicy,
  resourceCoverage,
} from '../../../src/engine/audit/policies'
import { powerText } from '../../../src/engine/audit/power'

const statement = (s: object): Statement =>
  parsedPolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', ...s }] } as never, 'identity').statements[0]!

describe('statement coverage', () => {
  it('knows the Action values that match every action', () => {
    expect(['*', '*:*', '**'].map(isEveryAction)).toEqual([true, true, true])
    expect(['iam:*', '*:Get*', 's*:*'].map(isEveryAction)).toEqual([false, false, false])
  })

  it('tells all, all-but (NotAction/NotResource) and some apart', () => {
    expect(actionCoverage(statement({ Action: '*', Resource: '*' }))).toBe('all')
    expect(actionCoverage(statement({ NotAction: 'iam:*', Resource: '*' }))).toBe('allBut')
    expect(actionCoverage(statement({ NotAction: '*', Resource: '*' }))).toBe('some')
    expect(actionCoverage(statement({ Action: ['s3:*', 'ec2:*'], Resource: '*' }))).toBe('some')
    expect(resourceCoverage(statement({ Action: '*', Resource: ['arn:aws:s3:::b', '*'] }))).toBe('all')
    expect(resourceCoverage(statement({ Action: '*', NotResource: 'arn:aws:s3:::b' }))).toBe('allBut')
    expect(resourceCoverage(statement({ Action: '*', Resource: 'arn:aws:s3:::*' }))).toBe('some')
  })

  it('matches actions case-insensitively, through Action or the absence from NotAction', () => {
    expect(grantsAction(statement({ Action: 'IAM:pass*', Resource: '*' }), 'iam:PassRole')).toBe(true)
    expect(grantsAction(statement({ NotAction: 's3:*', Resource: '*' }), 'iam:PassRole')).toBe(true)
    expect(grantsAction(statement({ NotAction: 'iam:*', Resource: '*' }), 'iam:PassRole')).toBe(false)
  })

  it('decides whether every resource of a pattern is granted', () => {
    const roles = 'arn:aws:iam::111122223333:role/*'
    expect(grantsEvery(statement({ Action: '*', Resource: 'arn:aws:iam::*:role/*' }), roles)).toBe(true)
    expect(grantsEvery(statement({ Action: '*', Resource: 'arn:aws:iam::111122223333:role/app-*' }), roles)).toBe(false)
    expect(grantsEvery(statement({ Action: '*', NotResource: 'arn:aws:iam::111122223333:role/admin' }), roles)).toBe(
      true,
    )
    expect(grantsEvery(statement({ Action: '*', NotResource: 'arn:aws:iam::*:*' }), roles)).toBe(false)
  })

  it('answers whether any Allow statement of a policy names an action', () => {
    const policy = parsedPolicy(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:*","Resource":"*"},{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
      'identity',
    )
    expect(allowsAction(policy, 's3:GetObject')).toBe(true)
    expect(allowsAction(policy, 'iam:CreateUser')).toBe(false)
  })

  it('writes a power as the actions it allows, or * for everything', () => {
    expect(powerText(0b110)).toBe('iam:CreateUser, iam:CreateAccessKey')
    expect(powerText(0b111)).toBe('*')
  })
})
