// Lesson loading: a JSON value becomes a checked Lesson, or every reason it cannot, each at a JSON pointer into the
// lesson document (like parseScenario). The starting scenario is loaded with parseScenario (its problems point under
// `/scenario`), and the solution must apply to it and give a scenario that loads.
import { AUDIT_CHECKS, ENVIRONMENT_FIELDS, environmentFieldType, parseScenario, type ScenarioIssue } from '../index'
import type { LESSON_EN } from '../messages/lesson.en'
import { message, type EngineMessage, type MessageParam } from '../messages/message'
import { issue } from '../scenario/issues'
import { applySolution } from './solution'
import {
  CHECK_KINDS,
  LESSON_FORMAT,
  LESSON_ID,
  LESSON_VERSION,
  type CheckKind,
  type Lesson,
  type LessonBlock,
  type LessonCheck,
  type LessonLink,
  type LessonText,
  type PatchOperation,
} from './model'
import { pointerTokens } from './patch'
import { entityRefParts } from './refs'

/** One problem in a lesson document (the same shape as a scenario's). */
export type LessonIssue = ScenarioIssue

/** The outcome of {@link parseLesson}: the lesson with its warnings, or all its errors (and warnings). */
export type LessonParse =
  { ok: true; lesson: Lesson; warnings: LessonIssue[] } | { ok: false; errors: LessonIssue[]; warnings: LessonIssue[] }

/** Links go to the AWS documentation. */
export const DOCS_URL = /^https:\/\/docs\.aws\.amazon\.com\/[^\s]+$/

