// The log as a list: record times, the cap, CloudTrail's JSON lines, reading records back, and loading a scenario.
import { describe, expect, it } from 'vitest'
import {
  ACTIVITY_LIMIT,
  actionOf,
  appendEvents,
  cloudTrailRecord,
  exampleScenario,
  nextEventTime,
  outcomeOf,
  parseScenario,
  resourceOf,
  serviceOf,
  toJsonLines,
  type ActivityEvent,
} from '../../../src/engine/index'
import { withActivity } from './helpers'

const OBJECT = 'arn:aws:s3:::example-reports/2024/q1.csv'

/** A copy of `event` without `key`. */
function without(event: ActivityEvent, key: keyof ActivityEvent): ActivityEvent {
  const copy = { ...event }
  delete copy[key]
  return copy
}

function logged() {
  return withActivity(exampleScenario(), [
    { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT },
    { principal: 'user/alice', action: 's3:PutObject', resource: OBJECT },
  ])
}

describe('nextEventTime', () => {
  const at = (iso: string) => ({ eventTime: iso }) as ActivityEvent
  const clock = new Date('2024-05-01T12:00:00Z')

  it('is the clock for an empty log, and one millisecond later for each request at the same clock time', () => {
    expect(nextEventTime(undefined, clock).toISOString()).toBe('2024-05-01T12:00:00.000Z')
    expect(nextEventTime([at('2024-05-01T12:00:00Z')], clock).toISOString()).toBe('2024-05-01T12:00:00.001Z')
    expect(nextEventTime([at('2024-05-01T12:00:00.004Z')], clock).toISOString()).toBe('2024-05-01T12:00:00.005Z')
  })

  it('follows the clock when it moved on, or far back', () => {
    expect(nextEventTime([at('2024-04-30T12:00:00Z')], clock)).toEqual(clock)
    expect(nextEventTime([at('2024-06-01T12:00:00Z')], clock)).toEqual(clock)
  })

  it('records requests made at one clock time in order, with distinct IDs', () => {
    const s = logged()
    expect(s.activity!.map((e) => e.eventTime)).toEqual(['2024-05-01T12:00:00Z', '2024-05-01T12:00:00.001Z'])
    expect(new Set(s.activity!.map((e) => e.eventID)).size).toBe(2)
  })
})

describe('appendEvents', () => {
  it('appends without changing the log it was given, and drops the oldest beyond the cap', () => {
    const e = (n: number) => ({ eventID: String(n) }) as ActivityEvent
    const log = [e(1), e(2)]
    expect(appendEvents(log, [e(3)]).map((x) => x.eventID)).toEqual(['1', '2', '3'])
    expect(log).toHaveLength(2)
    expect(appendEvents(log, [e(3), e(4)], 3).map((x) => x.eventID)).toEqual(['2', '3', '4'])
    expect(appendEvents(undefined, [e(1)])).toHaveLength(1)
  })
})

describe('cloudTrailRecord and toJsonLines', () => {
  it('writes CloudTrail’s field order with null parameters and response, one record a line', () => {
    const s = logged()
    const record = cloudTrailRecord(s.activity![1]!)
    expect(Object.keys(record).slice(0, 12)).toEqual([
      'eventVersion',
      'userIdentity',
      'eventTime',
      'eventSource',
      'eventName',
      'awsRegion',
      'sourceIPAddress',
      'userAgent',
      'errorCode',
      'errorMessage',
      'requestParameters',
      'responseElements',
    ])
    expect(record.responseElements).toBeNull()
    expect(Object.keys(record).at(-1)).toBe('playground')
    const lines = toJsonLines(s.activity!).trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines.map((l) => JSON.parse(l).eventName)).toEqual(['GetObject', 'PutObject'])
    expect(JSON.parse(lines[1]!).errorCode).toBe('AccessDenied')
    expect(toJsonLines([])).toBe('')
  })
})

describe('reading a record', () => {
  it('uses the playground note, else the CloudTrail fields', () => {
    const e = logged().activity![1]!
    expect([actionOf(e), resourceOf(e), outcomeOf(e), serviceOf(e)]).toEqual([
      's3:PutObject',
      OBJECT,
      'ImplicitDeny',
      's3',
    ])
    const pasted = without(e, 'playground')
    expect(actionOf({ ...pasted, eventSource: 'monitoring.amazonaws.com', eventName: 'PutMetricData' })).toBe(
      'cloudwatch:PutMetricData',
    )
    expect(resourceOf(pasted)).toBe(OBJECT)
    expect(outcomeOf(pasted)).toBe('ImplicitDeny')
    const allowed = without(pasted, 'errorCode')
    expect(outcomeOf(allowed)).toBe('Allow')
  })
})

describe('the scenario format', () => {
  it('loads a scenario with its activity log', () => {
    const s = logged()
    const parsed = parseScenario(JSON.parse(JSON.stringify(s)))
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.scenario.activity).toEqual(s.activity)
  })

  it('refuses a record without its required fields, and a log over the cap', () => {
    const s = logged()
    const broken = without(s.activity![0]!, 'eventID')
    const bad = parseScenario({ ...JSON.parse(JSON.stringify(s)), activity: [broken] })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.errors.map((e) => e.message).join('\n')).toMatch(/missing `eventID` \(an activity event\)/)
    const many = Array.from({ length: ACTIVITY_LIMIT + 1 }, () => s.activity![0]!)
    const over = parseScenario({ ...JSON.parse(JSON.stringify(s)), activity: many })
    expect(over.ok).toBe(false)
    if (!over.ok) expect(over.errors.map((e) => e.message).join('\n')).toMatch(/at most 5000 events/)
  })
})
