// The credential report against the IAM User Guide ("Generate credential reports for your AWS account"): its
// columns in order, the root row first, `not_supported`, `N/A` and `no_information`, and ISO 8601 times.
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../../src/engine/scenario/model'
import type { ActivityEvent } from '../../../src/engine/scenario/activity'
import {
  CREDENTIAL_REPORT_COLUMNS,
  credentialReport,
  credentialReportFileName,
  credentialReportRows,
  reportTime,
} from '../../../src/engine/credentials/report'

const NOW = new Date('2025-05-19T01:30:00Z')

const scenario: Scenario = {
  format: 'iam-playground/scenario',
  version: 1,
  title: 'report',
  accounts: [
    {
      id: '111122223333',
      passwordPolicy: { minimumLength: 14, maxAgeDays: 90 },
      root: {
        mfa: true,
        createdAt: '2020-03-01T00:00:00Z',
        accessKeys: [{ id: 'AKIAROOTROOTROOTROOT', created: '2021-06-01T00:00:00Z', status: 'Active' }],
      },
    },
    { id: '444455556666' },
  ],
  users: [
    {
      name: 'alice',
      createdAt: '2024-01-15T09:00:00Z',
      password: { lastChanged: '2025-04-01T09:00:00Z', lastUsed: '2025-05-18T22:10:05Z' },
      mfaDevices: [{ serial: 'arn:aws:iam::111122223333:mfa/alice', type: 'virtual' }],
      accessKeys: [
        // Listed newest first: the report numbers them by creation.
        { id: 'AKIAALICE2ALICE2ALI2', created: '2025-05-01T00:00:00Z', status: 'Inactive' },
        {
          id: 'AKIAALICE1ALICE1ALI1',
          created: '2024-01-15T09:00:00Z',
          status: 'Active',
          lastUsed: '2025-05-18T23:00:00Z',
          lastUsedService: 'ec2',
          lastUsedRegion: 'ap-northeast-2',
        },
      ],
    },
    { name: 'bob', path: '/contractors/' },
    { name: 'carol', createdAt: '2025-05-01', password: { lastChanged: '2025-05-01T00:00:00Z' } },
    { name: 'dave', account: '444455556666', password: { lastChanged: '2025-05-01T00:00:00Z' } },
  ],
}

const ALICE = 'arn:aws:iam::111122223333:user/alice'

/** A request signed with a long-term access key, as the activity log records it. */
function keyEvent(
  accessKeyId: string,
  type: string,
  arn: string,
  eventTime: string,
  service: string,
  awsRegion = 'us-east-1',
): ActivityEvent {
  return {
    eventVersion: '1.08',
    userIdentity: { type, arn, accountId: '111122223333', accessKeyId },
    eventTime,
    eventSource: `${service}.amazonaws.com`,
    eventName: 'List',
    awsRegion,
    sourceIPAddress: '203.0.113.7',
    eventID: `${accessKeyId}-${eventTime}`,
    eventType: 'AwsApiCall',
  }
}

/** A request made from the console, signed in with the password. */
function consoleEvent(type: string, arn: string, eventTime: string): ActivityEvent {
  return {
    ...keyEvent('ASIAXXXXXXXXXXXXXXXX', type, arn, eventTime, 'iam'),
    sessionCredentialFromConsole: 'true',
  }
}

const byUser = (rows: ReturnType<typeof credentialReportRows>) => new Map(rows.map((r) => [r.user, r]))

