// The run as JUnit XML, the test report format CI systems read: a testsuite per file, a testcase per test, a
// failure element (message and why) per failed test, audit findings as the suite's output.
import type { FileResult, TestCase } from './run'

/** Characters XML 1.0 does not allow at all (controls other than tab and line breaks, lone surrogates, U+FFFE/F). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Text as XML character data or an attribute value: markup characters escaped, forbidden ones dropped. */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;')
    .replaceAll('\t', '&#9;')
}

/** `name="value" ...` with every value escaped. */
function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}="${xmlText(String(v))}"`)
    .join(' ')
}

/** Element text: escaped, line breaks kept as they are. */
const body = (lines: readonly string[]) => xmlText(lines.join('\n')).replaceAll('&#10;', '\n')

function testcase(file: string, c: TestCase): string {
  const open = `    <testcase ${attributes({ name: c.name, classname: file })}`
  const inner: string[] = []
  if (!c.ok) inner.push(`      <failure ${attributes({ message: c.summary })}>${body(c.details)}</failure>`)
  if (c.notes.length) inner.push(`      <system-out>${body(c.notes)}</system-out>`)
  return inner.length ? `${open}>\n${inner.join('\n')}\n    </testcase>` : `${open}/>`
}

function testsuite(r: FileResult): string {
  if (r.kind === 'invalid') {
    const head = attributes({ name: r.file, tests: 1, failures: 0, errors: 1, skipped: 0 })
    const error = `<error ${attributes({ message: 'not a valid scenario or lesson' })}>${body(r.problems)}</error>`
    return `  <testsuite ${head}>\n    <testcase ${attributes({ name: 'load', classname: r.file })}>\n      ${error}\n    </testcase>\n  </testsuite>`
  }
  const failures = r.cases.filter((c) => !c.ok).length
  const head = attributes({ name: r.file, tests: r.cases.length, failures, errors: 0, skipped: 0 })
  const out = [`  <testsuite ${head}>`, ...r.cases.map((c) => testcase(r.file, c))]
  const info = r.findings.map((f) => `${f.severity} finding: ${f.title}`)
  if (info.length) out.push(`    <system-out>${body(info)}</system-out>`)
  out.push('  </testsuite>')
  return out.join('\n')
}

/** The JUnit XML of a run (skipped files are left out). */
export function junitXml(results: readonly FileResult[]): string {
  const suites = results.filter((r) => !r.skipped)
  const tests = suites.reduce((n, r) => n + (r.kind === 'invalid' ? 1 : r.cases.length), 0)
  const failures = suites.reduce((n, r) => n + r.cases.filter((c) => !c.ok).length, 0)
  const errors = suites.filter((r) => r.kind === 'invalid').length
  const head = attributes({ name: 'iam-playground', tests, failures, errors })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ${head}>\n${suites.map(testsuite).join('\n')}\n</testsuites>\n`
}
