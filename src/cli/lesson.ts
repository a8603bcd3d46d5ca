// A lesson file's own tests, as a lesson author needs them: the lesson starts unsolved, and its solution (a JSON
// Patch of the starting scenario) passes every check.
import { applySolution, checkLesson, type Lesson } from '../engine/index'
import type { TestCase } from './run'

/** A lesson's contract: it starts unsolved, and its solution passes every check. */
export function lessonCases(lesson: Lesson): TestCase[] {
  const start = checkLesson(lesson, lesson.scenario)
  const cases: TestCase[] = [
    {
      name: 'starts unsolved',
      ok: !start.solved,
      summary: start.solved ? 'the starting scenario already passes every check' : 'starts unsolved',
      details: [],
      notes: [],
    },
  ]
  const solved = applySolution(lesson)
  if (!solved.ok) {
    const details = solved.errors.map((e) => `${e.path}: ${e.message}`)
    return [
      ...cases,
      { name: 'the solution applies', ok: false, summary: 'the solution does not apply', details, notes: [] },
    ]
  }
  checkLesson(lesson, solved.scenario).results.forEach((r, i) => {
    const name = `solution: ${r.label.en}`
    const check = lesson.check[i]
    const asked =
      check?.kind === 'request' && `${check.request.principal} ${check.request.action} on ${check.request.resource}`
    const summary = asked ? `${asked}: expected ${check.expect}, got ${r.decision ?? 'no answer'}` : name
    const details = r.ok ? [] : [r.detail ?? `${r.code} ${JSON.stringify(r.params)}`]
    cases.push({ name, ok: r.ok, summary, details, notes: [] })
  })
  return cases
}
