// parseLesson and parseCourse: every problem is reported at a JSON pointer into the lesson document, the starting
// scenario's problems under /scenario, a solution that does not apply at /solution/N.
import { describe, expect, it } from 'vitest'
import { formatIssue, parseCourse, parseLesson, type LessonParse } from '../../../src/engine/index'
import usersAndGroups from '../../../scenarios/lessons/02-users-and-groups.json'
import rootUser from '../../../scenarios/lessons/01-root-user.json'

type Raw = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

function lesson(): Raw {
  return structuredClone(usersAndGroups) as Raw
}

function errors(parsed: LessonParse): string[] {
  return parsed.ok ? [] : parsed.errors.map(formatIssue)
}

describe('parseLesson', () => {
  it('loads a lesson and keeps only known fields', () => {
    const parsed = parseLesson(lesson())
    expect(errors(parsed)).toEqual([])
    if (!parsed.ok) return
    expect(parsed.lesson.id).toBe('users-and-groups')
    expect(parsed.lesson).not.toHaveProperty('$schema')
    expect(parsed.lesson.scenario.users?.[0]?.name).toBe('jiwoo')
  })

  it('refuses what is not an object', () => {
    expect(errors(parseLesson([]))).toEqual(['a lesson is a JSON object; found an array'])
    expect(errors(parseLesson(null))).toEqual(['a lesson is a JSON object; found null'])
  })

  it('reports missing and unknown fields where they are', () => {
    const raw = lesson()
    delete raw.hints
    raw.difficulty = 'easy'
    raw.body[0].style = 'bold'
    expect(errors(parseLesson(raw))).toEqual([
      expect.stringMatching(/^\/difficulty: unknown field `difficulty` in a lesson/),
      'missing `hints` in a lesson',
      expect.stringMatching(/^\/body\/0\/style: unknown field `style` in a paragraph/),
    ])
  })

  it('wants every text in English and Korean, as plain text', () => {
    const raw = lesson()
    delete raw.title.ko
    raw.summary.en = ''
    raw.hints[0].ko = 'jiwoo를 <b>FE1</b> 그룹에 추가하세요.'
    raw.task.en = 'Add jiwoo to **FE1**.'
    expect(errors(parseLesson(raw))).toEqual([
      '/title: missing `ko` in a text',
      '/summary/en: expected a non-empty string; found the string ""',
      '/task/en: "**" would show as it is: lesson text is plain text (mark inline code with backticks)',
      '/hints/0/ko: "<b>" would show as it is: lesson text is plain text (mark inline code with backticks)',
    ])
  })

  it('checks the id, the order, the format and the version', () => {
    const raw = lesson()
    raw.id = 'Users And Groups'
    raw.order = 0
    raw.format = 'iam-playground/scenario'
    raw.version = 2
    expect(errors(parseLesson(raw))).toEqual([
      expect.stringMatching(/^\/format: expected one of `iam-playground\/lesson`/),
      '/version: version 2 is newer than this app reads (1)',
      expect.stringMatching(/^\/id: expected an id like "users-and-groups"/),
      expect.stringMatching(/^\/order: expected a whole number at least 1/),
    ])
  })

  it('checks each kind of check for its own fields', () => {
    const raw = lesson()
    raw.check.push(
      { kind: 'root-is-happy', label: { en: 'x', ko: '엑스' } },
      { kind: 'user-in-group', user: 'jiwoo', group: 'group/FE1', label: { en: 'x', ko: '엑스' } },
      { kind: 'password-policy', label: { en: 'x', ko: '엑스' } },
      { kind: 'no-audit-findings', checks: ['root-mfa', 'happiness'], label: { en: 'x', ko: '엑스' } },
      { kind: 'request', request: { principal: 'user/jiwoo', action: 'GetObject', resource: '*' }, expect: 'Maybe' },
      { kind: 'boundary-set', entity: 'group/FE1', colour: 'red', label: { en: 'x', ko: '엑스' } },
    )
    const n = raw.check.length
    expect(errors(parseLesson(raw))).toEqual([
      expect.stringMatching(new RegExp(`^/check/${n - 6}/kind: expected one of \`request\``)),
      `/check/${n - 5}/user: expected \`user/NAME\` (or its ARN); found "jiwoo"`,
      `/check/${n - 4}: a \`password-policy\` check names at least one setting to check`,
      expect.stringMatching(new RegExp(`^/check/${n - 3}/checks/1: expected one of \`root-access-key\``)),
      `/check/${n - 2}: missing \`label\` in a \`request\` check`,
      `/check/${n - 2}/request/action: expected \`service:Action\`; found "GetObject"`,
      expect.stringMatching(new RegExp(`^/check/${n - 2}/expect: expected one of \`Allow\``)),
      expect.stringMatching(new RegExp(`^/check/${n - 1}/colour: unknown field \`colour\``)),
      `/check/${n - 1}/entity: expected \`user/NAME\` or \`role/NAME\` (or its ARN); found "group/FE1"`,
    ])
  })

  it('reports problems of the starting scenario under /scenario', () => {
    const raw = lesson()
    raw.scenario.users[0].groups = ['FE9']
    const found = errors(parseLesson(raw))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^\/scenario\/users\/0\/groups\/0: unknown group "FE9"/)
  })

  it('reports a solution that does not apply to the starting scenario at its operation', () => {
    const raw = lesson()
    raw.solution = [
      { op: 'add', path: '/users/0/groups/-', value: 'FE1' },
      { op: 'replace', path: '/users/7/name', value: 'nobody' },
    ]
    expect(errors(parseLesson(raw))).toEqual(['/solution/1: replace /users/7/name: no array item at /users/7'])
  })

  it('reports a solution that gives a scenario that does not load', () => {
    const raw = lesson()
    raw.solution = [{ op: 'add', path: '/users/0/groups/-', value: 'FE9' }]
    expect(errors(parseLesson(raw))).toEqual([
      expect.stringMatching(
        /^\/solution: the solved scenario does not load: \/users\/0\/groups\/1: unknown group "FE9"/,
      ),
    ])
  })

  it('checks the shape of patch operations', () => {
    const raw = lesson()
    raw.solution = [{ op: 'move', from: '/a', path: '/b' }, { op: 'remove', path: 'users/0', value: 1 }, { op: 'add' }]
    expect(errors(parseLesson(raw))).toEqual([
      expect.stringMatching(/^\/solution\/0\/op: expected one of `add`, `replace`, `remove`; found "move"/),
      expect.stringMatching(/^\/solution\/1\/value: unknown field `value` in an `remove` operation/),
      '/solution/1/path: expected a JSON pointer such as "/users/0/groups/-"; found the string "users/0"',
      '/solution/2: missing `path` in an `add` operation',
      '/solution/2: missing `value` in an `add` operation',
    ])
  })

  it('links to the AWS documentation only', () => {
    const raw = lesson()
    raw.learned.links[0].url = 'http://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html'
    expect(errors(parseLesson(raw))).toEqual([
      '/learned/links/0/url: expected a https://docs.aws.amazon.com/ address; found "http://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html"',
    ])
  })

  it('refuses keys that could reach a prototype', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": true}}')
    expect(errors(parseLesson(raw))[0]).toBe('/__proto__: `__proto__` is not allowed as a key')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('parseCourse', () => {
  it('orders the lessons by their order', () => {
    const course = parseCourse([usersAndGroups, rootUser])
    expect(course.ok && course.lessons.map((l) => l.id)).toEqual(['root-user', 'users-and-groups'])
  })

  it('refuses repeated ids and gaps in the orders, at the lesson', () => {
    const again = structuredClone(rootUser) as Raw
    again.order = 3
    const course = parseCourse([rootUser, usersAndGroups, again])
    expect(course.ok ? [] : course.errors.map(formatIssue)).toEqual(['/2/id: id "root-user" is also lesson 0\'s'])
    const gap = structuredClone(usersAndGroups) as Raw
    gap.order = 4
    const gapped = parseCourse([rootUser, gap])
    expect(gapped.ok ? [] : gapped.errors.map(formatIssue)).toEqual([
      '/1/order: the orders must be 1 to 2 with no gap or repeat; place 2 has 4',
    ])
  })

  it('reports the problems of each lesson under its index', () => {
    const broken = structuredClone(usersAndGroups) as Raw
    delete broken.task
    const course = parseCourse([rootUser, broken])
    expect(course.ok ? [] : course.errors.map(formatIssue)).toEqual(['/1: missing `task` in a lesson'])
  })
})
