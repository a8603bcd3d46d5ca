// Every problem a lesson file can have comes with a message (`messageText`) whose English is the problem's line, so
// the app can word it in Korean without changing what Node callers and tests read.
import { describe, expect, it } from 'vitest'
import { parseCourse, parseLesson, type LessonIssue } from '../../../src/engine/index'
import { english } from '../../../src/engine/messages/english'
import usersAndGroups from '../../../scenarios/lessons/02-users-and-groups.json'
import rootUser from '../../../scenarios/lessons/01-root-user.json'

type Raw = Record<string, unknown>

function lesson(): Raw {
  return structuredClone(usersAndGroups) as Raw
}

/** Each case breaks a fresh lesson. */
const BROKEN: [string, (raw: Raw) => unknown][] = [
  ['not an object', () => 'text'],
  [
    'hostile and unknown keys, missing field',
    (raw) => {
      const o = JSON.parse('{"__proto__": 1}') as Raw
      Object.assign(o, raw, { extra: 1 })
      delete o.task
      return o
    },
  ],
  ['bad format, version, id, order', (raw) => ({ ...raw, format: 'x', version: 99, id: 'Bad Id', order: 0 })],
  ['version not a number', (raw) => ({ ...raw, version: 'one', order: true })],
  ['text with markup and empty', (raw) => ({ ...raw, title: { en: '<b>hi</b>', ko: '' }, summary: [] })],
  ['empty lists', (raw) => ({ ...raw, body: [], hints: {}, check: null })],
  [
    'bad blocks',
    (raw) => ({
      ...raw,
      body: [1, { type: 'list', items: [] }, { type: 'code', code: 'x', language: 'c' }, { type: 'paragraph' }],
    }),
  ],
  [
    'bad checks',
    (raw) => ({
      ...raw,
      check: [
        'x',
        { kind: 'nope' },
        { kind: 'user-in-group', label: { en: 'a', ko: 'b' }, user: 'group/x', group: 'user/y' },
        { kind: 'policy-attached-to', label: { en: 'a', ko: 'b' }, policy: 'p', entity: 'policy/x', attached: 1 },
        { kind: 'boundary-set', label: { en: 'a', ko: 'b' }, entity: 'group/g' },
        { kind: 'password-policy', label: { en: 'a', ko: 'b' }, account: '12' },
        { kind: 'access-key-rotated', label: { en: 'a', ko: 'b' }, maxAgeDays: 5000, users: [] },
        { kind: 'no-audit-findings', label: { en: 'a', ko: 'b' }, checks: ['nope'] },
        {
          kind: 'request',
          label: { en: 'a', ko: 'b' },
          expect: 'Allow',
          request: {
            principal: 'user/a',
            action: 'bad',
            resource: '*',
            environment: { SourceIp: 1, MultiFactorAuthPresent: 'yes', extra: 1 },
            context: { 'aws:x': 1, 'aws:y': ['a', 2], 'aws:z': 'ok' },
          },
        },
      ],
    }),
  ],
  [
    'bad operations',
    (raw) => ({ ...raw, solution: [7, { op: 'move' }, { op: 'add', path: 'x', value: 1 }, { op: 'remove' }] }),
  ],
  [
    'bad learned',
    (raw) => ({ ...raw, learned: { items: [], links: [{ title: { en: 'a', ko: 'b' }, url: 'http://x' }, 3] } }),
  ],
  ['learned not an object', (raw) => ({ ...raw, learned: Symbol.for('x') })],
  [
    'solution gives a broken scenario',
    (raw) => ({ ...raw, solution: [{ op: 'replace', path: '/version', value: 'x' }] }),
  ],
  ['solution does not fit', (raw) => ({ ...raw, solution: [{ op: 'remove', path: '/users/99' }] })],
]

function check(issues: readonly LessonIssue[]): void {
  for (const issue of issues) {
    expect(issue.messageText, issue.message).toBeDefined()
    expect(english(issue.messageText!)).toBe(issue.message)
  }
}

describe('lesson problems as messages', () => {
  it.each(BROKEN)('%s: each problem has a message worded as its English', (_, broken) => {
    const parsed = parseLesson(broken(lesson()))
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors.length).toBeGreaterThan(0)
    check(parsed.errors.filter((e) => !e.path.startsWith('/scenario') && !e.path.startsWith('/solution/')))
  })

  it('keeps the English lines as they were', () => {
    const parsed = parseLesson({ ...lesson(), version: 99, order: 'x', hints: [] })
    expect(parsed.ok ? [] : parsed.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      '/version: version 99 is newer than this app reads (1)',
      '/order: expected a whole number at least 1; found the string "x"',
      '/hints: expected at least 1 item',
    ])
  })

  it('words the problems of a course', () => {
    const a = structuredClone(rootUser) as Raw
    const b = { ...structuredClone(rootUser), order: 3 } as Raw
    const parsed = parseCourse([a, b])
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors.map((e) => e.message)).toEqual([
      `id "${String(a.id)}" is also lesson 0's`,
      'the orders must be 1 to 2 with no gap or repeat; place 2 has 3',
    ])
    const gap = parseCourse([a, { ...lesson(), order: 3 }])
    expect(gap.ok ? [] : gap.errors.map((e) => e.message)).toEqual([
      'the orders must be 1 to 2 with no gap or repeat; place 2 has 3',
    ])
    check(parsed.errors)
    check(gap.ok ? [] : gap.errors)
  })
})
