// When each credential was last used, read from the activity log.
import { describe, expect, it } from 'vitest'
import { credentialUse, exampleScenario } from '../../../src/engine/index'
import { withActivity } from './helpers'

const OBJECT = 'arn:aws:s3:::example-reports/2024/q1.csv'
const ALICE = 'arn:aws:iam::111122223333:user/alice'

describe('credentialUse', () => {
  it('gives an access key’s last use, with its service and region, denied requests included', () => {
    const s = withActivity(exampleScenario(), [
      { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT, time: '2024-05-01T10:00:00Z' },
      {
        principal: 'user/alice',
        action: 'ec2:StopInstances',
        resource: '*',
        environment: { region: 'eu-west-1' },
        time: '2024-05-02T10:00:00Z',
      },
    ])
    expect(s.activity![1]!.errorCode).toBe('Client.UnauthorizedOperation')
    const use = credentialUse(s)
    expect([...use.keys]).toEqual([
      ['AKIAIOSFODNN7EXAMPLE', { time: '2024-05-02T10:00:00Z', service: 'ec2', region: 'eu-west-1' }],
    ])
    expect(use.passwords.size).toBe(0)
  })

  it('keeps the latest use even when the clock was moved back for a later record', () => {
    const s = withActivity(exampleScenario(), [
      { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT, time: '2024-06-01T00:00:00Z' },
      { principal: 'user/alice', action: 'sqs:ListQueues', resource: '*', time: '2024-01-01T00:00:00Z' },
    ])
    expect(credentialUse(s).keys.get('AKIAIOSFODNN7EXAMPLE')).toMatchObject({
      time: '2024-06-01T00:00:00Z',
      service: 's3',
    })
  })

  it('gives a password’s last use from console requests, not from sessions or keys', () => {
    const s = withActivity(exampleScenario(), [
      { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT, time: '2024-05-01T09:00:00Z' },
      {
        principal: 'user/alice',
        action: 's3:ListBucket',
        resource: 'arn:aws:s3:::example-reports',
        environment: { mfa: true },
        time: '2024-05-01T11:00:00Z',
      },
      {
        principal: 'arn:aws:sts::111122223333:assumed-role/Deployer/alice-deploy',
        action: 'lambda:ListFunctions',
        resource: '*',
      },
    ])
    const use = credentialUse(s)
    expect([...use.passwords]).toEqual([[ALICE, '2024-05-01T11:00:00Z']])
    expect(use.keys.get('AKIAIOSFODNN7EXAMPLE')?.time).toBe('2024-05-01T09:00:00Z')
    // Session keys (ASIA…) are temporary: not in the report.
    expect([...use.keys.keys()].every((k) => k.startsWith('AKIA'))).toBe(true)
  })

  it('is empty for a scenario without a log', () => {
    const use = credentialUse(exampleScenario())
    expect(use.keys.size + use.passwords.size).toBe(0)
  })
})