/** HTML tags and Markdown emphasis or links: text is shown as text, so they would show up literally. */
const MARKUP =
  /<\/?(?:a|b|i|u|em|strong|code|pre|br|p|div|span|ul|ol|li|img|script|style|kbd|sub|sup|h[1-6]|table|tr|td|th)\b[^>]*>|\*\*|__|\]\(https?:/i

const HOSTILE = new Set(['__proto__', 'constructor', 'prototype'])

type Obj = Record<string, unknown>

/** A problem (or a piece of one) as a message with a key of {@link LESSON_EN}. */
function say(key: keyof typeof LESSON_EN, params?: Readonly<Record<string, MessageParam>>): EngineMessage {
  return message(key, params)
}

/** Appends reference tokens to a JSON pointer, escaping `~` and `/` (RFC 6901). */
function at(path: string, ...tokens: (string | number)[]): string {
  return tokens.reduce<string>(
    (out, t) => `${out}/${typeof t === 'number' ? t : t.replaceAll('~', '~0').replaceAll('/', '~1')}`,
    path,
  )
}

/** What a value is, for `found …` (`the string "x"`, `number 3`). */
function describe(value: unknown): EngineMessage {
  if (value === undefined) return say('lesson.found.nothing')
  if (value === null) return say('lesson.found.null')
  if (Array.isArray(value)) return say('lesson.found.array')
  if (typeof value === 'object') return say('lesson.found.object')
  if (typeof value === 'string')
    return say('lesson.found.string', {
      value: JSON.stringify(value.length > 60 ? value.slice(0, 60) + '…' : value),
    })
  if (typeof value === 'number') return say('lesson.found.number', { value: String(value) })
  if (typeof value === 'boolean') return say('lesson.found.boolean', { value: String(value) })
  return say('lesson.found.other', { type: typeof value, value: String(value) })
}

/** Collects every problem; checking never stops at the first. */
class Issues {
  readonly errors: LessonIssue[] = []
  readonly warnings: LessonIssue[] = []
  error(path: string, message: string | EngineMessage): void {
    this.errors.push(issue(path, message, 'error'))
  }
  warn(path: string, message: string | EngineMessage): void {
    this.warnings.push(issue(path, message, 'warning'))
  }
}

/** Small typed readers: each reports what is wrong at its path and returns undefined for an unusable value. */
class Reader {
  constructor(readonly issues: Issues) {}

  object(value: unknown, path: string, what: EngineMessage, known: readonly string[], required: readonly string[]) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.issues.error(path, say('lesson.notObject', { what, found: describe(value) }))
      return undefined
    }
    const o = value as Obj
    for (const key of Object.keys(o)) {
      if (HOSTILE.has(key)) this.issues.error(at(path, key), say('lesson.hostileKey', { key }))
      else if (!known.includes(key)) {
        this.issues.error(at(path, key), say('lesson.unknownField', { key, what, known: known.join(', ') }))
      }
    }
    for (const key of required) if (!(key in o)) this.issues.error(path, say('lesson.missingField', { key, what }))
    return o
  }

  string(
    value: unknown,
    path: string,
    options: { pattern?: RegExp; expected?: EngineMessage; enum?: readonly string[] } = {},
  ) {
    if (typeof value !== 'string' || value.trim() === '') {
      this.issues.error(path, say('lesson.notString', { found: describe(value) }))
      return undefined
    }
    if (options.enum && !options.enum.includes(value)) {
      const list = options.enum.map((e) => `\`${e}\``).join(', ')
      this.issues.error(path, say('lesson.notOneOf', { options: list, value }))
      return undefined
    }
    if (options.pattern && !options.pattern.test(value)) {
      const expected = options.expected ?? say('lesson.expected.pattern', { pattern: String(options.pattern) })
      this.issues.error(path, say('lesson.notMatching', { expected, value }))
      return undefined
    }
    return value
  }

  integer(value: unknown, path: string, min: number, max = Number.MAX_SAFE_INTEGER) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      const found = describe(value)
      this.issues.error(
        path,
        max === Number.MAX_SAFE_INTEGER
          ? say('lesson.notIntegerAtLeast', { min, found })
          : say('lesson.notIntegerRange', { min, max, found }),
      )
      return undefined
    }
    return value
  }

  boolean(value: unknown, path: string) {
    if (typeof value !== 'boolean') {
      this.issues.error(path, say('lesson.notBoolean', { found: describe(value) }))
      return undefined
    }
    return value
  }

  /** A list of at least `min` items, each read by `item` (unusable items are dropped). */
  list<T>(
    value: unknown,
    path: string,
    min: number,
    item: (v: unknown, path: string) => T | undefined,
  ): T[] | undefined {
    if (!Array.isArray(value)) {
      this.issues.error(path, say('lesson.notArray', { found: describe(value) }))
      return undefined
    }
    if (value.length < min) this.issues.error(path, say(min > 1 ? 'lesson.tooFewItems' : 'lesson.tooFewItem', { min }))
    const out: T[] = []
    value.forEach((v, i) => {
      const read = item(v, at(path, i))
      if (read !== undefined) out.push(read)
    })
    return out
  }

  /** Text in both languages: `{ "en": "…", "ko": "…" }`, plain text without markup. */
  text(value: unknown, path: string): LessonText | undefined {
    const o = this.object(value, path, say('lesson.what.text'), ['en', 'ko'], ['en', 'ko'])
    if (!o) return undefined
    // A missing language is reported once, by `object`.
    const en = 'en' in o ? this.plain(o.en, at(path, 'en')) : undefined
    const ko = 'ko' in o ? this.plain(o.ko, at(path, 'ko')) : undefined
    return en !== undefined && ko !== undefined ? { en, ko } : undefined
  }

  private plain(value: unknown, path: string): string | undefined {
    const s = this.string(value, path)
    if (s === undefined) return undefined
    const markup = MARKUP.exec(s)
    if (markup) {
      this.issues.error(path, say('lesson.markup', { markup: markup[0] }))
    }
    return s
  }
}

/** Reads one field of a check: the value, or undefined after reporting why it is unusable. */
type FieldReader = (r: Reader, value: unknown, path: string) => unknown

/** The kinds of entity each form of reference takes (its English lists them as `` `user/NAME` or `role/NAME` ``). */
const FORMS = {
  user: ['user'],
  group: ['group'],
  userRole: ['user', 'role'],
  userGroupRole: ['user', 'group', 'role'],
} as const satisfies Record<string, readonly ('user' | 'group' | 'role')[]>

