// Every scenario in scenarios/ is also a test suite: it must load, speak English and Korean, every saved request
// with an `expect` must get that decision from the simulator, and every expected finding must hold for the audit.
import { describe, expect, it } from 'vitest'
import type { LocalizedText, Scenario } from '../../src/engine/scenario/model'
import { formatIssue, parseScenario } from '../../src/engine/scenario/parse'
import { simulate } from '../../src/engine/account/simulate'
import { auditScenario, checkExpectedFinding, type ExpectedFindingResult, type Finding } from '../../src/engine/index'

const files = import.meta.glob<unknown>(['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'], {
  eager: true,
  import: 'default',
})

const entries = Object.entries(files).map(([path, raw]) => ({
  file: path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, ''),
  raw,
}))

/** The scenario, or `undefined` when it does not load (its own test then fails with the reasons). */
function load(raw: unknown): Scenario | undefined {
  const parsed = parseScenario(raw)
  return parsed.ok ? parsed.scenario : undefined
}

function hasBothLanguages(text: LocalizedText | undefined): boolean {
  return typeof text === 'object' && text.en.trim() !== '' && (text.ko?.trim() ?? '') !== ''
}

function englishOf(text: LocalizedText | undefined): string {
  return typeof text === 'string' ? text : (text?.en ?? '')
}

it('finds the scenarios', () => {
  expect(entries.length).toBeGreaterThanOrEqual(10)
})

for (const { file, raw } of entries) {
  describe(file, () => {
    const scenario = load(raw)
    const requests = scenario?.requests ?? []

    it('loads without errors', () => {
      const parsed = parseScenario(raw)
      const problems = parsed.ok ? [] : parsed.errors.map(formatIssue)
      expect(problems, problems.join('\n')).toEqual([])
    })

    it('has its file name as id', () => {
      expect(scenario?.id).toBe(file)
    })

    it('has a title and description in English and Korean', () => {
      expect(hasBothLanguages(scenario?.title)).toBe(true)
      expect(hasBothLanguages(scenario?.description)).toBe(true)
    })

    it('has tags and an environment', () => {
      expect(scenario?.tags?.length ?? 0).toBeGreaterThan(0)
      expect(scenario?.environment).toBeDefined()
    })

    it('has at least six requests, titled in both languages, expecting both allow and deny', () => {
      expect(requests.length).toBeGreaterThanOrEqual(6)
      for (const request of requests) expect(hasBothLanguages(request.title), request.principal).toBe(true)
      const expected = new Set(requests.map((r) => r.expect))
      expect(expected.has('Allow')).toBe(true)
      expect(expected.has('ImplicitDeny') || expected.has('ExplicitDeny')).toBe(true)
    })

    for (const request of requests) {
      if (!scenario || request.expect === undefined) continue
      it(englishOf(request.title) || request.id || `${request.principal} ${request.action}`, () => {
        const result = simulate(scenario, request)
        const why = `${request.principal} ${request.action} ${request.resource}: ${result.trace.rule.message}`
        expect(result.decision, why).toBe(request.expect)
      })
    }

    const expectedFindings = scenario?.expectFindings ?? []
    if (scenario && expectedFindings.length) {
      let findings: Finding[] | undefined
      const audit = () => (findings ??= auditScenario(scenario))

      it('has its expected findings titled in both languages', () => {
        for (const e of expectedFindings) expect(hasBothLanguages(e.title), e.principal).toBe(true)
      })

      for (const expected of expectedFindings) {
        const name = `expected finding: ${englishOf(expected.title) || `${expected.check} ${expected.principal}`}`
        it(name, () => {
          const result = checkExpectedFinding(scenario, audit(), expected)
          expect(result.ok, outcome(result)).toBe(true)
        })
      }
    }
  })
}

/** What the audit reported for an expected finding, for a failure's message. */
function outcome(r: ExpectedFindingResult): string {
  const details = r.found.flatMap((f) => (f.details ?? []).map((d) => d.text))
  return [
    `${r.expected.absent ? 'no ' : ''}${r.expected.check} for ${r.expected.principal}`,
    `found ${r.found.length} finding(s): ${details.join('; ') || '(no details)'}`,
    r.missing.length ? `missing ${r.missing.join(', ')}` : '',
    r.unwanted.length ? `unwanted ${r.unwanted.join(', ')}` : '',
    r.unknown.length ? `unknown techniques ${r.unknown.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('\n')
}

// The starting scenario of each lesson (scenarios/lessons/) is a scenario too: it must load, speak English and
// Korean, and its saved requests (if any) must get their expected decisions. The lessons' own checks are tested in
// tests/unit/lessons/.
const lessons = import.meta.glob<{ id: string; scenario: unknown }>(
  ['../../scenarios/lessons/*.json', '!../../scenarios/lessons/lesson.schema.json'],
  { eager: true, import: 'default' },
)

it('finds the lessons', () => {
  expect(Object.keys(lessons).length).toBeGreaterThanOrEqual(12)
})

for (const [path, lesson] of Object.entries(lessons)) {
  describe(`lessons/${path.slice(path.lastIndexOf('/') + 1)}: the starting scenario`, () => {
    const scenario = load(lesson.scenario)

    it('loads without errors', () => {
      const parsed = parseScenario(lesson.scenario)
      const problems = parsed.ok ? [] : parsed.errors.map(formatIssue)
      expect(problems, problems.join('\n')).toEqual([])
    })

    it('is named after the lesson, with a title and description in English and Korean, tags and an environment', () => {
      expect(scenario?.id).toBe(`lesson-${lesson.id}`)
      expect(hasBothLanguages(scenario?.title)).toBe(true)
      expect(hasBothLanguages(scenario?.description)).toBe(true)
      expect(scenario?.tags).toContain('lesson')
      expect(scenario?.environment?.time).toBeDefined()
    })

    for (const request of scenario?.requests ?? []) {
      if (request.expect === undefined) continue
      it(englishOf(request.title) || `${request.principal} ${request.action}`, () => {
        expect(simulate(scenario!, request).decision).toBe(request.expect)
      })
    }
  })
}
