// Import problems carry a message (`text`) beside their English line, worded the same way (src/engine/messages/
// import.en.ts), so the dialog can word them in the page's language.
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { importAuthorizationDetails, type ImportResult } from '../../../../../src/engine/account/import/index'
import { ENGINE_EN, english } from '../../../../../src/engine/messages/english'
import type { EngineMessage } from '../../../../../src/engine/messages/message'
import { setLocale } from '../../../../../src/lib/i18n/index'
import { problemLine } from '../../../../../src/lib/shell/import-summary'
import { ACCOUNT, allow, fixture, policyDetail, roleDetail, userDetail } from './fixtures'
import { paths, replaced } from './json-paths'

const FIXTURES = ['small-account', 'raw-api-url-encoded', 'paginated', 'users-only', 'malformed']

/** Every key a message uses, its inner messages included. */
function keysOf(m: EngineMessage): string[] {
  const inner = Object.values(m.params ?? {}).filter((v): v is EngineMessage => typeof v === 'object')
  return [m.key, ...inner.flatMap(keysOf)]
}

/** Each problem's English line is its message worded by english(), with known keys only. */
function expectWorded(result: ImportResult) {
  const problems = [...result.errors, ...result.warnings]
  expect(problems.filter((p) => english(p.text) !== p.message)).toEqual([])
  const unknown = problems.flatMap((p) => keysOf(p.text)).filter((key) => !Object.hasOwn(ENGINE_EN, key))
  expect(unknown).toEqual([])
}

afterEach(() => setLocale('en', false))

describe('import problem messages', () => {
  it.each(FIXTURES)('%s.json: each English line is its message worded', (name) => {
    expectWorded(importAuthorizationDetails(fixture(name)))
  })

  it.each([
    ['bad JSON text', '{ nope'],
    ['not an object', 42],
    ['an array without pages', [1, 'x']],
    ['no lists', { hello: 1 }],
    ['a truncated page', [{ UserDetailList: [], IsTruncated: true, Marker: 'm' }]],
    ['a page cut at --max-items', { UserDetailList: [], NextToken: 't' }],
    [
      'documents that cannot be read',
      {
        UserDetailList: [
          userDetail('a', {
            UserPolicyList: [
              { PolicyName: 'p1', PolicyDocument: '%ZZ' },
              { PolicyName: 'p2', PolicyDocument: '%7Bnope' },
              { PolicyName: 'p3', PolicyDocument: '' },
              { PolicyName: 'p4', PolicyDocument: '[1]' },
              { PolicyName: 'p5', PolicyDocument: { Version: '2012-10-17', Statement: [{ Foo: 1, Bar: 2 }] } },
              { PolicyName: 'p6', PolicyDocument: { __proto__: null, a: Number.NaN } },
              { PolicyName: 'p7', PolicyDocument: 7 },
            ],
            AttachedManagedPolicies: [
              { PolicyArn: 'arn:aws-cn:iam::aws:policy/Nope' },
              { PolicyArn: 'arn:aws:iam::123456789012:policy/Gone' },
              { PolicyName: 'NoSuchPolicy' },
              { PolicyArn: 'arn:aws:s3:::bucket' },
            ],
            PermissionsBoundary: { PermissionsBoundaryArn: 'arn:aws:iam::123456789012:policy/Gone' },
          }),
        ],
        RoleDetailList: [roleDetail('r', { AssumeRolePolicyDocument: allow() })],
        Policies: [policyDetail('Broken', ['']), policyDetail('Twice', [allow(), allow()], { DefaultVersionId: 'v9' })],
      },
    ],
  ])('%s: each English line is its message worded', (_, input) => {
    const result = importAuthorizationDetails(input, { accountId: ACCOUNT })
    expect(result.errors.length + result.warnings.length).toBeGreaterThan(0)
    expectWorded(result)
  })

  it('words the option of a bad account ID', () => {
    expectWorded(importAuthorizationDetails({ UserDetailList: [] }, { accountId: 'nope' }))
  })

  it('stays worded whatever one field of an account becomes', () => {
    const base = fixture('small-account')
    const all = paths(base).filter((p) => p.length > 0)
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat(all.length - 1),
            fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string(), fc.constant(undefined)),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        (edits) => {
          let input = base
          for (const [i, by] of edits) input = replaced(input, all[i]!, by)
          expectWorded(importAuthorizationDetails(input))
        },
      ),
      { numRuns: Number(process.env.IMPORT_FUZZ_RUNS ?? 300) },
    )
  })

  it('words a problem in Korean on a Korean page, with its place', () => {
    const result = importAuthorizationDetails(fixture('malformed'))
    setLocale('ko', false)
    const lines = result.warnings.map(problemLine)
    for (const line of lines) expect(line).not.toMatch(/\{\w+\}/)
    expect(lines.some((line) => /[가-힣]/.test(line))).toBe(true)
    const noList = importAuthorizationDetails({ hello: 1 }).errors[0]!
    expect(problemLine(noList)).toMatch(/^`aws iam get-account-authorization-details`의 출력/)
    setLocale('en', false)
    expect(problemLine(noList)).toBe(noList.message)
  })
})
