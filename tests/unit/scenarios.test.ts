// Every scenario in scenarios/ is also a test suite: it must load, speak English and Korean, and every saved
// request with an `expect` must get that decision from the simulator.
import { describe, expect, it } from 'vitest'
import type { LocalizedText, Scenario } from '../../src/engine/scenario/model'
import { formatIssue, parseScenario } from '../../src/engine/scenario/parse'
import { simulate } from '../../src/engine/account/simulate'

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
  })
}
