// The credential report's `user_creation_time`: from the scenario's `createdAt` (users, and the account for its root
// user), kept from `CreateDate` by the account import, and `N/A` when the scenario does not say, as IAM writes
// absent values. Every gallery scenario and the example carry creation times for their users and accounts.
import { describe, expect, it } from 'vitest'
import {
  credentialReportRows,
  exampleScenario,
  importAuthorizationDetails,
  ROOT_ROW_NAME,
  type Scenario,
} from '../../../src/engine/index'

const files = import.meta.glob<Scenario>(['../../../scenarios/*.json', '!../../../scenarios/scenario.schema.json'], {
  eager: true,
  import: 'default',
})
const scenarios: [string, Scenario][] = [...Object.entries(files), ['example', exampleScenario()]]
const NOW = new Date('2026-01-01T00:00:00Z')

describe.each(scenarios)('%s', (_, scenario) => {
  it('reports a creation time for every user and root user, before the scenario’s clock', () => {
    const clock = Date.parse(scenario.environment?.time ?? '')
    const missing: string[] = []
    for (const account of scenario.accounts) {
      for (const row of credentialReportRows(scenario, NOW, { account: account.id })) {
        const created = Date.parse(row.user_creation_time)
        if (Number.isNaN(created)) missing.push(`${account.id} ${row.user}: ${row.user_creation_time}`)
        else if (created > clock) missing.push(`${account.id} ${row.user}: created after the clock`)
      }
    }
    expect(missing).toEqual([])
  })
})

describe('user_creation_time', () => {
  it('takes the user’s and the account’s createdAt in the report’s time format', () => {
    const rows = credentialReportRows(exampleScenario(), NOW)
    expect(rows.find((r) => r.user === ROOT_ROW_NAME)?.user_creation_time).toBe('2023-06-01T08:00:00+00:00')
    expect(rows.find((r) => r.user === 'alice')?.user_creation_time).toBe('2024-01-10T09:00:00+00:00')
  })

  it('says N/A when the scenario has no creation time', () => {
    const s = exampleScenario()
    const users = s.users!.map(({ createdAt: _, ...u }) => u)
    const rows = credentialReportRows({ ...s, accounts: [{ id: '111122223333' }], users }, NOW)
    expect(rows.map((r) => r.user_creation_time)).toEqual(['N/A', 'N/A', 'N/A'])
  })

  it('keeps CreateDate of an imported user', () => {
    const { scenario } = importAuthorizationDetails({
      UserDetailList: [
        {
          UserName: 'zoe',
          Path: '/',
          Arn: 'arn:aws:iam::123456789012:user/zoe',
          UserId: 'AIDACKCEVSQ6C2EXAMPLE',
          CreateDate: '2019-03-14T09:26:53Z',
        },
      ],
    })
    const row = credentialReportRows(scenario, NOW, { account: '123456789012' }).find((r) => r.user === 'zoe')
    expect(row?.user_creation_time).toBe('2019-03-14T09:26:53+00:00')
  })
})
