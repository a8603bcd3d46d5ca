// A credential's last use: its own record or the activity log's, whichever is later, and only what has happened
// by the clock.
import { describe, expect, it } from 'vitest'
import type { AccessKey } from '../../../src/engine/scenario/model'
import type { ActivityEvent } from '../../../src/engine/scenario/activity'
import { lastUses } from '../../../src/engine/credentials/last-use'

const ALICE = 'arn:aws:iam::111122223333:user/alice'
const KEY: AccessKey = { id: 'AKIAALICEALICEALICE1', created: '2025-01-01T00:00:00Z', status: 'Active' }

function event(eventTime: string, extra: Partial<ActivityEvent> = {}): ActivityEvent {
  return {
    eventVersion: '1.08',
    userIdentity: { type: 'IAMUser', arn: ALICE, accountId: '111122223333', accessKeyId: KEY.id },
    eventTime,
    eventSource: 'dynamodb.amazonaws.com',
    eventName: 'Query',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '203.0.113.7',
    eventID: eventTime,
    eventType: 'AwsApiCall',
    ...extra,
  }
}

const NOW = new Date('2025-06-01T00:00:00Z')

describe(lastUses, () => {
  it('has no use for a key nobody used', () => {
    expect(lastUses({}, NOW).key(KEY)).toBeUndefined()
    expect(lastUses({}, NOW).password(ALICE, undefined)).toBeUndefined()
  })

  it('takes the key’s own record when the log has nothing later', () => {
    const own = { ...KEY, lastUsed: '2025-05-01T00:00:00Z', lastUsedService: 's3' }
    expect(lastUses({ activity: [event('2025-04-01T00:00:00Z')] }, NOW).key(own)).toEqual({
      time: '2025-05-01T00:00:00Z',
      service: 's3',
    })
  })

  it('takes the log’s use, with its service and region, when it is later and has happened', () => {
    const uses = lastUses({ activity: [event('2025-05-20T00:00:00Z')] }, NOW)
    expect(uses.key({ ...KEY, lastUsed: '2025-05-01T00:00:00Z' })).toEqual({
      time: '2025-05-20T00:00:00Z',
      service: 'dynamodb',
      region: 'eu-west-1',
    })
    const before = lastUses({ activity: [event('2025-05-20T00:00:00Z')] }, new Date('2025-05-19T00:00:00Z'))
    expect(before.key(KEY)).toBeUndefined()
  })

  it('reads console sign-ins for passwords, the later of the own record and the log', () => {
    const activity = [event('2025-05-10T00:00:00Z', { sessionCredentialFromConsole: 'true' })]
    expect(lastUses({ activity }, NOW).password(ALICE, undefined)).toBe('2025-05-10T00:00:00Z')
    expect(lastUses({ activity }, NOW).password(ALICE, '2025-05-11T00:00:00Z')).toBe('2025-05-11T00:00:00Z')
    expect(lastUses({ activity }, new Date('2025-05-01T00:00:00Z')).password(ALICE, undefined)).toBeUndefined()
  })
})
