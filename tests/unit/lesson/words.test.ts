// How check outcomes are worded, in English and Korean: requests by decision and rule, structural rules by code.
import { afterEach, describe, expect, it } from 'vitest'
import { checkLesson, type CheckResult } from '../../../src/engine/index'
import { setLocale } from '../../../src/lib/i18n/index'
import { checkWhy } from '../../../src/lib/lesson/words'
import { lesson } from './fixtures'

afterEach(() => setLocale('en', false))

const usersAndGroups = lesson('users-and-groups')
const results = checkLesson(usersAndGroups, usersAndGroups.scenario).results

function result(partial: Partial<CheckResult> & Pick<CheckResult, 'kind' | 'code' | 'params'>): CheckResult {
  return { label: { en: 'label', ko: '레이블' }, ok: false, ...partial }
}

describe(checkWhy, () => {
  it('words a failing request check by what was expected, the decision and the rule that decided', () => {
    expect(checkWhy(results[0]!)).toMatch(/^Expected `Allow`, but the decision is `ImplicitDeny`: .+/)
    setLocale('ko', false)
    expect(checkWhy(results[0]!)).toMatch(/^`Allow`을\(를\) 기대했지만 결정은 `ImplicitDeny`입니다: .+/)
  })

  it("words the rule's sentence in the page's language when the rule carries it as a message", () => {
    const base = results[0]!
    const worded = { ...base, rule: { ...base.rule!, text: { key: 'lesson.course.solved' } } } as unknown as CheckResult
    setLocale('ko', false)
    expect(checkWhy(worded)).toBe('`Allow`을(를) 기대했지만 결정은 `ImplicitDeny`입니다: 완료')
    const { code, params } = base.rule!
    const english = { ...base, rule: { code, params, message: 'no policy allows it' } } as unknown as CheckResult
    expect(checkWhy(english)).toMatch(/: no policy allows it$/)
  })

  it('words a passing request check by its decision and rule, and a deny that was expected', () => {
    expect(checkWhy(results[2]!)).toMatch(/^`Allow`: .+/)
    expect(results[3]!.ok).toBe(true)
    expect(checkWhy(results[3]!)).toMatch(/^`ImplicitDeny`: .+/)
    const wrong = { ...results[2]!, ok: false, decision: 'Allow' as const, params: { expect: 'Denied' } }
    expect(checkWhy(wrong)).toMatch(/^Expected a deny, but the decision is `Allow`/)
  })

  it('words a structural rule by its code and names, in both languages', () => {
    expect(checkWhy(results[4]!)).toBe('User `jiwoo` is not in group `FE1`.')
    setLocale('ko', false)
    expect(checkWhy(results[4]!)).toBe('사용자 `jiwoo`이(가) `FE1` 그룹에 속해 있지 않습니다.')
  })

  it('says nothing more for a structural rule that passes: its label says it', () => {
    expect(checkWhy({ ...results[4]!, ok: true, code: 'pass' })).toBeUndefined()
  })

  it('lists names and words the password settings', () => {
    const weak = result({
      kind: 'password-policy',
      code: 'password-policy-weak',
      params: { account: '111122223333', settings: ['minimumLength', 'requireSymbols'] },
    })
    expect(checkWhy(weak)).toBe(
      'The password policy of account `111122223333` falls short on: minimum length, symbols required.',
    )
    setLocale('ko', false)
    expect(checkWhy(weak)).toBe('계정 `111122223333`의 암호 정책이 다음 설정에서 부족합니다: 최소 길이, 기호 필수.')
    const old = result({
      kind: 'access-key-rotated',
      code: 'access-key-old',
      params: { keys: ['alice:AKIA1', 'bob:AKIA2'], days: 1234, maxAgeDays: 90 },
    })
    expect(checkWhy(old)).toBe(
      '90일보다 오래된 활성 액세스 키: `alice:AKIA1`, `bob:AKIA2` (가장 오래된 키는 1,234일 되었습니다).',
    )
  })

  it('words a grant of every service apart from a list of unused ones', () => {
    const all = result({
      kind: 'no-unused-services',
      code: 'unused-services',
      params: { principal: 'user/alice', services: ['*', 's3'] },
    })
    expect(checkWhy(all)).toBe('`user/alice` is allowed every service, and has not used most of them.')
    const some = { ...all, params: { principal: 'user/alice', services: ['s3', 'ec2'] } }
    expect(checkWhy(some)).toBe('`user/alice` is allowed services it has not used: `s3`, `ec2`.')
  })

  it('words requests that could not run', () => {
    const invalid = result({ kind: 'request', code: 'request-invalid', params: { message: 'bad action `s3`' } })
    expect(checkWhy(invalid)).toBe('The simulator refused the request: bad action `s3`')
  })
})
