// The readable report: per file, ✓ or ✗ per test with what it asked and got, why a failure failed, the findings;
// then one summary line.
import type { FileResult, TestCase } from './run'

/** Counts over a whole run. */
export interface Totals {
  files: number
  tests: number
  failed: number
  findings: number
  /** Files that could not be read or are not valid scenarios or lessons. */
  invalid: number
}

/** Adds up the results. */
export function totals(results: readonly FileResult[]): Totals {
  const out: Totals = { files: 0, tests: 0, failed: 0, findings: 0, invalid: 0 }
  for (const r of results) {
    if (r.skipped) continue
    out.files++
    if (r.kind === 'invalid') out.invalid++
    out.tests += r.cases.length
    out.failed += r.cases.filter((c) => !c.ok).length
    out.findings += r.findings.length
  }
  return out
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

function caseLines(c: TestCase): string[] {
  const lines = [`  ${c.ok ? '✓' : '✗'} ${c.name}`]
  if (c.summary !== c.name) lines.push(`      ${c.summary}`)
  c.details.forEach((d, i) => lines.push(`      ${i === 0 ? 'why: ' : '     '}${d}`))
  for (const n of c.notes) lines.push(`      note: ${n}`)
  return lines
}

function fileLines(r: FileResult): string[] {
  if (r.skipped) return [`- ${r.file}: skipped (${r.skipped})`]
  if (r.kind === 'invalid') return [`✗ ${r.file}: not a valid scenario or lesson`, ...r.problems.map((p) => `  ${p}`)]
  const failed = r.cases.filter((c) => !c.ok).length
  const lines = [`${failed ? '✗' : '✓'} ${r.file} (${r.kind})`]
  for (const p of r.problems) lines.push(`  warning: ${p}`)
  for (const c of r.cases) lines.push(...caseLines(c))
  if (r.unchecked) lines.push(`  · ${plural(r.unchecked, 'saved request')} without an expected decision (not tested)`)
  if (r.findings.length) {
    lines.push(`  audit: ${plural(r.findings.length, 'finding')}`)
    for (const f of r.findings) lines.push(`    ${f.severity.padEnd(8)} ${f.title}`)
  }
  return lines
}

/** The last line: how many tests passed and failed, findings, unreadable files. */
export function summaryLine(t: Totals): string {
  const parts = [
    `${plural(t.files, 'file')}, ${plural(t.tests, 'test')}: ${t.tests - t.failed} passed, ${t.failed} failed`,
  ]
  if (t.findings) parts.push(`${plural(t.findings, 'audit finding')} listed as information`)
  if (t.invalid) parts.push(`${plural(t.invalid, 'file')} could not be used`)
  return parts.join('; ')
}

/** The whole report, ending in a newline. */
export function textReport(results: readonly FileResult[]): string {
  const blocks = results.map((r) => fileLines(r).join('\n'))
  return `${[...blocks, summaryLine(totals(results))].join('\n\n')}\n`
}
