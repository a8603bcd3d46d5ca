// What the activity view computes: rows newest first, filters, principal choices, policy names, and the records of
// requests run (times at the clock, IDs that never repeat).
import { describe, expect, it } from 'vitest'
import { assumeRole, exampleScenario, simulate, type Scenario } from '../../../src/engine/index'
import { defaultPrincipal, leastPrivilegeName, principalChoices } from '../../../src/lib/activity/principals'
import { eventsFor, sameApartFromActivity } from '../../../src/lib/activity/record'
import {
  chronological,
  eventTimeDisplay,
  filterChoices,
  filterRows,
  NO_FILTER,
  rowsOf,
} from '../../../src/lib/activity/rows'
import { clearActivity } from '../../../src/engine/scenario/edits/activity'
import { withActivity } from './helpers'

const OBJECT = 'arn:aws:s3:::example-reports/2024/q1.csv'
const ALICE = 'arn:aws:iam::111122223333:user/alice'
const SESSION = 'arn:aws:sts::111122223333:assumed-role/Deployer/alice-deploy'

function logged(): Scenario {
  return withActivity(exampleScenario(), [
    { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT, time: '2024-05-01T10:00:00Z' },
    { principal: SESSION, action: 'lambda:ListFunctions', resource: '*', time: '2024-05-01T11:00:00Z' },
    { principal: 'user/alice', action: 's3:PutObject', resource: OBJECT, time: '2024-05-01T09:00:00Z' },
    { principal: 'anonymous', action: 's3:GetObject', resource: OBJECT, time: '2024-05-01T11:30:00Z' },
  ])
}

describe('rows and filters', () => {
  it('lists the newest first, by time, with short callers', () => {
    const rows = rowsOf(logged().activity!, '111122223333')
    expect(rows.map((r) => [r.time, r.who, r.event.eventName])).toEqual([
      ['2024-05-01 11:30:00', 'anonymous', 'GetObject'],
      ['2024-05-01 11:00:00', 'assumed-role/Deployer/alice-deploy', 'ListFunctions'],
      ['2024-05-01 10:00:00', 'user/alice', 'GetObject'],
      ['2024-05-01 09:00:00', 'user/alice', 'PutObject'],
    ])
    expect(rowsOf(logged().activity!, '444455556666')[2]!.who).toBe('111122223333:user/alice')
    expect(chronological(rows).map((e) => e.eventName)).toEqual([
      'GetObject',
      'ListFunctions',
      'PutObject',
      'GetObject',
    ])
  })

  it('filters by principal, service, result and text, and offers what the log holds', () => {
    const rows = rowsOf(logged().activity!, '111122223333')
    const only = (f: Partial<typeof NO_FILTER>) => filterRows(rows, { ...NO_FILTER, ...f }).map((r) => r.index)
    expect(only({})).toEqual([3, 1, 0, 2])
    expect(only({ principal: ALICE })).toEqual([0, 2])
    expect(only({ service: 'lambda.amazonaws.com' })).toEqual([1])
    expect(only({ outcome: 'allowed' })).toEqual([1, 0])
    expect(only({ outcome: 'denied' })).toEqual([3, 2])
    expect(only({ text: 'putOBJECT' })).toEqual([2])
    expect(only({ text: 'no identity-based policy' })).toEqual([2])
    expect(only({ principal: ALICE, outcome: 'denied' })).toEqual([2])
    expect(filterChoices(rows)).toEqual({
      principals: ['anonymous', ALICE, SESSION],
      services: ['lambda.amazonaws.com', 's3.amazonaws.com'],
    })
  })

  it('shows times in UTC, with milliseconds only when there are some', () => {
    expect(eventTimeDisplay('2024-05-01T12:00:00Z')).toBe('2024-05-01 12:00:00 UTC')
    expect(eventTimeDisplay('2024-05-01T12:00:00.004Z', false)).toBe('2024-05-01 12:00:00.004')
    expect(eventTimeDisplay('soon')).toBe('soon')
  })
})

describe('principal choices', () => {
  it('offers users, roles and other callers once, and starts at the caller of the last record', () => {
    const s = logged()
    const choices = principalChoices(s)
    expect(choices.map((c) => c.label)).toEqual([
      'user/alice',
      'user/contractors/bob',
      'role/Deployer',
      'role/AppServer',
      'role/ReportsFunction',
    ])
    // The last record's anonymous caller counts for nobody: the record before it is alice's.
    expect(defaultPrincipal(s, choices)).toBe(ALICE)
    // A session counts for its role.
    const session = withActivity(s, [{ principal: SESSION, action: 'lambda:ListFunctions', resource: '*' }])
    expect(defaultPrincipal(session, choices)).toBe('arn:aws:iam::111122223333:role/Deployer')
    expect(defaultPrincipal(exampleScenario(), [])).toBeUndefined()
  })

  it('names a generated policy validly', () => {
    expect(leastPrivilegeName(ALICE)).toBe('alice-least-privilege')
    expect(leastPrivilegeName('arn:aws:iam::111122223333:root')).toBe('root-least-privilege')
    expect(leastPrivilegeName(`arn:aws:iam::111122223333:user/${'x'.repeat(64)}`)).toMatch(/^x{64}-least-privilege$/)
  })
})

describe('eventsFor', () => {
  it('records requests in order at their clock, and an AssumeRole call', () => {
    const s = exampleScenario()
    const request = { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT }
    const call = { caller: 'user/alice', role: 'Deployer', sessionName: 'x', environment: { mfa: true } }
    const events = eventsFor(s, [
      { request, result: simulate(s, request) },
      { request: { ...request, environment: { time: '2024-06-01T00:00:00Z' } }, result: simulate(s, request) },
      { call, answer: assumeRole(s, call) },
    ])
    expect(events.map((e) => [e.eventName, e.eventTime])).toEqual([
      ['GetObject', '2024-05-01T12:00:00Z'],
      ['GetObject', '2024-06-01T00:00:00Z'],
      ['AssumeRole', '2024-05-01T12:00:00Z'],
    ])
  })

  it('never repeats an ID, even for the same request at the same time in a cleared log', () => {
    const s = exampleScenario()
    const request = { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT }
    const [a] = eventsFor(s, [{ request, result: simulate(s, request) }])
    const [b] = eventsFor(s, [{ request, result: simulate(s, request) }])
    expect(a!.eventTime).toBe(b!.eventTime)
    expect(a!.eventID).not.toBe(b!.eventID)
  })
})

describe('sameApartFromActivity and clearActivity', () => {
  it('tells a recorded scenario from an edited one', () => {
    const s = exampleScenario()
    const recorded = withActivity(s, [{ principal: 'user/alice', action: 's3:GetObject', resource: OBJECT }])
    expect(sameApartFromActivity(s, recorded)).toBe(true)
    expect(sameApartFromActivity(s, { ...s, users: [] })).toBe(false)
  })

  it('clears a log, and refuses an empty one', () => {
    const s = logged()
    const cleared = clearActivity(s)
    expect(cleared.ok && cleared.scenario.activity).toBeUndefined()
    expect(cleared.ok && 'activity' in cleared.scenario).toBe(false)
    expect(s.activity).toHaveLength(4)
    expect(clearActivity(exampleScenario())).toMatchObject({ ok: false })
  })
})