const FORM_KEYS = {
  user: 'lesson.forms.user',
  group: 'lesson.forms.group',
  userRole: 'lesson.forms.userRole',
  userGroupRole: 'lesson.forms.userGroupRole',
} as const satisfies Record<keyof typeof FORMS, keyof typeof LESSON_EN>

const entityRef =
  (form: keyof typeof FORMS): FieldReader =>
  (r, value, path) => {
    const s = r.string(value, path)
    if (s === undefined) return undefined
    const parts = entityRefParts(s)
    const kinds: readonly string[] = FORMS[form]
    if (!parts || !kinds.includes(parts.kind)) {
      r.issues.error(path, say('lesson.notEntityRef', { forms: say(FORM_KEYS[form]), value: s }))
      return undefined
    }
    return s
  }

const userList: FieldReader = (r, value, path) => r.list(value, path, 1, (v, p) => entityRef('user')(r, v, p))
const account: FieldReader = (r, value, path) =>
  r.string(value, path, { pattern: /^\d{12}$/, expected: say('lesson.expected.accountId') })
const name: FieldReader = (r, value, path) => r.string(value, path)
const flag: FieldReader = (r, value, path) => r.boolean(value, path)

const target: FieldReader = (r, value, path) => {
  const s = r.string(value, path)
  if (s === undefined) return undefined
  if (s.startsWith('policy/') && s.length > 'policy/'.length) return s
  if (/^arn:[^:]+:iam::(\d{12}|aws):policy\/.+/.test(s)) return s
  return entityRef('userGroupRole')(r, s, path)
}

const auditCheckIds = AUDIT_CHECKS.map((c) => c.id as string)

const ENV_TYPE_KEYS = {
  string: 'lesson.notEnvString',
  number: 'lesson.notEnvNumber',
  boolean: 'lesson.notEnvBoolean',
} as const satisfies Record<string, keyof typeof LESSON_EN>

const requestField: FieldReader = (r, value, path) => {
  const o = r.object(
    value,
    path,
    say('lesson.what.request'),
    ['principal', 'action', 'resource', 'environment', 'context'],
    ['principal', 'action', 'resource'],
  )
  if (!o) return undefined
  const principal = r.string(o.principal, at(path, 'principal'))
  const action = r.string(o.action, at(path, 'action'), {
    pattern: /^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$/,
    expected: say('lesson.expected.action'),
  })
  const resource = r.string(o.resource, at(path, 'resource'))
  const out: Obj = { principal, action, resource }
  if (o.environment !== undefined) {
    const envPath = at(path, 'environment')
    const env = r.object(o.environment, envPath, say('lesson.what.environment'), Object.keys(ENVIRONMENT_FIELDS), [])
    if (env) {
      for (const [key, v] of Object.entries(env)) {
        const type = environmentFieldType(key)
        if (type && typeof v !== type)
          r.issues.error(at(envPath, key), say(ENV_TYPE_KEYS[type], { found: describe(v) }))
      }
      out.environment = { ...env }
    }
  }
  if (o.context !== undefined) {
    const ctxPath = at(path, 'context')
    const ctx = r.object(o.context, ctxPath, say('lesson.what.context'), Object.keys(o.context as Obj), [])
    if (ctx) {
      const copy: Record<string, string | string[]> = {}
      for (const [key, v] of Object.entries(ctx)) {
        if (typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'))) {
          copy[key] = typeof v === 'string' ? v : [...(v as string[])]
        } else r.issues.error(at(ctxPath, key), say('lesson.notContextValue', { found: describe(v) }))
      }
      out.context = copy
    }
  }
  return principal && action && resource ? out : undefined
}

