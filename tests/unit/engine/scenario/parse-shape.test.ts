// parseScenario's first layers: format and version, migration, field types, hostile keys.
import { describe, expect, it } from 'vitest'
import type { Role, SavedRequest, Scenario } from '../../../../src/engine/scenario/model'
import { formatIssue, migrateScenario, parseScenario } from '../../../../src/engine/scenario/parse'
import { exampleScenario } from '../../../../src/engine/scenario/example'
import { migratableVersions } from '../../../../src/engine/scenario/migrate'
import { errorsAfter, set } from './parse-support'

describe(parseScenario, () => {
  it('accepts the example and returns a fresh, equal copy without warnings', () => {
    const input = exampleScenario()
    const r = parseScenario(input)
    expect(r).toMatchObject({ ok: true, warnings: [] })
    if (!r.ok) return
    expect(r.scenario).toEqual(input)
    expect(r.scenario).not.toBe(input)
    expect(r.scenario.users![0]).not.toBe(input.users![0])
  })

  it('rejects what is not an object', () => {
    const r = parseScenario(['a'])
    expect(r.ok).toBe(false)
    expect(parseScenario(null)).toMatchObject({ ok: false })
    expect(parseScenario('text')).toMatchObject({
      ok: false,
      errors: [{ path: '', message: expect.stringContaining('a scenario is a JSON object') }],
    })
  })

  it('an error means no scenario at all (nothing half-loads)', () => {
    const r = parseScenario({ ...exampleScenario(), users: [{ name: 'ok' }, { name: 42 }] })
    expect(r.ok).toBe(false)
    expect('scenario' in r).toBe(false)
  })

  it('collects every problem, not the first', () => {
    const errors = errorsAfter((s) => {
      set(s.users![0]!, 'name', 42)
      set(s.roles![0]!, 'maxSessionDuration', 60)
      s.accounts[1]!.id = '12'
      s.requests![0]!.expect = 'Deny' as never
    })
    expect(errors).toEqual([
      '/accounts/1/id: "12" is not a 12-digit account ID',
      '/users/0/name: expected a string, found a number',
      '/roles/0/maxSessionDuration: must be from 3600 to 43200 seconds; found 60',
      '/requests/0/expect: must be "Allow", "ExplicitDeny" or "ImplicitDeny"; found "Deny"',
      // A user without a usable name is left out, so references to it fail too; so do those to the renamed account.
      '/requests/0/principal: unknown user "alice"',
      '/requests/1/principal: unknown user "alice"',
      '/organization/managementAccount: unknown account "444455556666": add it to `accounts`',
      '/organization/root/accounts/0: unknown account "444455556666": add it to `accounts`',
    ])
  })
})

describe('format and version', () => {
  it('requires `format`', () => {
    expect(errorsAfter((s) => delete (s as Partial<Scenario>).format)).toEqual([
      'missing `format`: write `"format": "iam-playground/scenario"`',
    ])
  })

  it('rejects another `format`', () => {
    expect(errorsAfter((s) => set(s, 'format', 'aws/iam'))).toEqual([
      '/format: must be "iam-playground/scenario"; found "aws/iam"',
    ])
  })

  it('requires `version`', () => {
    expect(errorsAfter((s) => delete (s as Partial<Scenario>).version)).toEqual([
      'missing `version`: write `"version": 1`',
    ])
  })

  it('explains a version from the future', () => {
    expect(errorsAfter((s) => (s.version = 7))).toEqual([
      '/version: this scenario is version 7, newer than this playground reads (1); open it in a newer version of the playground',
    ])
  })

  it('rejects a version that is not a whole number', () => {
    expect(errorsAfter((s) => set(s, 'version', '1'))).toEqual([
      '/version: `version` must be a whole number; found "\\"1\\""',
    ])
    expect(errorsAfter((s) => (s.version = 1.5))).toHaveLength(1)
  })
})

describe(migrateScenario, () => {
  /** The pre-release shape: no `format`, and users list their groups in `groupNames`. */
  const v0 = () => {
    const rest: Partial<Scenario> = exampleScenario()
    delete rest.format
    return {
      ...rest,
      version: 0,
      users: rest.users!.map(({ groups, ...u }) => (groups ? { ...u, groupNames: groups } : u)),
    }
  }

  it('lifts version 0 to version 1 without touching its input', () => {
    const old = v0()
    const before = JSON.stringify(old)
    const m = migrateScenario(old)
    expect(m).toMatchObject({ ok: true, from: 0 })
    expect(JSON.stringify(old)).toBe(before)
    if (m.ok) expect(m.value).toEqual(exampleScenario())
  })

  it('loads version 0 through parseScenario, with a warning', () => {
    const r = parseScenario(v0())
    expect(r.ok).toBe(true)
    expect(r.warnings.map(formatIssue)).toEqual([
      '/version: migrated from version 0 to 1; save it again to keep the new form',
    ])
    if (r.ok) expect(r.scenario.users![0]!.groups).toEqual(['developers'])
  })

  it('reports problems of a migrated document at their new place', () => {
    const old = v0()
    old.users[0] = { ...old.users[0]!, groupNames: ['devs'] } as never
    const r = parseScenario(old)
    expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual(['/users/0/groups/0: unknown group "devs"'])
  })

  it('has a step for every version below the current one', () => {
    expect(migratableVersions()).toEqual([0])
    expect(migrateScenario({ version: 1 })).toMatchObject({ ok: true, from: 1 })
  })

  it('`groupNames` in a version 1 document gets a pointed message', () => {
    expect(errorsAfter((s) => set(s.users![0]!, 'groupNames', ['developers']))).toEqual([
      '/users/0/groupNames: `groupNames` is the pre-release (version 0) spelling: write `groups`',
    ])
  })
})

