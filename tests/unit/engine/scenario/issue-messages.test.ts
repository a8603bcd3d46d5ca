// Scenario problems carry a message (`messageText`) beside their English line, worded the same way.
import { describe, expect, it } from 'vitest'
import { english, parseScenario } from '../../../../src/engine/index'
import { setLocale } from '../../../../src/lib/i18n/index'
import { issueText } from '../../../../src/lib/workspace/issue-text'

const base = { format: 'iam-playground/scenario', version: 1, title: 'T', accounts: [{ id: '111122223333' }] }

describe('scenario issue messages', () => {
  it.each([
    [{ ...base, accounts: [] }, 'at least one account is needed: the first is the default account'],
    [{ ...base, version: 99 }, 'this scenario is version 99, newer than this playground reads'],
    [{ format: 'iam-playground/scenario' }, 'missing `version`: write `"version": '],
    [
      { ...base, users: [{ name: 'a', groups: ['dev', 'dev'] }], groups: [{ name: 'dev' }] },
      'group "dev" is listed twice',
    ],
  ])('%j: the English line is the message worded', (doc, english_) => {
    const parsed = parseScenario(doc)
    expect(parsed.ok).toBe(false)
    const first = parsed.ok ? undefined : parsed.errors[0]
    expect(first?.message).toContain(english_)
    expect(first?.messageText && english(first.messageText)).toBe(first?.message)
  })

  it('words a problem in Korean on a Korean page, with its place', () => {
    const parsed = parseScenario({ ...base, accounts: [] })
    const first = parsed.ok ? undefined : parsed.errors[0]
    setLocale('ko', false)
    try {
      expect(issueText(first!)).toBe('/accounts: 계정이 하나 이상 있어야 합니다. 첫 번째 계정이 기본 계정입니다')
    } finally {
      setLocale('en', false)
    }
    expect(issueText(first!)).toBe('/accounts: at least one account is needed: the first is the default account')
  })
})
