// An impact as sentences: one per change, grouped by principal and resource, in English and Korean; roles by label.
import { afterEach, describe, expect, it } from 'vitest'
import { accessDiff, type Scenario } from '../../../src/engine/index'
import { setLocale } from '../../../src/lib/i18n/index'
import { changeSentence, groupChanges, groupSentence, isAskable } from '../../../src/lib/impact/words'
import { inline, role, scenario } from '../../helpers/scenario'

const TABLE = 'arn:aws:dynamodb:ap-northeast-2:111122223333:table/Orders'
const before = scenario({
  users: [{ name: 'minho', inlinePolicies: [inline('Db', ['dynamodb:GetItem', 'dynamodb:PutItem'], TABLE)] }],
  roles: [role('Ops', { inlinePolicies: [inline('All', 's3:*')] })],
  requests: [
    { title: { en: 'Writes', ko: '쓰기' }, principal: 'user/minho', action: 'dynamodb:PutItem', resource: TABLE },
  ],
})
const after: Scenario = { ...before, users: [{ name: 'minho' }], roles: [role('Ops')] }
const changes = accessDiff(before, after).changes

afterEach(() => setLocale('en', false))

describe(groupChanges, () => {
  it('puts one principal’s changes on one resource together; saved requests stay alone', () => {
    const groups = groupChanges(changes)
    expect(groups.map((g) => groupSentence(g))).toEqual([
      `minho lost 2 actions on ${TABLE}:`,
      'role/Ops lost s3:* on *',
      `minho lost dynamodb:PutItem on ${TABLE} (saved request “Writes”)`,
    ])
    expect(groups[0]!.items.map((c) => c.action)).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem'])
    // In Undo's preview the changes are those of undoing: a loss there is one undoing would cause.
    expect(groupSentence(groups[0]!, 'undo')).toBe(`minho would lose 2 actions on ${TABLE}:`)
    expect(groupSentence(groupChanges(accessDiff(after, before).changes)[0]!, 'undo')).toBe(
      `minho would regain 2 actions on ${TABLE}:`,
    )
  })

  it('speaks Korean', () => {
    setLocale('ko', false)
    expect(changeSentence(changes[0]!)).toBe(`minho의 ${TABLE}에 대한 dynamodb:GetItem 권한이 없어졌습니다`)
    expect(changeSentence(changes.at(-1)!)).toBe(
      `minho의 ${TABLE}에 대한 dynamodb:PutItem 권한이 없어졌습니다 (저장된 요청 “쓰기”)`,
    )
    expect(groupSentence(groupChanges(accessDiff(after, before).changes)[0]!, 'undo')).toBe(
      `minho에게 ${TABLE}에 대한 작업 2개의 권한이 다시 생깁니다:`,
    )
  })

  it('offers to ask only what a request can name (not a wildcard kept as written)', () => {
    expect(changes.map(isAskable)).toEqual([true, true, false, true])
  })
})