describe('the credential report', () => {
  it('has IAM’s 22 columns in IAM’s order', () => {
    const header = credentialReport(scenario, NOW).split('\n')[0]
    expect(header).toBe(
      'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,' +
        'mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,' +
        'access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,' +
        'access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,' +
        'cert_1_last_rotated,cert_2_active,cert_2_last_rotated',
    )
    expect(CREDENTIAL_REPORT_COLUMNS).toHaveLength(22)
  })

  it('starts with the root user: <root_account>, the root ARN, not_supported for the password columns', () => {
    const [root] = credentialReportRows(scenario, NOW)
    expect(root).toEqual({
      user: '<root_account>',
      arn: 'arn:aws:iam::111122223333:root',
      user_creation_time: '2020-03-01T00:00:00+00:00',
      password_enabled: 'not_supported',
      password_last_used: 'no_information',
      password_last_changed: 'not_supported',
      password_next_rotation: 'not_supported',
      mfa_active: 'true',
      access_key_1_active: 'true',
      access_key_1_last_rotated: '2021-06-01T00:00:00+00:00',
      access_key_1_last_used_date: 'N/A',
      access_key_1_last_used_region: 'N/A',
      access_key_1_last_used_service: 'N/A',
      access_key_2_active: 'false',
      access_key_2_last_rotated: 'N/A',
      access_key_2_last_used_date: 'N/A',
      access_key_2_last_used_region: 'N/A',
      access_key_2_last_used_service: 'N/A',
      cert_1_active: 'false',
      cert_1_last_rotated: 'N/A',
      cert_2_active: 'false',
      cert_2_last_rotated: 'N/A',
    })
  })

  it('lists the account’s users after the root, and only that account’s', () => {
    expect(credentialReportRows(scenario, NOW).map((r) => r.user)).toEqual(['<root_account>', 'alice', 'bob', 'carol'])
    const other = credentialReportRows(scenario, NOW, { account: '444455556666' })
    expect(other.map((r) => [r.user, r.arn])).toEqual([
      ['<root_account>', 'arn:aws:iam::444455556666:root'],
      ['dave', 'arn:aws:iam::444455556666:user/dave'],
    ])
    // No root details recorded: no creation time, no MFA, no keys.
    expect(other[0]).toMatchObject({ user_creation_time: 'N/A', mfa_active: 'false', access_key_1_active: 'false' })
  })

  it('reports a password: last used, last changed, next rotation from the maximum age', () => {
    const alice = byUser(credentialReportRows(scenario, NOW)).get('alice')!
    expect(alice).toMatchObject({
      arn: 'arn:aws:iam::111122223333:user/alice',
      user_creation_time: '2024-01-15T09:00:00+00:00',
      password_enabled: 'true',
      password_last_used: '2025-05-18T22:10:05+00:00',
      password_last_changed: '2025-04-01T09:00:00+00:00',
      password_next_rotation: '2025-06-30T09:00:00+00:00',
      mfa_active: 'true',
    })
  })

  it('says no_information for a password never used, N/A for no password', () => {
    const rows = byUser(credentialReportRows(scenario, NOW))
    expect(rows.get('carol')).toMatchObject({ password_enabled: 'true', password_last_used: 'no_information' })
    expect(rows.get('bob')).toMatchObject({
      arn: 'arn:aws:iam::111122223333:user/contractors/bob',
      user_creation_time: 'N/A',
      password_enabled: 'false',
      password_last_used: 'N/A',
      password_last_changed: 'N/A',
      password_next_rotation: 'N/A',
      mfa_active: 'false',
      access_key_1_active: 'false',
      access_key_1_last_rotated: 'N/A',
    })
  })

  it('numbers keys by creation and reports last use; an inactive key has no last_rotated', () => {
    const alice = byUser(credentialReportRows(scenario, NOW)).get('alice')!
    expect(alice).toMatchObject({
      access_key_1_active: 'true',
      access_key_1_last_rotated: '2024-01-15T09:00:00+00:00',
      access_key_1_last_used_date: '2025-05-18T23:00:00+00:00',
      access_key_1_last_used_region: 'ap-northeast-2',
      access_key_1_last_used_service: 'ec2',
      access_key_2_active: 'false',
      access_key_2_last_rotated: 'N/A',
      access_key_2_last_used_date: 'N/A',
    })
  })

  it('has no next rotation when the policy sets no maximum age', () => {
    const noAge: Scenario = { ...scenario, accounts: [{ id: '111122223333', passwordPolicy: { minimumLength: 8 } }] }
    expect(byUser(credentialReportRows(noAge, NOW)).get('alice')!.password_next_rotation).toBe('N/A')
  })

  it('takes the later of a key’s own last use and the activity log’s, ignoring records after now', () => {
    const activity = [
      keyEvent('AKIAROOTROOTROOTROOT', 'Root', 'arn:aws:iam::111122223333:root', '2024-01-01T00:00:00Z', 'iam'),
      keyEvent('AKIAALICE1ALICE1ALI1', 'IAMUser', ALICE, '2025-05-19T01:00:00Z', 's3', 'ap-northeast-2'),
      // After now: not yet happened.
      keyEvent('AKIAALICE2ALICE2ALI2', 'IAMUser', ALICE, '2025-06-01T00:00:00Z', 'sqs'),
      consoleEvent('Root', 'arn:aws:iam::111122223333:root', '2025-05-10T00:00:00Z'),
      consoleEvent('IAMUser', ALICE, '2025-01-01T00:00:00Z'),
      consoleEvent('IAMUser', 'arn:aws:iam::111122223333:user/carol', '2025-05-19T01:29:00Z'),
    ]
    const rows = byUser(credentialReportRows({ ...scenario, activity }, NOW))
    expect(rows.get('<root_account>')).toMatchObject({
      password_last_used: '2025-05-10T00:00:00+00:00',
      access_key_1_last_used_date: '2024-01-01T00:00:00+00:00',
      access_key_1_last_used_service: 'iam',
      access_key_1_last_used_region: 'us-east-1',
    })
    expect(rows.get('alice')).toMatchObject({
      // The key's own record (23:00 the day before) is older than the log's 01:00.
      access_key_1_last_used_date: '2025-05-19T01:00:00+00:00',
      access_key_1_last_used_service: 's3',
      access_key_1_last_used_region: 'ap-northeast-2',
      access_key_2_last_used_date: 'N/A',
      // The scenario's own sign-in is the later.
      password_last_used: '2025-05-18T22:10:05+00:00',
    })
    expect(rows.get('carol')!.password_last_used).toBe('2025-05-19T01:29:00+00:00')
  })

  it('is CSV text: one line per row, ending in a line break, fields with commas quoted', () => {
    const text = credentialReport(scenario, NOW)
    const lines = text.split('\n')
    expect(lines).toHaveLength(6) // header, root, alice, bob, carol, and the empty string after the last break
    expect(lines[5]).toBe('')
    expect(lines[2]!.split(',')).toHaveLength(22)
    expect(lines[1]).toBe(
      '<root_account>,arn:aws:iam::111122223333:root,2020-03-01T00:00:00+00:00,not_supported,no_information,' +
        'not_supported,not_supported,true,true,2021-06-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,' +
        'false,N/A,false,N/A',
    )
    const odd: Scenario = {
      ...scenario,
      users: [
        {
          name: 'x',
          accessKeys: [
            {
              id: 'AKIAXXXXXXXXXXXXXXXX',
              created: '2025-01-01T00:00:00Z',
              status: 'Active',
              lastUsed: '2025-01-02T00:00:00Z',
              lastUsedService: 'a,"b"',
            },
          ],
        },
      ],
    }
    expect(credentialReport(odd, NOW).split('\n')[2]).toContain(',"a,""b""",')
  })
})

describe(reportTime, () => {
  it('writes ISO 8601 to the second with +00:00', () => {
    expect(reportTime('2024-01-15T09:00:00Z')).toBe('2024-01-15T09:00:00+00:00')
    expect(reportTime('2024-01-15T09:00:00.123Z')).toBe('2024-01-15T09:00:00+00:00')
    expect(reportTime('2024-01-15T18:00:00+09:00')).toBe('2024-01-15T09:00:00+00:00')
    expect(reportTime('2024-01-15')).toBe('2024-01-15T00:00:00+00:00')
    expect(reportTime('not a date')).toBeUndefined()
    expect(reportTime(undefined)).toBeUndefined()
  })
})

describe(credentialReportFileName, () => {
  it('is named like the console’s download, with the time', () => {
    expect(credentialReportFileName(new Date('2025-08-17T01:30:00Z'))).toBe(
      'status_reports_2025-08-17T01_30_00+00_00.csv',
    )
  })
})
