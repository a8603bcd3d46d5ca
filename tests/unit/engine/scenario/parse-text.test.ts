// parseScenarioText: JSON syntax errors with line and column, then parseScenario; and formatIssue.
import { describe, expect, it } from 'vitest'
import { formatIssue, MAX_SCENARIO_TEXT, parseScenarioText } from '../../../../src/engine/scenario/parse'
import { exampleScenario } from '../../../../src/engine/scenario/example'

const text = () => JSON.stringify(exampleScenario(), null, 2)

describe(parseScenarioText, () => {
  it('loads valid text', () => {
    const r = parseScenarioText(text())
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.scenario).toEqual(exampleScenario())
  })

  it('reports a syntax error with line, column and span', () => {
    const broken = '{\n  "format": "iam-playground/scenario",\n  "version": 1\n  "title": "x"\n}'
    const r = parseScenarioText(broken)
    expect(r).toMatchObject({ ok: false, warnings: [] })
    if (r.ok) return
    expect(r.errors).toEqual([
      {
        path: '',
        severity: 'error',
        message: 'JSON syntax error at line 4, column 3: comma expected',
        // The same error as a message, for the app to word (the app never shows the English `message`).
        messageText: { key: 'diag.json-syntax.CommaExpected', params: { line: 4, column: 3 } },
        span: { from: 58, to: 65 },
      },
    ])
    expect(broken.slice(58, 65)).toBe('"title"')
  })

  it('reports every syntax error', () => {
    const r = parseScenarioText('{ "a": 1,, "b": [1 2] }')
    expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual([
      'JSON syntax error at line 1, column 10: property name expected',
      'JSON syntax error at line 1, column 10: value expected',
      'JSON syntax error at line 1, column 20: comma expected',
    ])
  })

  it('rejects a trailing comma and comments: scenarios are plain JSON', () => {
    expect(parseScenarioText(text().replace(/}\s*$/, ',}')).ok).toBe(false)
    expect(parseScenarioText(`// note\n${text()}`).ok).toBe(false)
  })

  it('rejects empty and oversized text', () => {
    expect(parseScenarioText('  \n')).toMatchObject({ ok: false, errors: [{ message: 'the scenario text is empty' }] })
    const r = parseScenarioText(' '.repeat(MAX_SCENARIO_TEXT + 1))
    expect(r.ok ? '' : r.errors[0]!.message).toMatch(
      /^the scenario text is 20000001 characters; the limit is 20000000$/,
    )
  })

  it('keeps `__proto__` as a key to reject, never as a prototype', () => {
    const r = parseScenarioText(text().replace('"alias": "dev"', '"__proto__": { "polluted": true }, "alias": "dev"'))
    expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual([
      '/accounts/0/__proto__: the key "__proto__" is not allowed anywhere in a scenario',
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('then checks the value like parseScenario', () => {
    const r = parseScenarioText(text().replace('"developers"', '"devs"'))
    expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual(['/users/0/groups/0: unknown group "devs"'])
  })
})

describe(formatIssue, () => {
  it('prefixes the JSON pointer', () => {
    expect(formatIssue({ path: '/users/3/groups/0', message: 'unknown group "devs"', severity: 'error' })).toBe(
      '/users/3/groups/0: unknown group "devs"',
    )
  })

  it('prints a document-level message alone', () => {
    expect(formatIssue({ path: '', message: 'the scenario text is empty', severity: 'error' })).toBe(
      'the scenario text is empty',
    )
  })

  it('pointers escape `/` and `~` in keys (RFC 6901)', () => {
    const r = parseScenarioText(text().replace('"team": "payments"', '"team": 1, "a/b~c": 2'))
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['/users/0/tags/team', '/users/0/tags/a~1b~0c'])
  })
})
