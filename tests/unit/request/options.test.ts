import { describe, expect, it } from 'vitest'
import { actionOptions, principalOptions, resourceOptions } from '../../../src/lib/request/options'
import { scenario } from './fixture'

describe(principalOptions, () => {
  it('lists users, roles, live session ARNs and root', () => {
    expect(principalOptions(scenario)).toEqual([
      'user/alice',
      'role/Admin',
      'arn:aws:sts::111122223333:assumed-role/Admin/ops',
      'root',
    ])
  })
})

describe(resourceOptions, () => {
  it('lists resource ARNs and role ARNs', () => {
    expect(resourceOptions(scenario)).toEqual([
      'arn:aws:s3:::bucket',
      'arn:aws:s3:::other/bucket',
      'arn:aws:iam::111122223333:role/Admin',
    ])
  })
})

describe(actionOptions, () => {
  it('collects exact actions from every policy (text ones too) and saved requests, without wildcards', () => {
    expect(actionOptions(scenario)).toEqual(['s3:GetObject', 's3:PutObject', 'sqs:SendMessage', 'sts:AssumeRole'])
  })
})
