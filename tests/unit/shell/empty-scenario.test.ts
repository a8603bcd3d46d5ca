import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../../src/engine/index'
import { EMPTY_ACCOUNT_ID, emptyScenario } from '../../../src/lib/shell/empty-scenario'

describe(emptyScenario, () => {
  it('is the current format with one account and nothing else', () => {
    expect(emptyScenario()).toEqual({
      format: 'iam-playground/scenario',
      version: 1,
      title: 'Untitled',
      accounts: [{ id: EMPTY_ACCOUNT_ID }],
    })
  })

  it('passes parseScenario without errors or warnings', () => {
    const parsed = parseScenario(emptyScenario())
    expect(parsed.ok).toBe(true)
    expect(parsed.warnings).toEqual([])
  })

  it('takes a title and returns a fresh object each time', () => {
    const a = emptyScenario('Sandbox')
    expect(a.title).toBe('Sandbox')
    expect(emptyScenario()).not.toBe(emptyScenario())
    expect(emptyScenario().accounts).not.toBe(emptyScenario().accounts)
  })
})
