// The shapes the input may come in (one response, a partial one, pages, JSON text), input that is not
// authorization details at all, the account, and entities that clash.
import { describe, expect, it } from 'vitest'
import { importAuthorizationDetails } from '../../../../../src/engine/account/import/index'
import { parseScenario } from '../../../../../src/engine/scenario/parse'
import { ACCOUNT, allow, find, groupDetail, roleDetail, userDetail, warningsAt } from './fixtures'

const EMPTY_STATS = { users: 0, groups: 0, roles: 0, policies: 0, awsPolicies: 0 }

describe('input that is not authorization details', () => {
  it.each([
    ['a number', 42],
    ['null', null],
    ['a string that is not JSON', 'UserDetailList'],
    ['an empty array', []],
    ['an array of non-objects', [1, 'two']],
    ['an object without any known list', { Users: [] }],
  ])('%s: an error, an empty scenario that still loads, no throw', (_, input) => {
    const result = importAuthorizationDetails(input)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]!.path).toBe('')
    expect(result.stats).toEqual(EMPTY_STATS)
    expect(parseScenario(result.scenario).ok).toBe(true)
  })

  it('explains what it expected', () => {
    expect(importAuthorizationDetails(42).errors[0]!.message).toBe(
      'expected the output of `aws iam get-account-authorization-details`: an object with `UserDetailList`, ' +
        '`GroupDetailList`, `RoleDetailList` or `Policies`, or an array of such pages; found a number',
    )
  })

  it('keeps the asked account in the empty scenario', () => {
    expect(importAuthorizationDetails(null, { accountId: '111122223333' }).scenario.accounts).toEqual([
      { id: '111122223333' },
    ])
  })
})

describe('input shapes', () => {
  it('accepts a partial document with one list', () => {
    const result = importAuthorizationDetails({ UserDetailList: [userDetail('alice')] })
    expect(result.errors).toEqual([])
    expect(result.stats).toEqual({ ...EMPTY_STATS, users: 1 })
  })

  it('accepts empty lists: a valid, empty account', () => {
    const result = importAuthorizationDetails({
      UserDetailList: [],
      GroupDetailList: [],
      RoleDetailList: [],
      Policies: [],
    })
    expect(result.errors).toEqual([])
    expect(result.scenario.users).toBeUndefined()
  })

  it('accepts JSON text', () => {
    const result = importAuthorizationDetails(JSON.stringify({ UserDetailList: [userDetail('alice')] }))
    expect(result.stats.users).toBe(1)
  })

  it('concatenates an array of pages in order, resolving across pages', () => {
    const result = importAuthorizationDetails([
      { UserDetailList: [userDetail('alice', { GroupList: ['Ops'] })], IsTruncated: true, Marker: 'abc' },
      { UserDetailList: [userDetail('bob')], GroupDetailList: [groupDetail('Ops')], IsTruncated: false },
    ])
    expect(result.scenario.users!.map((u) => u.name)).toEqual(['alice', 'bob'])
    expect(result.scenario.groups).toEqual([{ name: 'Ops' }])
    expect(result.warnings).toEqual([])
  })

  it('points warnings into the page they came from', () => {
    const result = importAuthorizationDetails([{ UserDetailList: [] }, { UserDetailList: [{ UserName: 'bad name' }] }])
    expect(warningsAt(result, '/1/UserDetailList/0/UserName')).toEqual(['invalid user name "bad name"; skipped'])
  })

  it('skips pages that are not objects', () => {
    const result = importAuthorizationDetails([null, { UserDetailList: [userDetail('alice')] }])
    expect(result.stats.users).toBe(1)
    expect(warningsAt(result, '/0')).toEqual(['a page should be an object, found null; skipped'])
  })

  it('warns when the last page says more follow (`IsTruncated`)', () => {
    const result = importAuthorizationDetails({ UserDetailList: [], IsTruncated: true, Marker: 'AAE' })
    expect(warningsAt(result, '/IsTruncated')).toEqual([
      'the last page is truncated (next `Marker`: "AAE"): entities on later pages are missing; import every page',
    ])
  })

  it('warns when the CLI stopped at `--max-items` (`NextToken`)', () => {
    const result = importAuthorizationDetails({ UserDetailList: [], NextToken: 'eyJNYXJrZXIiOiBudWxsfQ==' })
    expect(warningsAt(result, '/NextToken')).toHaveLength(1)
  })

  it('ignores a list of the wrong type and keeps the others', () => {
    const result = importAuthorizationDetails({
      UserDetailList: { UserName: 'x' },
      RoleDetailList: [roleDetail('app')],
    })
    expect(result.stats).toEqual({ ...EMPTY_STATS, roles: 1 })
    expect(warningsAt(result, '/UserDetailList')).toEqual([
      '`UserDetailList` should be an array, found an object; ignored',
    ])
  })
})

