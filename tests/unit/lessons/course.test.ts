// The course in scenarios/lessons/: every lesson file is valid (by its JSON Schema and by parseLesson), speaks English
// and Korean everywhere, starts unsolved, and is solved by its own solution; the lessons make one course (ids unique,
// orders 1…N). Lesson 2 stays solvable by one plain edit in the UI (an e2e test clicks through it).
import { describe, expect, it } from 'vitest'
import {
  AUDIT_CHECKS,
  CHECK_KINDS,
  applySolution,
  checkLesson,
  formatIssue,
  parseCourse,
  parseLesson,
  simulate,
  type Lesson,
  type LessonText,
} from '../../../src/engine/index'
import lessonSchema from '../../../scenarios/lessons/lesson.schema.json'
import scenarioSchema from '../../../scenarios/scenario.schema.json'
import { keywordsOf, SUPPORTED_KEYWORDS, validate, type JsonSchema } from './json-schema'

const files = import.meta.glob<unknown>(
  ['../../../scenarios/lessons/*.json', '!../../../scenarios/lessons/lesson.schema.json'],
  { eager: true, import: 'default' },
)

const entries = Object.entries(files)
  .map(([path, raw]) => ({ file: path.slice(path.lastIndexOf('/') + 1), raw }))
  .sort((a, b) => a.file.localeCompare(b.file))

const schemaFiles = { 'scenario.schema.json': scenarioSchema as JsonSchema }

function load(raw: unknown): Lesson {
  const parsed = parseLesson(raw)
  if (!parsed.ok) throw new Error(parsed.errors.map(formatIssue).join('\n'))
  return parsed.lesson
}

/** Every text of a lesson, with where it is. */
function texts(lesson: Lesson): [string, LessonText][] {
  const out: [string, LessonText][] = [
    ['/title', lesson.title],
    ['/summary', lesson.summary],
    ['/task', lesson.task],
  ]
  lesson.body.forEach((block, i) => {
    if (block.type === 'paragraph') out.push([`/body/${i}/text`, block.text])
    if (block.type === 'list') block.items.forEach((item, j) => out.push([`/body/${i}/items/${j}`, item]))
  })
  lesson.check.forEach((c, i) => out.push([`/check/${i}/label`, c.label]))
  lesson.hints.forEach((h, i) => out.push([`/hints/${i}`, h]))
  lesson.learned.items.forEach((t, i) => out.push([`/learned/items/${i}`, t]))
  lesson.learned.links.forEach((l, i) => out.push([`/learned/links/${i}/title`, l.title]))
  return out
}

const HANGUL = /[\uac00-\ud7a3]/

it('finds at least 12 lessons', () => {
  expect(entries.length).toBeGreaterThanOrEqual(12)
})

it('the lessons make one course: ids unique, orders 1 to N, in file order', () => {
  const course = parseCourse(entries.map((e) => e.raw))
  const problems = course.ok ? [] : course.errors.map(formatIssue)
  expect(problems, problems.join('\n')).toEqual([])
  if (!course.ok) return
  expect(course.lessons.map((l) => l.order)).toEqual(entries.map((_, i) => i + 1))
  expect(new Set(course.lessons.map((l) => l.id)).size).toBe(course.lessons.length)
  expect(entries.map((e) => e.file)).toEqual(
    course.lessons.map((l) => `${String(l.order).padStart(2, '0')}-${l.id}.json`),
  )
})