/** The fields each kind of check takes besides `kind` and `label`, and how each is read. */
const FIELDS: Record<CheckKind, { required: Record<string, FieldReader>; optional: Record<string, FieldReader> }> = {
  request: {
    required: {
      request: requestField,
      expect: (r, v, p) => r.string(v, p, { enum: ['Allow', 'ExplicitDeny', 'ImplicitDeny', 'Denied'] }),
    },
    optional: {},
  },
  'root-has-mfa': { required: {}, optional: { account } },
  'root-has-no-access-keys': { required: {}, optional: { account } },
  'user-in-group': { required: { user: entityRef('user'), group: entityRef('group') }, optional: { member: flag } },
  'policy-attached-to': {
    required: { policy: name, entity: entityRef('userGroupRole') },
    optional: { attached: flag },
  },
  'no-policies-on-users': { required: {}, optional: { users: userList } },
  'no-inline-policies-on-users': { required: {}, optional: { users: userList } },
  'no-action-wildcard': {
    required: { targets: (r, v, p) => r.list(v, p, 1, (x, q) => target(r, x, q)) },
    optional: { services: flag },
  },
  'no-resource-wildcard': {
    required: { targets: (r, v, p) => r.list(v, p, 1, (x, q) => target(r, x, q)) },
    optional: {},
  },
  'boundary-set': { required: { entity: entityRef('userRole') }, optional: { policy: name } },
  'user-has-mfa': { required: { users: userList }, optional: {} },
  'access-key-rotated': {
    required: { maxAgeDays: (r, v, p) => r.integer(v, p, 1, 3650) },
    optional: { users: userList },
  },
  'password-policy': {
    required: {},
    optional: {
      account,
      minimumLength: (r, v, p) => r.integer(v, p, 6, 128),
      requireUppercase: flag,
      requireLowercase: flag,
      requireNumbers: flag,
      requireSymbols: flag,
      maxAgeDays: (r, v, p) => r.integer(v, p, 1, 1095),
      reusePrevention: (r, v, p) => r.integer(v, p, 1, 24),
    },
  },
  'no-audit-findings': {
    required: { checks: (r, v, p) => r.list(v, p, 1, (x, q) => r.string(x, q, { enum: auditCheckIds })) },
    optional: {},
  },
  'no-unused-services': { required: { principal: entityRef('userRole') }, optional: {} },
}

function readCheck(r: Reader, value: unknown, path: string): LessonCheck | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    r.issues.error(path, say('lesson.notObject', { what: say('lesson.what.check'), found: describe(value) }))
    return undefined
  }
  const kind = r.string((value as Obj).kind, at(path, 'kind'), { enum: CHECK_KINDS })
  if (kind === undefined) return undefined
  const { required, optional } = FIELDS[kind as CheckKind]
  const known = ['kind', 'label', ...Object.keys(required), ...Object.keys(optional)]
  const before = r.issues.errors.length
  const o = r.object(value, path, say('lesson.what.kindCheck', { kind }), known, ['label', ...Object.keys(required)])
  if (!o) return undefined
  const out: Obj = { kind }
  if (o.label !== undefined) out.label = r.text(o.label, at(path, 'label'))
  for (const [key, read] of [...Object.entries(required), ...Object.entries(optional)]) {
    if (o[key] !== undefined) out[key] = read(r, o[key], at(path, key))
  }
  if (kind === 'password-policy' && Object.keys(optional).every((k) => k === 'account' || o[k] === undefined)) {
    r.issues.error(path, say('lesson.passwordPolicyEmpty'))
  }
  return r.issues.errors.length === before ? (out as unknown as LessonCheck) : undefined
}

function readBlock(r: Reader, value: unknown, path: string): LessonBlock | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    r.issues.error(path, say('lesson.notObject', { what: say('lesson.what.block'), found: describe(value) }))
    return undefined
  }
  const type = r.string((value as Obj).type, at(path, 'type'), { enum: ['paragraph', 'list', 'code'] })
  if (type === 'paragraph') {
    const o = r.object(value, path, say('lesson.what.paragraph'), ['type', 'text'], ['text'])
    const text = o && r.text(o.text, at(path, 'text'))
    return text && { type, text }
  }
  if (type === 'list') {
    const o = r.object(value, path, say('lesson.what.list'), ['type', 'items'], ['items'])
    const items = o && r.list(o.items, at(path, 'items'), 1, (v, p) => r.text(v, p))
    return items && { type, items }
  }
  if (type === 'code') {
    const o = r.object(value, path, say('lesson.what.codeBlock'), ['type', 'code', 'language'], ['code'])
    if (!o) return undefined
    const code = r.string(o.code, at(path, 'code'))
    const language =
      o.language === undefined
        ? undefined
        : (r.string(o.language, at(path, 'language'), { enum: ['json', 'shell', 'text'] }) as
            'json' | 'shell' | 'text' | undefined)
    if (code === undefined) return undefined
    return language ? { type, code, language } : { type, code }
  }
  return undefined
}