describe('the account', () => {
  it('comes from the ARNs', () => {
    const result = importAuthorizationDetails({ UserDetailList: [userDetail('alice')] })
    expect(result.scenario.accounts).toEqual([{ id: ACCOUNT }])
  })

  it('is the one most ARNs name, with a warning for the others', () => {
    const result = importAuthorizationDetails({
      UserDetailList: [{ UserName: 'a', Arn: 'arn:aws:iam::999999999999:user/a' }, userDetail('b'), userDetail('c')],
    })
    expect(result.scenario.accounts).toEqual([{ id: ACCOUNT }])
    expect(warningsAt(result, '/UserDetailList/0/Arn')).toHaveLength(1)
  })

  it('can be chosen with `accountId`, which also moves customer managed policy ARNs', () => {
    const result = importAuthorizationDetails(
      {
        UserDetailList: [
          userDetail('alice', { AttachedManagedPolicies: [{ PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/P` }] }),
        ],
        Policies: [
          {
            PolicyName: 'P',
            Arn: `arn:aws:iam::${ACCOUNT}:policy/P`,
            DefaultVersionId: 'v1',
            PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: allow() }],
          },
        ],
      },
      { accountId: '111122223333' },
    )
    expect(result.scenario.accounts).toEqual([{ id: '111122223333' }])
    expect(find(result, 'users', 'alice').managedPolicies).toEqual(['arn:aws:iam::111122223333:policy/P'])
    expect(parseScenario(result.scenario).ok).toBe(true)
  })

  it('falls back to 000000000000 when nothing names it, and says how to choose', () => {
    const result = importAuthorizationDetails({ UserDetailList: [{ UserName: 'alice' }] })
    expect(result.scenario.accounts).toEqual([{ id: '000000000000' }])
    expect(warningsAt(result, '')).toEqual([
      'no ARN in the input names an account; imported into "000000000000" (pass `accountId` to choose)',
    ])
  })

  it('ignores an `accountId` that is not 12 digits', () => {
    const result = importAuthorizationDetails({ UserDetailList: [userDetail('alice')] }, { accountId: '123' })
    expect(result.scenario.accounts).toEqual([{ id: ACCOUNT }])
    expect(warningsAt(result, '')).toHaveLength(1)
  })

  it('titles the scenario with `name`, else the account', () => {
    expect(importAuthorizationDetails({ UserDetailList: [] }, { name: 'Prod' }).scenario.title).toBe('Prod')
    expect(importAuthorizationDetails({ UserDetailList: [] }, { accountId: ACCOUNT }).scenario.title).toEqual({
      en: `AWS account ${ACCOUNT}`,
      ko: `AWS 계정 ${ACCOUNT}`,
    })
  })
})

describe('clashes and gaps', () => {
  it('keeps the first of two users whose names differ only in case', () => {
    const result = importAuthorizationDetails({ UserDetailList: [userDetail('Alice'), userDetail('alice')] })
    expect(result.scenario.users!.map((u) => u.name)).toEqual(['Alice'])
    expect(warningsAt(result, '/UserDetailList/1')).toHaveLength(1)
  })

  it('adds a group named in `GroupList` but missing from `GroupDetailList`, with no policies', () => {
    const result = importAuthorizationDetails({ UserDetailList: [userDetail('alice', { GroupList: ['Auditors'] })] })
    expect(result.scenario.groups).toEqual([{ name: 'Auditors' }])
    expect(warningsAt(result, '/UserDetailList/0/GroupList')).toEqual([
      'group "Auditors" is not in `GroupDetailList`; added with no policies (its own are unknown)',
    ])
  })

  it('spells a membership the way the group is named', () => {
    const result = importAuthorizationDetails({
      UserDetailList: [userDetail('alice', { GroupList: ['admins'] })],
      GroupDetailList: [groupDetail('Admins')],
    })
    expect(find(result, 'users', 'alice').groups).toEqual(['Admins'])
  })

  it('keeps a unique ID on its first holder only', () => {
    const result = importAuthorizationDetails({
      UserDetailList: [
        userDetail('a', { UserId: 'AIDAEXAMPLEDUPLICATE1' }),
        userDetail('b', { UserId: 'AIDAEXAMPLEDUPLICATE1' }),
      ],
    })
    expect(find(result, 'users', 'a').id).toBe('AIDAEXAMPLEDUPLICATE1')
    expect(find(result, 'users', 'b').id).toBeUndefined()
  })

  it('keeps an instance profile with the first role that lists it (it holds one role)', () => {
    const profile = { InstanceProfileList: [{ InstanceProfileName: 'shared' }] }
    const result = importAuthorizationDetails({ RoleDetailList: [roleDetail('a', profile), roleDetail('b', profile)] })
    expect(find(result, 'roles', 'a').instanceProfiles).toEqual(['shared'])
    expect(find(result, 'roles', 'b').instanceProfiles).toBeUndefined()
    expect(parseScenario(result.scenario).ok).toBe(true)
  })
})
