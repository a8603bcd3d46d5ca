// Running one file's tests with the engine: a scenario's saved requests against their expected decisions and its
// audit findings; a lesson's starting requests, that it starts unsolved, and that its solution solves it.
import {
  EngineInputError,
  FINDING_SEVERITIES,
  auditScenario,
  english,
  meetsExpectation,
  requestCatalogIssues,
  requestInputIssues,
  requestServices,
  simulate,
  type CatalogSnapshot,
  type Finding,
  type FindingSeverity,
  type SavedRequest,
  type Scenario,
  type SimulationRequest,
  type Verdict,
} from '../engine/index'
import { whyLines } from './explain'
import { expectedFindingCases } from './expected-findings'
import { lessonCases } from './lesson'
import type { LoadedFile } from './load'

/** One test: passed or failed, with a line that says what was checked and, for a failure, why. */
export interface TestCase {
  name: string
  ok: boolean
  /** What was checked and how it came out, on one line. */
  summary: string
  /** Why it failed (empty when it passed), one line each. */
  details: string[]
  /** Remarks whether it passed or not (the AWS catalog's word on the request's action and resource). */
  notes: string[]
}

/** The outcome of one file. */
export interface FileResult {
  file: string
  kind: LoadedFile['kind']
  cases: TestCase[]
  /** Audit findings that do not fail the run (those at or above `--fail-on` are failing cases instead). */
  findings: Finding[]
  /** Saved requests that state no expected decision (listed, not tested). */
  unchecked: number
  /** Problems of the file itself (invalid files), or warnings of a file that loaded. */
  problems: string[]
  /** Why the file was skipped. */
  skipped?: string
}

/** How to run: the catalog (its services loaded) for request notes, and which findings fail. */
export interface RunOptions {
  catalog?: CatalogSnapshot
  failOn?: FindingSeverity
}

/** English of a scenario or lesson text. */
function en(text: string | { en: string } | undefined): string {
  return typeof text === 'string' ? text : (text?.en ?? '')
}

/** The request a saved request asks (the scenario supplies its default environment), as the app's run does. */
function requestOf(saved: SavedRequest): SimulationRequest {
  const request: SimulationRequest = { principal: saved.principal, action: saved.action, resource: saved.resource }
  if (saved.environment) request.environment = saved.environment
  if (saved.context) request.context = saved.context
  return request
}

/** The services a file's saved requests name, for loading the catalog before the run. */
export function servicesOf(loaded: LoadedFile): string[] {
  const scenario =
    loaded.kind === 'scenario' ? loaded.scenario : loaded.kind === 'lesson' ? loaded.lesson.scenario : undefined
  const requests = scenario?.requests ?? []
  return requestServices({
    principal: '',
    actions: requests.map((r) => r.action),
    resources: requests.map((r) => r.resource),
  })
}

/** The input and catalog warnings on a saved request, in English. */
function notesOf(scenario: Scenario, saved: SavedRequest, catalog: CatalogSnapshot | undefined): string[] {
  const fields = { principal: saved.principal, actions: [saved.action], resources: [saved.resource] }
  const issues = [
    ...requestInputIssues(scenario, fields),
    ...(catalog ? requestCatalogIssues(scenario, catalog, fields) : []),
  ]
  return issues.filter((i) => i.severity !== 'info').map((i) => english(i.message))
}

/** One saved request with an expected decision, as a test. */
function expectationCase(scenario: Scenario, saved: SavedRequest, expect: Verdict, options: RunOptions): TestCase {
  const asked = `${saved.principal} ${saved.action} on ${saved.resource}`
  const name = en(saved.title) || asked
  const notes = notesOf(scenario, saved, options.catalog)
  try {
    const result = simulate(scenario, requestOf(saved))
    const ok = meetsExpectation(result.decision, expect)
    const summary = `${asked}: expected ${expect}, got ${result.decision}`
    return { name, ok, summary, details: ok ? [] : whyLines(result), notes }
  } catch (e) {
    if (!(e instanceof EngineInputError)) throw e
    return {
      name,
      ok: false,
      summary: `${asked}: expected ${expect}, the engine could not answer`,
      details: [e.message],
      notes,
    }
  }
}

/** Every saved request that expects a decision, as tests; and how many expect none. */
function expectations(scenario: Scenario, options: RunOptions): { cases: TestCase[]; unchecked: number } {
  const requests = scenario.requests ?? []
  const cases = requests.flatMap((r) =>
    r.expect === undefined ? [] : [expectationCase(scenario, r, r.expect, options)],
  )
  return { cases, unchecked: requests.length - cases.length }
}

/**
 * The scenario's expected findings as tests, then findings at or above `failOn` as failing tests; the rest as
 * information.
 */
function audit(scenario: Scenario, failOn: FindingSeverity | undefined): { cases: TestCase[]; findings: Finding[] } {
  const all = auditScenario(scenario)
  const expected = expectedFindingCases(scenario, all)
  const limit = failOn ? FINDING_SEVERITIES.indexOf(failOn) : -1
  const failing = all.filter((f) => FINDING_SEVERITIES.indexOf(f.severity) <= limit)
  const cases = failing.map((f) => ({
    name: `${f.severity} finding: ${f.title}`,
    ok: false,
    summary: `${f.severity} finding: ${f.title}`,
    details: [f.explanation, ...(f.details ?? []).map((d) => d.text)],
    notes: [],
  }))
  return { cases: [...expected, ...cases], findings: all.filter((f) => !failing.includes(f)) }
}

/** Runs the tests of one file. Pure apart from the engine's caches; never throws for a file that loaded. */
export function runFile(loaded: LoadedFile, options: RunOptions = {}): FileResult {
  const base = { file: loaded.file, kind: loaded.kind, cases: [], findings: [], unchecked: 0, problems: [] }
  switch (loaded.kind) {
    case 'skipped':
      return { ...base, skipped: loaded.reason }
    case 'invalid':
      return { ...base, problems: loaded.errors }
    case 'scenario': {
      const run = expectations(loaded.scenario, options)
      const found = audit(loaded.scenario, options.failOn)
      return {
        ...base,
        ...found,
        cases: [...run.cases, ...found.cases],
        unchecked: run.unchecked,
        problems: loaded.warnings,
      }
    }
    case 'lesson': {
      const run = expectations(loaded.lesson.scenario, options)
      return {
        ...base,
        cases: [...run.cases, ...lessonCases(loaded.lesson)],
        unchecked: run.unchecked,
        problems: loaded.warnings,
      }
    }
  }
}
