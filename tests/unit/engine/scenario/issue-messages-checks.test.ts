// The cross-reference checks (refs, names, resources, org, policies) word their problems as messages too: the
// English line is the message worded, and a Korean page gets Korean.
import { describe, expect, it } from 'vitest'
import { english, parseScenario } from '../../../../src/engine/index'
import { setLocale } from '../../../../src/lib/i18n/index'
import { issueMessage } from '../../../../src/lib/workspace/issue-text'

const A = '111122223333'
const base = { format: 'iam-playground/scenario', version: 1, title: 'T', accounts: [{ id: A }] }
const doc = (extra: object) => ({ ...base, ...extra })

const cases: [string, object, string][] = [
  ['refs', doc({ users: [{ name: 'a', managedPolicies: ['Nope'] }] }), 'unknown managed policy "Nope": neither'],
  [
    'refs',
    doc({ users: [{ name: 'a', managedPolicies: ['arn:aws:iam::aws:policy/NopeNopeNope'] }] }),
    'unknown AWS managed policy',
  ],
  ['refs', doc({ users: [{ name: 'a', groups: ['ghost'] }] }), 'unknown group "ghost"'],
  ['names', doc({ users: [{ name: 'a' }, { name: 'A' }] }), 'duplicate user name "A" in account'],
  [
    'names',
    doc({
      users: [
        {
          name: 'a',
          inlinePolicies: [
            { name: 'p', document: { Version: '2012-10-17', Statement: [] } },
            { name: 'p', document: { Version: '2012-10-17', Statement: [] } },
          ],
        },
      ],
    }),
    'duplicate inline policy name "p"',
  ],
  ['resources', doc({ resources: [{ arn: 'nope' }] }), '"nope" is not an ARN'],
  ['resources', doc({ resources: [{ arn: 'arn:aws:s3:::b/*' }] }), 'holds a wildcard'],
  [
    'resources',
    doc({ sessions: [{ role: 'ghost', sessionName: 'abc', issuedAt: '2024-01-01T00:00:00Z' }] }),
    'unknown role "ghost"',
  ],
  [
    'org',
    doc({ organization: { managementAccount: A, root: { id: 'ou-abcd-abcdefgh', name: 'Root', accounts: [A] } } }),
    "the root's ID starts with `r-`",
  ],
  [
    'org',
    doc({ organization: { managementAccount: A, root: { id: 'r-abcd', name: 'Root', accounts: [A], scps: ['X'] } } }),
    'unknown SCP "X"',
  ],
  [
    'policies',
    doc({
      users: [{ name: 'a', inlinePolicies: [{ name: 'p', document: '{"Version": "2012-10-17", "Statement": 5}' }] }],
    }),
    'line 1, column',
  ],
  ['shape', { ...base, title: 5 }, 'expected a string or `{ "en": …, "ko": … }`, found a number'],
  ['shape', doc({ users: [{ name: 'a', group: [] }] }), 'unknown property `group` in a user (did you mean `groups`?)'],
  ['shape', doc({ roles: [{ name: 'r' }] }), 'missing `trustPolicy`: every role needs a trust policy'],
  ['shape', doc({ accounts: [{ id: '12' }] }), '"12" is not a 12-digit account ID'],
  ['shape', doc({ users: [{ name: 'a b' }] }), 'is not a valid user name (1 to 64 letters'],
  [
    'shape',
    doc({ roles: [{ name: 'r', trustPolicy: {}, maxSessionDuration: 5 }] }),
    'must be from 3600 to 43200 seconds; found 5',
  ],
  [
    'shape',
    doc({ requests: [{ id: 'x', action: 's3:GetObject', expect: 'Maybe' }] }),
    'must be "Allow", "ExplicitDeny" or',
  ],
  ['shape', doc({ users: [{ name: 'a', tags: { '': 'v' } }] }), 'a key of tags must be 1 to 128 characters'],
  ['fields', doc({ users: [{ name: 'a', groupNames: [] }] }), '`groupNames` is the pre-release'],
  ['parse', [], 'a scenario is a JSON object; found an array'],
]

describe('scenario check messages', () => {
  it.each(cases)('%s: %j', (_file, scenario, expected) => {
    const parsed = parseScenario(scenario)
    const issues = parsed.ok ? parsed.warnings : [...parsed.errors, ...parsed.warnings]
    const found = issues.find((i) => i.message.includes(expected))
    expect(found, issues.map((i) => i.message).join('\n')).toBeDefined()
    expect(found!.messageText).toBeDefined()
    expect(english(found!.messageText!)).toBe(found!.message)
    setLocale('ko', false)
    try {
      expect(issueMessage(found!)).not.toBe(found!.message)
    } finally {
      setLocale('en', false)
    }
  })
})
