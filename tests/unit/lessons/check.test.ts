// checkLesson's checks one by one (request checks through the simulator, each structural rule passing and failing
// with its code and parameters), applySolution, and the JSON Patch subset it uses.
import { describe, expect, it } from 'vitest'
import {
  applyPatch,
  applySolution,
  checkLesson,
  parseScenario,
  runCheck,
  type LessonCheck,
  type Scenario,
} from '../../../src/engine/index'

const ACC = '111122223333'
const label = { en: 'label', ko: '레이블' }

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Record<string, any>

/** A small account: alice (group Devs, S3 read through a managed policy), bob (inline policy, an old key), a role. */
function scenario(edit: (s: Raw) => void = () => {}): Scenario {
  const raw: Raw = {
    format: 'iam-playground/scenario',
    version: 1,
    title: { en: 'test', ko: '테스트' },
    accounts: [
      {
        id: ACC,
        passwordPolicy: { minimumLength: 12, requireSymbols: true, maxAgeDays: 180 },
        root: { mfa: true },
      },
    ],
    users: [
      {
        name: 'alice',
        groups: ['Devs'],
        mfaDevices: [{ serial: `arn:aws:iam::${ACC}:mfa/alice`, type: 'virtual' }],
        accessKeys: [{ id: 'AKIAALICE0001EXAMPLE', created: '2025-05-01T00:00:00Z', status: 'Active' }],
      },
      {
        name: 'bob',
        inlinePolicies: [
          {
            name: 'Everything',
            document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
          },
        ],
        accessKeys: [
          { id: 'AKIABOB00001EXAMPLE1', created: '2024-01-01T00:00:00Z', status: 'Active' },
          { id: 'AKIABOB00002EXAMPLE1', created: '2023-01-01T00:00:00Z', status: 'Inactive' },
        ],
      },
    ],
    groups: [{ name: 'Devs', managedPolicies: ['ReadData'] }],
    roles: [
      {
        name: 'App',
        trustPolicy: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        },
        managedPolicies: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'],
        permissionsBoundary: 'ReadData',
        instanceProfiles: ['App'],
      },
    ],
    policies: [
      {
        name: 'ReadData',
        versions: [
          {
            id: 'v1',
            isDefault: true,
            document: {
              Version: '2012-10-17',
              Statement: [
                { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*' },
                { Sid: 'Everything', Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::data' },
              ],
            },
          },
        ],
      },
    ],
    resources: [
      { arn: 'arn:aws:s3:::data' },
      { arn: `arn:aws:ec2:ap-northeast-2:${ACC}:instance/i-0123456789abcdef0`, instanceProfile: 'App' },
      { arn: `arn:aws:ec2:ap-northeast-2:${ACC}:instance/i-0fedcba9876543210` },
    ],
    environment: { time: '2025-06-01T00:00:00Z' },
  }
  edit(raw)
  const parsed = parseScenario(raw)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
  return parsed.scenario
}

/** A check without its label (`Omit` over each member of the union). */
type Unlabelled<T> = T extends unknown ? Omit<T, 'label'> : never

function run(check: Unlabelled<LessonCheck>, s: Scenario = scenario()) {
  return runCheck(s, { ...check, label } as LessonCheck)
}

describe('request checks', () => {
  it('pass when the decision is the expected one, and carry the rule that decided', () => {
    const r = run({
      kind: 'request',
      request: { principal: 'user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::data/a.csv' },
      expect: 'Allow',
    })
    expect(r).toMatchObject({ ok: true, code: 'identity-allow', decision: 'Allow', rule: { code: 'identity-allow' } })
    expect(r.detail).toBeUndefined()
  })

  it('fail with the rule of the trace: code, parameters and message', () => {
    const r = run({
      kind: 'request',
      request: { principal: 'user/alice', action: 's3:PutObject', resource: 'arn:aws:s3:::data/a.csv' },
      expect: 'Allow',
    })
    expect(r.ok).toBe(false)
    expect(r.code).toBe('no-allow')
    expect(r.rule?.message).toMatch(/implicit deny/)
    expect(r.params).toMatchObject({ action: 's3:PutObject', decision: 'ImplicitDeny', expect: 'Allow' })
    expect(r.detail).toMatch(/^expected Allow, got ImplicitDeny: /)
  })

  it('take `Denied` for either kind of deny, and tell the two apart otherwise', () => {
    const request = { principal: 'user/alice', action: 's3:PutObject', resource: 'arn:aws:s3:::data/a.csv' }
    expect(run({ kind: 'request', request, expect: 'Denied' }).ok).toBe(true)
    expect(run({ kind: 'request', request, expect: 'ImplicitDeny' }).ok).toBe(true)
    expect(run({ kind: 'request', request, expect: 'ExplicitDeny' }).ok).toBe(false)
  })

  it('run a request from an EC2 instance as the role of its instance profile', () => {
    const instance = `arn:aws:ec2:ap-northeast-2:${ACC}:instance/i-0123456789abcdef0`
    const r = run({
      kind: 'request',
      request: { principal: instance, action: 's3:GetObject', resource: 'arn:aws:s3:::data/a.csv' },
      expect: 'Allow',
    })
    expect(r).toMatchObject({ ok: true, code: 'identity-allow' })
    const bare = run({
      kind: 'request',
      request: {
        principal: `arn:aws:ec2:ap-northeast-2:${ACC}:instance/i-0fedcba9876543210`,
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::data/a.csv',
      },
      expect: 'Denied',
    })
    expect(bare).toMatchObject({ ok: false, code: 'no-service-session' })
    expect(bare.detail).toMatch(/has no role/)
  })

  it('fail, without throwing, for a request the simulator refuses', () => {
    const r = run({
      kind: 'request',
      request: { principal: 'arn:aws:s3:::data', action: 's3:GetObject', resource: '*' },
      expect: 'Denied',
    })
    expect(r).toMatchObject({ ok: false, code: 'request-invalid' })
  })
})

describe('structural rules', () => {
  it('root-has-mfa and root-has-no-access-keys', () => {
    expect(run({ kind: 'root-has-mfa' })).toMatchObject({ ok: true, code: 'pass' })
    const noMfa = scenario(
      (s) =>
        (s.accounts[0].root = {
          accessKeys: [{ id: 'AKIAROOT0001EXAMPLE1', created: '2020-01-01T00:00:00Z', status: 'Inactive' }],
        }),
    )
    expect(run({ kind: 'root-has-mfa' }, noMfa)).toMatchObject({ ok: false, code: 'root-mfa-missing' })
    expect(run({ kind: 'root-has-no-access-keys' }, noMfa)).toMatchObject({
      ok: false,
      code: 'root-access-keys',
      params: { keys: ['AKIAROOT0001EXAMPLE1'] },
    })
    expect(run({ kind: 'root-has-no-access-keys' })).toMatchObject({ ok: true })
    expect(run({ kind: 'root-has-mfa', account: '999999999999' })).toMatchObject({ ok: false, code: 'unknown-account' })
  })

  it('user-in-group, both ways', () => {
    expect(run({ kind: 'user-in-group', user: 'user/alice', group: 'group/Devs' })).toMatchObject({ ok: true })
    expect(run({ kind: 'user-in-group', user: 'user/bob', group: 'group/Devs' })).toMatchObject({
      ok: false,
      code: 'not-in-group',
      params: { user: 'bob', group: 'Devs' },
    })
    expect(run({ kind: 'user-in-group', user: 'user/alice', group: 'group/Devs', member: false })).toMatchObject({
      ok: false,
      code: 'in-group',
    })
    expect(run({ kind: 'user-in-group', user: `arn:aws:iam::${ACC}:user/alice`, group: 'group/Devs' }).ok).toBe(true)
    expect(run({ kind: 'user-in-group', user: 'user/carol', group: 'group/Devs' })).toMatchObject({
      ok: false,
      code: 'unknown-entity',
      params: { entity: 'user/carol' },
    })
  })

  it('policy-attached-to matches names and ARNs', () => {
    expect(run({ kind: 'policy-attached-to', policy: 'ReadData', entity: 'group/Devs' }).ok).toBe(true)
    expect(
      run({ kind: 'policy-attached-to', policy: `arn:aws:iam::${ACC}:policy/ReadData`, entity: 'group/Devs' }).ok,
    ).toBe(true)
    expect(run({ kind: 'policy-attached-to', policy: 'AmazonS3ReadOnlyAccess', entity: 'role/App' }).ok).toBe(true)
    expect(run({ kind: 'policy-attached-to', policy: 'ReadData', entity: 'user/alice' })).toMatchObject({
      ok: false,
      code: 'policy-not-attached',
    })
    expect(
      run({ kind: 'policy-attached-to', policy: 'ReadData', entity: 'group/Devs', attached: false }),
    ).toMatchObject({
      ok: false,
      code: 'policy-attached',
    })
    expect(run({ kind: 'policy-attached-to', policy: 'NoSuchPolicy', entity: 'group/Devs' })).toMatchObject({
      code: 'unknown-policy',
    })
  })

  it('no-policies-on-users and no-inline-policies-on-users', () => {
    expect(run({ kind: 'no-policies-on-users' })).toMatchObject({
      ok: false,
      code: 'user-policies',
      params: { users: ['bob'] },
    })
    expect(run({ kind: 'no-inline-policies-on-users', users: ['user/alice'] }).ok).toBe(true)
    expect(run({ kind: 'no-inline-policies-on-users' })).toMatchObject({ ok: false, code: 'user-inline-policies' })
  })

  it('no-action-wildcard and no-resource-wildcard name the statements', () => {
    expect(run({ kind: 'no-action-wildcard', targets: ['user/bob'] })).toMatchObject({
      ok: false,
      code: 'action-wildcard',
      params: { statements: ['Everything'] },
    })
    expect(run({ kind: 'no-action-wildcard', targets: ['policy/ReadData'] }).ok).toBe(true)
    const services = run({ kind: 'no-action-wildcard', targets: ['group/Devs'], services: true })
    expect(services).toMatchObject({ ok: false, params: { statements: ['ReadData#Everything'] } })
    expect(services.detail).toBe('ReadData#Everything allows every action of a service')
    expect(run({ kind: 'no-resource-wildcard', targets: ['user/bob', 'group/Devs'] })).toMatchObject({
      ok: false,
      code: 'resource-wildcard',
      params: { statements: ['Everything'] },
    })
    expect(run({ kind: 'no-resource-wildcard', targets: ['policy/Nope'] })).toMatchObject({ code: 'unknown-policy' })
  })

  it('boundary-set, with and without a given policy', () => {
    expect(run({ kind: 'boundary-set', entity: 'role/App' }).ok).toBe(true)
    expect(run({ kind: 'boundary-set', entity: 'role/App', policy: `arn:aws:iam::${ACC}:policy/ReadData` }).ok).toBe(
      true,
    )
    expect(run({ kind: 'boundary-set', entity: 'role/App', policy: 'AmazonS3ReadOnlyAccess' })).toMatchObject({
      ok: false,
      code: 'boundary-other',
    })
    expect(run({ kind: 'boundary-set', entity: 'user/alice' })).toMatchObject({ ok: false, code: 'boundary-missing' })
  })

  it('user-has-mfa', () => {
    expect(run({ kind: 'user-has-mfa', users: ['user/alice'] }).ok).toBe(true)
    expect(run({ kind: 'user-has-mfa', users: ['user/alice', 'user/bob'] })).toMatchObject({
      ok: false,
      code: 'user-mfa-missing',
      params: { users: ['bob'] },
    })
  })

  it('access-key-rotated counts active keys only, by the scenario clock', () => {
    expect(run({ kind: 'access-key-rotated', maxAgeDays: 90 })).toMatchObject({
      ok: false,
      code: 'access-key-old',
      params: { keys: ['bob:AKIABOB00001EXAMPLE1'], days: 517, maxAgeDays: 90 },
    })
    expect(run({ kind: 'access-key-rotated', maxAgeDays: 90, users: ['user/alice'] }).ok).toBe(true)
    expect(run({ kind: 'access-key-rotated', maxAgeDays: 600 }).ok).toBe(true)
  })

  it('password-policy compares each setting given', () => {
    expect(run({ kind: 'password-policy', minimumLength: 12, requireSymbols: true, maxAgeDays: 180 }).ok).toBe(true)
    expect(
      run({ kind: 'password-policy', minimumLength: 14, requireNumbers: true, maxAgeDays: 90, reusePrevention: 5 }),
    ).toMatchObject({
      ok: false,
      code: 'password-policy-weak',
      params: { settings: ['minimumLength', 'requireNumbers', 'maxAgeDays', 'reusePrevention'] },
    })
    const none = scenario((s) => delete s.accounts[0].passwordPolicy)
    expect(run({ kind: 'password-policy', minimumLength: 8 }, none).ok).toBe(true)
    expect(run({ kind: 'password-policy', minimumLength: 9 }, none).ok).toBe(false)
  })

  it('no-audit-findings looks at the named checks only', () => {
    expect(run({ kind: 'no-audit-findings', checks: ['root-mfa', 'root-access-key'] }).ok).toBe(true)
    const found = run({ kind: 'no-audit-findings', checks: ['access-key-age'] })
    expect(found).toMatchObject({ ok: false, code: 'audit-findings', params: { checks: ['access-key-age'] } })
  })

  it('no-unused-services reads the activity log', () => {
    // No activity at all: every granted service is unused.
    expect(run({ kind: 'no-unused-services', principal: 'user/alice' })).toMatchObject({
      ok: false,
      code: 'unused-services',
      params: { services: ['s3'] },
    })
    expect(run({ kind: 'no-unused-services', principal: 'user/bob' })).toMatchObject({
      ok: false,
      params: { services: ['*'] },
    })
  })
})

describe('checkLesson', () => {
  it('is solved when every check passes, with one result per check in order', () => {
    const checks: LessonCheck[] = [
      { kind: 'root-has-mfa', label },
      { kind: 'user-in-group', user: 'user/alice', group: 'group/Devs', label },
    ]
    const solved = checkLesson({ check: checks }, scenario())
    expect(solved.solved).toBe(true)
    expect(solved.results.map((r) => r.kind)).toEqual(['root-has-mfa', 'user-in-group'])
    const unsolved = checkLesson(
      { check: [...checks, { kind: 'user-has-mfa', users: ['user/bob'], label }] },
      scenario(),
    )
    expect(unsolved.solved).toBe(false)
    expect(unsolved.results[2]).toMatchObject({ ok: false, label })
  })
})

describe('applySolution', () => {
  const lesson = { scenario: scenario(), solution: [{ op: 'add' as const, path: '/users/1/groups', value: ['Devs'] }] }

  it('applies the patch to the starting scenario and loads the result', () => {
    const solved = applySolution(lesson)
    expect(solved.ok && solved.scenario.users?.[1]?.groups).toEqual(['Devs'])
    expect(lesson.scenario.users?.[1]?.groups).toBeUndefined()
  })

  it('applies it to a changed scenario, or says which operation no longer fits', () => {
    const changed = scenario((s) => s.users.pop())
    const solved = applySolution(lesson, changed)
    expect(solved.ok ? [] : solved.errors).toEqual([
      { path: '/solution/0', message: 'add /users/1/groups: no array item at /users/1', severity: 'error' },
    ])
  })

  it('reports a result that does not load, at the scenario path', () => {
    const solved = applySolution({ ...lesson, solution: [{ op: 'add', path: '/users/1/groups', value: ['Ops'] }] })
    expect(solved.ok ? [] : solved.errors.map((e) => e.path)).toEqual(['/users/1/groups/0'])
  })
})

describe('applyPatch (RFC 6902: add, replace, remove)', () => {
  const doc = { a: [1, 2], 'b/c': { '~d': 1 } }

  it('adds into arrays (an index inserts, `-` appends) and objects', () => {
    const out = applyPatch(doc, [
      { op: 'add', path: '/a/0', value: 0 },
      { op: 'add', path: '/a/-', value: 3 },
      { op: 'add', path: '/e', value: { f: true } },
    ])
    expect(out).toEqual({ ok: true, value: { a: [0, 1, 2, 3], 'b/c': { '~d': 1 }, e: { f: true } } })
    expect(doc.a).toEqual([1, 2])
  })

  it('unescapes ~1 and ~0, replaces and removes', () => {
    const out = applyPatch(doc, [
      { op: 'replace', path: '/b~1c/~0d', value: 2 },
      { op: 'remove', path: '/a/0' },
    ])
    expect(out).toEqual({ ok: true, value: { a: [2], 'b/c': { '~d': 2 } } })
  })

  it('replaces the whole document at the empty path', () => {
    expect(applyPatch(doc, [{ op: 'replace', path: '', value: [] }])).toEqual({ ok: true, value: [] })
  })

  it('stops at the first operation that cannot apply', () => {
    expect(applyPatch(doc, [{ op: 'replace', path: '/x', value: 1 }])).toEqual({
      ok: false,
      index: 0,
      message: 'replace /x: nothing to replace at /x',
    })
    expect(applyPatch(doc, [{ op: 'remove', path: '/a/2' }])).toMatchObject({ ok: false, index: 0 })
    expect(applyPatch(doc, [{ op: 'add', path: '/a/3', value: 1 }])).toMatchObject({ ok: false })
    expect(applyPatch(doc, [{ op: 'add', path: '/a/01', value: 1 }])).toMatchObject({ ok: false })
    expect(applyPatch(doc, [{ op: 'add', path: '/x/y', value: 1 }])).toMatchObject({
      ok: false,
      message: 'add /x/y: nothing at /x',
    })
    expect(applyPatch(doc, [{ op: 'add', path: 'a', value: 1 }])).toMatchObject({ ok: false })
  })

  it('never writes through a prototype key', () => {
    expect(applyPatch({}, [{ op: 'add', path: '/__proto__/polluted', value: true }])).toMatchObject({ ok: false })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
