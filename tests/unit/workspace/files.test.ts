import { describe, expect, it } from 'vitest'
import { formatIssue } from '../../../src/engine/scenario/parse'
import {
  MAX_SCENARIO_FILE_BYTES,
  importName,
  planImport,
  readScenarioBlob,
  readScenarioFile,
  scenarioFileName,
  toScenarioFile,
  uniqueName,
} from '../../../src/lib/workspace/files'
import { scenario } from '../store/fixtures'
import { setLocale } from '../../../src/lib/i18n/index'

const summary = (name: string, id = name) => ({ id, name, updatedAt: 1 })

describe(toScenarioFile, () => {
  it('writes pretty JSON with a final newline, named after the workspace', () => {
    const file = toScenarioFile({ name: 'Team sandbox', scenario: scenario('T') })
    expect(file.fileName).toBe('Team-sandbox.json')
    expect(file.text).toBe(`${JSON.stringify(scenario('T'), null, 2)}\n`)
    expect(file.text.split('\n')[1]).toBe('  "format": "iam-playground/scenario",')
  })

  it('round-trips through readScenarioFile', () => {
    const original = scenario('Round trip', ['alice', 'bob'])
    const read = readScenarioFile(toScenarioFile({ name: 'x', scenario: original }).text)
    expect(read).toEqual({ ok: true, scenario: original, issues: [] })
  })
})