describe('lesson.schema.json', () => {
  it('uses only keywords the test validator knows', () => {
    for (const schema of [lessonSchema, scenarioSchema]) {
      const unknown = [...keywordsOf(schema as JsonSchema)].filter((k) => !SUPPORTED_KEYWORDS.has(k))
      expect(unknown).toEqual([])
    }
  })

  it('is draft 2020-12 and describes every property', () => {
    expect(lessonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    const undescribed: string[] = []
    const walk = (s: Record<string, unknown>, path: string) => {
      const props = (s.properties ?? {}) as Record<string, Record<string, unknown>>
      for (const [key, prop] of Object.entries(props)) {
        if (typeof prop.description !== 'string') undescribed.push(`${path}/${key}`)
        walk(prop, `${path}/${key}`)
      }
    }
    walk(lessonSchema as Record<string, unknown>, '')
    for (const [name, def] of Object.entries(lessonSchema.$defs)) walk(def as Record<string, unknown>, `#${name}`)
    expect(undescribed).toEqual([])
  })

  it('lists the same check kinds as the engine', () => {
    const kinds = lessonSchema.$defs.check.oneOf.map((alt) => {
      const name = alt.$ref.replace('#/$defs/', '') as keyof typeof lessonSchema.$defs
      return (lessonSchema.$defs[name] as { properties: { kind: { const: string } } }).properties.kind.const
    })
    expect(kinds).toEqual([...CHECK_KINDS])
  })

  it('lists the same audit checks as the engine', () => {
    const listed = [...lessonSchema.$defs.noAuditFindingsCheck.properties.checks.items.enum].sort()
    expect(listed).toEqual(AUDIT_CHECKS.map((c) => c.id).sort())
  })

  it('rejects what parseLesson rejects: a missing Korean text, an unknown check kind, a link elsewhere', () => {
    const raw = structuredClone(entries[0]!.raw) as Record<string, unknown>
    ;(raw.title as Record<string, unknown>).ko = undefined
    delete (raw.title as Record<string, unknown>).ko
    ;(raw.check as Record<string, unknown>[])[0]!.kind = 'root-is-happy'
    ;((raw.learned as Record<string, unknown>).links as Record<string, unknown>[])[0]!.url = 'https://example.com/'
    const problems = validate(raw, lessonSchema as JsonSchema, schemaFiles)
    expect(problems).toContain('/title: missing ko')
    expect(problems.some((p) => p.startsWith('/check/0:'))).toBe(true)
    expect(problems.some((p) => p.startsWith('/learned/links/0/url:'))).toBe(true)
    expect(parseLesson(raw).ok).toBe(false)
  })

  it('checks the inline scenario against scenario.schema.json', () => {
    const raw = structuredClone(entries[0]!.raw) as { scenario: Record<string, unknown> }
    raw.scenario.colour = 'blue'
    expect(validate(raw, lessonSchema as JsonSchema, schemaFiles)).toEqual(['/scenario/colour: unknown property'])
  })
})

for (const { file, raw } of entries) {
  describe(file, () => {
    it('validates against lesson.schema.json', () => {
      const problems = validate(raw, lessonSchema as JsonSchema, schemaFiles)
      expect(problems, problems.join('\n')).toEqual([])
    })

    it('loads with parseLesson, without warnings', () => {
      const parsed = parseLesson(raw)
      const problems = parsed.ok ? parsed.warnings.map(formatIssue) : parsed.errors.map(formatIssue)
      expect(problems, problems.join('\n')).toEqual([])
    })

    it('has every text in English and Korean, none empty', () => {
      for (const [path, text] of texts(load(raw))) {
        expect(text.en.trim(), path).not.toBe('')
        expect(text.ko.trim(), path).not.toBe('')
        expect(HANGUL.test(text.ko), `${path}/ko is not Korean: ${text.ko}`).toBe(true)
        expect(text.ko, path).not.toBe(text.en)
      }
    })

    it('links to the AWS documentation only', () => {
      const { links } = load(raw).learned
      expect(links.length).toBeGreaterThan(0)
      for (const link of links) expect(link.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/\S+$/)
    })

    it('starts unsolved', () => {
      const lesson = load(raw)
      const result = checkLesson(lesson, lesson.scenario)
      expect(result.solved).toBe(false)
      // The failing checks say why: request checks carry the trace's rule, structural ones a detail.
      for (const r of result.results.filter((x) => !x.ok)) {
        expect(r.detail, r.label.en).toBeTruthy()
        if (r.kind === 'request' && r.code !== 'no-service-session') expect(r.rule?.code).toBe(r.code)
      }
    })

    it('is solved by its solution', () => {
      const lesson = load(raw)
      const solved = applySolution(lesson)
      if (!solved.ok) throw new Error(solved.errors.map(formatIssue).join('\n'))
      const result = checkLesson(lesson, solved.scenario)
      const failing = result.results.filter((r) => !r.ok).map((r) => `${r.label.en}: ${r.detail}`)
      expect(failing, failing.join('\n')).toEqual([])
      expect(result.solved).toBe(true)
    })

    it('asks the solved scenario only about principals and resources it has', () => {
      const lesson = load(raw)
      const solved = applySolution(lesson)
      if (!solved.ok) throw new Error(solved.errors.map(formatIssue).join('\n'))
      expect(lesson.check.length).toBeGreaterThan(0)
      for (const check of lesson.check) {
        if (check.kind !== 'request' || /^arn:aws:(ec2|lambda):/.test(check.request.principal)) continue
        expect(simulate(solved.scenario, check.request).warnings ?? [], check.label.en).toEqual([])
      }
    })

    it('has a scenario named after it', () => {
      expect(load(raw).scenario.id).toBe(`lesson-${load(raw).id}`)
    })
  })
}

describe('lesson 2 (solved by clicking in the e2e test)', () => {
  const entry = entries.find((e) => e.file.startsWith('02-'))!

  it('checks requests and exactly one structural rule', () => {
    const lesson = load(entry.raw)
    const structural = lesson.check.filter((c) => c.kind !== 'request')
    expect(structural.map((c) => c.kind)).toEqual(['user-in-group'])
  })

  it('is solved by one plain edit: adding a user to a group', () => {
    const lesson = load(entry.raw)
    expect(lesson.solution).toEqual([{ op: 'add', path: '/users/0/groups/-', value: 'FE1' }])
  })
})