function readOperation(r: Reader, value: unknown, path: string): PatchOperation | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    r.issues.error(path, say('lesson.notObject', { what: say('lesson.what.operation'), found: describe(value) }))
    return undefined
  }
  const op = r.string((value as Obj).op, at(path, 'op'), { enum: ['add', 'replace', 'remove'] }) as
    PatchOperation['op'] | undefined
  if (op === undefined) return undefined
  const fields = op === 'remove' ? ['op', 'path'] : ['op', 'path', 'value']
  const o = r.object(value, path, say('lesson.what.opOperation', { op }), fields, fields)
  if (!o) return undefined
  if (!('path' in o)) return undefined
  if (typeof o.path !== 'string' || pointerTokens(o.path) === undefined) {
    r.issues.error(
      at(path, 'path'),
      say('lesson.notPointer', { example: '"/users/0/groups/-"', found: describe(o.path) }),
    )
    return undefined
  }
  if (op === 'remove') return { op, path: o.path }
  if (!('value' in o)) return undefined
  return { op, path: o.path, value: structuredClone(o.value) }
}

function readLink(r: Reader, value: unknown, path: string): LessonLink | undefined {
  const o = r.object(value, path, say('lesson.what.link'), ['title', 'url'], ['title', 'url'])
  if (!o) return undefined
  const title = r.text(o.title, at(path, 'title'))
  const url = r.string(o.url, at(path, 'url'), {
    pattern: DOCS_URL,
    expected: say('lesson.expected.docsUrl', { url: 'https://docs.aws.amazon.com/' }),
  })
  return title && url ? { title, url } : undefined
}

const TOP = [
  '$schema',
  'format',
  'version',
  'id',
  'order',
  'title',
  'summary',
  'body',
  'scenario',
  'task',
  'check',
  'hints',
  'solution',
  'learned',
] as const

/**
 * Checks a lesson value (parsed JSON) and returns a fresh copy holding only known fields, with its starting scenario
 * loaded by parseScenario. Collects every problem, each at a JSON pointer; any error means `ok: false`. Also checks
 * that the solution applies to the starting scenario and gives one that loads. Never throws for bad input.
 */