describe(scenarioFileName, () => {
  it.each([
    ['Prod account', 'Prod-account.json'],
    ['../../etc/passwd', 'etc-passwd.json'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j.json'],
    ['권한 경계 실습', '권한-경계-실습.json'],
    ['invoice\u202Egnp.exe', 'invoicegnp.exe.json'],
    ['tab\tand\nnewline', 'tab-and-newline.json'],
    ['...hidden', 'hidden.json'],
    ['trailing dots...', 'trailing-dots.json'],
    ['CON', 'CON-scenario.json'],
    ['lpt1', 'lpt1-scenario.json'],
    ['', 'scenario.json'],
    ['///', 'scenario.json'],
    ['\u200B\u200D', 'scenario.json'],
  ])('%j → %s', (name, fileName) => {
    expect(scenarioFileName(name)).toBe(fileName)
  })

  it('caps long names at 80 characters, without splitting an emoji', () => {
    const name = scenarioFileName('😀'.repeat(100))
    expect(name).toBe(`${'😀'.repeat(80)}.json`)
    expect(scenarioFileName('x'.repeat(300))).toHaveLength(85)
  })
})

describe(readScenarioFile, () => {
  it('reports invalid JSON with its line and column', () => {
    const read = readScenarioFile('{\n  "format": "iam-playground/scenario",\n  "version" 1\n}')
    expect(read.ok).toBe(false)
    expect(read.issues).toHaveLength(1)
    expect(read.issues[0]).toMatchObject({ severity: 'error', line: 3, column: 13 })
    expect(formatIssue(read.issues[0]!)).toMatch(/line 3, column 13/)
  })

  it('places a field error on its key, by its JSON pointer', () => {
    const doc = { ...scenario(), users: [{ name: 'alice' }, { name: 'bob', groups: 'admins' }] }
    const text = JSON.stringify(doc, null, 2)
    const read = readScenarioFile(text)
    expect(read.ok).toBe(false)
    const issue = read.issues.find((i) => i.path === '/users/1/groups')
    const offset = text.indexOf('"groups"')
    expect(issue).toMatchObject({ span: { from: offset, to: offset + '"groups"'.length } })
    expect(issue).toMatchObject({ line: text.slice(0, offset).split('\n').length, column: 7 })
  })

  it('places an array item’s issue on the item', () => {
    const text = JSON.stringify({ ...scenario(), users: [{ name: 'alice', groups: ['ghost'] }] }, null, 2)
    const read = readScenarioFile(text)
    const issue = read.issues.find((i) => i.path === '/users/0/groups/0')
    expect(issue?.span && text.slice(issue.span.from, issue.span.to)).toBe('"ghost"')
  })

  it('refuses `__proto__` keys, and nothing reaches Object.prototype', () => {
    const text = JSON.stringify(scenario()).replace('{', '{"__proto__": {"polluted": true}, ')
    const read = readScenarioFile(text)
    expect(read.ok).toBe(false)
    expect(read.issues).toContainEqual(expect.objectContaining({ path: '/__proto__', line: 1, column: 2 }))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses `__proto__` deep inside, such as in tags', () => {
    const doc = { ...scenario(), users: [{ name: 'alice', tags: { team: 'a' } }] }
    const text = JSON.stringify(doc).replace('"team"', '"__proto__": {"isAdmin": true}, "team"')
    const read = readScenarioFile(text)
    expect(read.ok).toBe(false)
    expect(read.issues.some((i) => i.path.startsWith('/users/0/tags/__proto__'))).toBe(true)
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })

  it('refuses text over 5 MB without parsing it', () => {
    const huge = `{"pad": "${'x'.repeat(MAX_SCENARIO_FILE_BYTES)}"}`
    const read = readScenarioFile(huge)
    expect(read).toEqual({
      ok: false,
      issues: [{ path: '', severity: 'error', message: 'the file is larger than 5 MB, the limit for scenario files' }],
    })
  })

  it('counts bytes, not characters: 2 million Korean syllables are 6 MB', () => {
    const text = `{"title": "${'가'.repeat(2_000_000)}"}`
    expect(text.length).toBeLessThan(MAX_SCENARIO_FILE_BYTES)
    expect(readScenarioFile(text).issues[0]?.message).toMatch(/larger than 5 MB/)
  })

  it('accepts a file just under the limit', () => {
    const base = JSON.stringify(scenario())
    const padded = base.replace('"Test scenario"', `"${'x'.repeat(MAX_SCENARIO_FILE_BYTES - base.length - 100)}"`)
    expect(readScenarioFile(padded).ok).toBe(true)
  })

  it('migrates an older format and says so', () => {
    const old = { version: 0, title: 'Old', accounts: [{ id: '111122223333' }] }
    const read = readScenarioFile(JSON.stringify(old))
    expect(read.ok).toBe(true)
    expect(read.ok && read.scenario).toMatchObject({ format: 'iam-playground/scenario', version: 1 })
    expect(read.issues).toMatchObject([{ path: '/version', severity: 'warning' }])
  })

  it('refuses empty text and JSON that is not a scenario', () => {
    expect(readScenarioFile('   ').ok).toBe(false)
    expect(readScenarioFile('[1, 2]').ok).toBe(false)
    expect(readScenarioFile(JSON.stringify({ ...scenario(), version: 42 })).issues[0]?.message).toMatch(/newer/)
  })
})

describe(readScenarioBlob, () => {
  it('refuses a large file before reading it', async () => {
    const file = new Blob([new Uint8Array(MAX_SCENARIO_FILE_BYTES + 1)])
    const read = await readScenarioBlob(Object.assign(file, { text: () => expect.unreachable('read the file') }))
    expect(read.ok).toBe(false)
  })

  it('reads a scenario file', async () => {
    const read = await readScenarioBlob(new Blob([toScenarioFile({ name: 'x', scenario: scenario('Blob') }).text]))
    expect(read.ok && read.scenario.title).toBe('Blob')
  })
})

describe(planImport, () => {
  it('creates a new workspace named after the title when no name clashes', () => {
    expect(planImport([summary('Other')], scenario('Fresh'))).toEqual({ kind: 'create', name: 'Fresh' })
  })

  it('never overwrites: a clash (ignoring case and spaces) asks the user, with a free name ready', () => {
    const existing = [summary(' fresh ', 'id1'), summary('Fresh (2)', 'id2')]
    expect(planImport(existing, scenario('Fresh'))).toEqual({
      kind: 'clash',
      name: 'Fresh',
      existing: summary(' fresh ', 'id1'),
      copyName: 'Fresh (3)',
    })
  })
})

describe(importName, () => {
  it('prefers the English title, then the file name, then a default', () => {
    expect(importName({ ...scenario(), title: { en: 'English', ko: '한국어' } })).toBe('English')
    expect(importName({ ...scenario(), title: '  ' }, 'my-account.JSON')).toBe('my-account')
    expect(importName({ ...scenario(), title: '' })).toBe('Imported scenario')
    setLocale('ko', false)
    try {
      expect(importName({ ...scenario(), title: '' })).toBe('가져온 시나리오')
    } finally {
      setLocale('en', false)
    }
  })
})

describe(uniqueName, () => {
  it('adds the first free number', () => {
    expect(uniqueName('A', [])).toBe('A')
    expect(uniqueName('A', [summary('A')])).toBe('A (2)')
    expect(uniqueName('A', [summary('a'), summary('A (2)'), summary('A (4)')])).toBe('A (3)')
  })
})