describe('field types', () => {
  it('names the path, the expected and the found type', () => {
    expect(errorsAfter((s) => set(s, 'accounts', {}))).toContain('/accounts: expected an array, found an object')
    expect(errorsAfter((s) => set(s.users![0]!, 'tags', { team: 7 }))).toEqual([
      '/users/0/tags/team: expected a string, found a number',
    ])
    expect(errorsAfter((s) => set(s.environment!, 'mfa', 'yes'))).toEqual([
      '/environment/mfa: expected `true` or `false`, found a string',
    ])
  })

  it('reports unknown properties, suggesting a near name', () => {
    expect(errorsAfter((s) => set(s.users![0]!, 'managedPolicy', []))).toEqual([
      '/users/0/managedPolicy: unknown property `managedPolicy` in a user (did you mean `managedPolicies`?)',
    ])
    expect(errorsAfter((s) => set(s.roles![0]!, 'color', 'red'))).toEqual([
      '/roles/0/color: unknown property `color` in a role',
    ])
  })

  it('accepts `$schema` at the top', () => {
    expect(errorsAfter((s) => set(s, '$schema', './scenario.schema.json'))).toEqual([])
  })

  it('requires a trust policy on every role', () => {
    expect(errorsAfter((s) => delete (s.roles![1] as Partial<Role>).trustPolicy)).toEqual([
      '/roles/1: missing `trustPolicy`: every role needs a trust policy saying who may assume it',
    ])
  })

  it('checks localized text', () => {
    expect(errorsAfter((s) => set(s, 'title', { ko: '제목' }))).toEqual(['/title: missing `en` (a localized text)'])
    expect(errorsAfter((s) => set(s, 'title', 3))).toEqual([
      '/title: expected a string or `{ "en": …, "ko": … }`, found a number',
    ])
  })

  it('checks dates are ISO 8601', () => {
    expect(errorsAfter((s) => (s.users![0]!.accessKeys![0]!.created = '15/01/2024'))).toEqual([
      '/users/0/accessKeys/0/created: "15/01/2024" is not an ISO 8601 date (`2024-05-01T12:00:00Z`)',
    ])
    expect(errorsAfter((s) => (s.environment!.time = '2024-13-01T00:00:00Z'))).toHaveLength(1)
    expect(errorsAfter((s) => (s.users![0]!.createdAt = '2024-02-29'))).toEqual([])
    expect(errorsAfter((s) => (s.users![0]!.createdAt = '2024-02-29T10:00:00.123+09:00'))).toEqual([])
  })

  it('checks request context values', () => {
    expect(errorsAfter((s) => (s.requests![0]!.context = { 'aws:PrincipalTag/team': ['a', 'b'] }))).toEqual([])
    expect(errorsAfter((s) => set(s.requests![0]!, 'context', { 'aws:MultiFactorAuthAge': 30 }))).toEqual([
      '/requests/0/context/aws:MultiFactorAuthAge: expected a string or an array of strings, found a number',
    ])
  })

  it('checks the environment', () => {
    expect(
      errorsAfter((s) => {
        s.environment!.sourceIp = '300.1.1.1'
        s.environment!.region = 'US East'
        s.environment!.mfaAge = -1
      }),
    ).toEqual([
      '/environment/sourceIp: "300.1.1.1" is not an IPv4 or IPv6 address',
      '/environment/region: "US East" is not a region name (`us-east-1`)',
      '/environment/mfaAge: must be at least 0; found -1',
    ])
    expect(errorsAfter((s) => (s.environment!.sourceIp = '2001:db8::1'))).toEqual([])
  })

  it('requires principal, action and resource strings in requests', () => {
    expect(
      errorsAfter((s) => {
        delete (s.requests![0] as Partial<SavedRequest>).principal
        s.requests![1]!.action = 'GetObject'
        set(s.requests![2]!, 'resource', ['*'])
      }),
    ).toEqual([
      '/requests/0: missing `principal` (a request)',
      '/requests/1/action: "GetObject" is not an action (`service:Action`)',
      '/requests/2/resource: expected a string, found an array',
    ])
  })
})

describe('hostile and non-JSON input', () => {
  it('rejects `__proto__`, `constructor` and `prototype` keys anywhere', () => {
    const raw = JSON.parse(
      JSON.stringify(exampleScenario())
        .replace('"tags":{"team"', '"tags":{"__proto__":{"x":1},"team"')
        .replace('"Version":"2012-10-17"', '"constructor":1,"Version":"2012-10-17"'),
    )
    raw.prototype = 'p'
    const r = parseScenario(raw)
    expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual([
      '/organization/policies/0/document/constructor: the key "constructor" is not allowed anywhere in a scenario',
      '/users/0/tags/__proto__: the key "__proto__" is not allowed anywhere in a scenario',
      '/prototype: the key "prototype" is not allowed anywhere in a scenario',
    ])
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('stops at cycles and deep nesting without throwing', () => {
    const s = exampleScenario() as unknown as Record<string, unknown>
    s.loop = s
    const r = parseScenario(s)
    expect(r.ok ? [] : r.errors.map(formatIssue)[0]).toMatch(
      /nested more than 64 levels deep here \(or holds a cycle\)$/,
    )
  })

  it('rejects values JSON cannot hold', () => {
    expect(errorsAfter((s) => set(s.environment!, 'mfaAge', Number.NaN))).toContain(
      '/environment/mfaAge: NaN is not a JSON number',
    )
    expect(errorsAfter((s) => set(s, 'description', () => 1))).toContain(
      '/description: a function cannot be stored in JSON',
    )
    expect(errorsAfter((s) => set(s.users![0]!, 'createdAt', new Date(0)))).toEqual([
      '/users/0/createdAt: expected an ISO 8601 date, found a Date object',
    ])
  })
})