export function parseLesson(raw: unknown): LessonParse {
  const issues = new Issues()
  const r = new Reader(issues)
  const required = TOP.filter((k) => k !== '$schema')
  const o = r.object(raw, '', say('lesson.what.lesson'), TOP, required)
  if (!o) return { ok: false, errors: issues.errors, warnings: issues.warnings }
  if (o.format !== undefined) r.string(o.format, '/format', { enum: [LESSON_FORMAT] })
  if (o.version !== undefined) {
    const version = r.integer(o.version, '/version', 1)
    if (version !== undefined && version > LESSON_VERSION) {
      issues.error('/version', say('lesson.newerVersion', { version, current: LESSON_VERSION }))
    }
  }
  const id =
    o.id === undefined
      ? undefined
      : r.string(o.id, '/id', {
          pattern: LESSON_ID,
          expected: say('lesson.expected.lessonId', { example: '"users-and-groups"' }),
        })
  const order = o.order === undefined ? undefined : r.integer(o.order, '/order', 1)
  const title = o.title === undefined ? undefined : r.text(o.title, '/title')
  const summary = o.summary === undefined ? undefined : r.text(o.summary, '/summary')
  const body = o.body === undefined ? undefined : r.list(o.body, '/body', 1, (v, p) => readBlock(r, v, p))
  const task = o.task === undefined ? undefined : r.text(o.task, '/task')
  const check = o.check === undefined ? undefined : r.list(o.check, '/check', 1, (v, p) => readCheck(r, v, p))
  const hints = o.hints === undefined ? undefined : r.list(o.hints, '/hints', 1, (v, p) => r.text(v, p))
  const solution =
    o.solution === undefined ? undefined : r.list(o.solution, '/solution', 1, (v, p) => readOperation(r, v, p))
  let learned: Lesson['learned'] | undefined
  if (o.learned !== undefined) {
    const l = r.object(o.learned, '/learned', say('lesson.what.learned'), ['items', 'links'], ['items', 'links'])
    const items = l && r.list(l.items, '/learned/items', 1, (v, p) => r.text(v, p))
    const links = l && r.list(l.links, '/learned/links', 1, (v, p) => readLink(r, v, p))
    if (items && links) learned = { items, links }
  }
  let scenario: Lesson['scenario'] | undefined
  if (o.scenario !== undefined) {
    const parsed = parseScenario(o.scenario)
    const under = (i: LessonIssue): LessonIssue => ({ ...i, path: `/scenario${i.path}` })
    issues.warnings.push(...parsed.warnings.map(under))
    if (parsed.ok) scenario = parsed.scenario
    else issues.errors.push(...parsed.errors.map(under))
  }
  if (scenario && solution && issues.errors.length === 0) {
    const solved = applySolution({ scenario, solution })
    if (!solved.ok) {
      for (const e of solved.errors) {
        const problem = e.messageText ?? e.message
        if (e.path.startsWith('/solution/')) issues.error(e.path, problem)
        else {
          issues.error(
            '/solution',
            e.path
              ? say('lesson.solvedDoesNotLoadAt', { path: e.path, problem })
              : say('lesson.solvedDoesNotLoad', { problem }),
          )
        }
      }
    }
  }
  if (issues.errors.length > 0) return { ok: false, errors: issues.errors, warnings: issues.warnings }
  const lesson: Lesson = {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    id: id!,
    order: order!,
    title: title!,
    summary: summary!,
    body: body!,
    scenario: scenario!,
    task: task!,
    check: check!,
    hints: hints!,
    solution: solution!,
    learned: learned!,
  }
  return { ok: true, lesson, warnings: issues.warnings }
}

/** The outcome of {@link parseCourse}: the lessons in course order, or every problem (paths start with `/INDEX`). */
export type CourseParse =
  | { ok: true; lessons: Lesson[]; warnings: LessonIssue[] }
  | { ok: false; errors: LessonIssue[]; warnings: LessonIssue[] }

/**
 * Loads every lesson of a course (in any order) and checks the course as a whole: ids are unique and the orders
 * are 1…N. Paths of problems start with the lesson's index in `raws`.
 */
export function parseCourse(raws: readonly unknown[]): CourseParse {
  const errors: LessonIssue[] = []
  const warnings: LessonIssue[] = []
  const lessons: Lesson[] = []
  raws.forEach((raw, i) => {
    const parsed = parseLesson(raw)
    const under = (issue: LessonIssue): LessonIssue => ({ ...issue, path: `/${i}${issue.path}` })
    warnings.push(...parsed.warnings.map(under))
    if (parsed.ok) lessons.push(parsed.lesson)
    else errors.push(...parsed.errors.map(under))
  })
  if (errors.length > 0) return { ok: false, errors, warnings }
  const ids = new Map<string, number>()
  lessons.forEach((lesson, i) => {
    const first = ids.get(lesson.id)
    if (first !== undefined)
      errors.push(issue(`/${i}/id`, say('lesson.duplicateId', { id: lesson.id, first }), 'error'))
    else ids.set(lesson.id, i)
  })
  const orders = lessons.map((l) => l.order).sort((a, b) => a - b)
  const gap = orders.findIndex((order, i) => order !== i + 1)
  if (gap >= 0) {
    const order = orders[gap]!
    const place = gap + 1
    errors.push(
      issue(
        `/${lessons.findIndex((l) => l.order === order)}/order`,
        say('lesson.orderGap', { count: lessons.length, place, order }),
        'error',
      ),
    )
  }
  if (errors.length > 0) return { ok: false, errors, warnings }
  return { ok: true, lessons: lessons.sort((a, b) => a.order - b.order), warnings }
}
