// The changes between two versions of a scenario, applied on the other side of a worker boundary (a structured clone
// of the older version): they give back the newer version, and everything unchanged is the other side's own object.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ok } from '../../../helpers/edits'
import {
  applyScenarioChanges,
  ChangesMismatchError,
  createUser,
  exampleScenario,
  noChanges,
  putInlinePolicy,
  scenarioChanges,
  type Scenario,
  type User,
} from '../../../../src/engine/index'

/** `next` as the worker rebuilds it: the changes from `base`, cloned across, applied to its clone of `base`. */
function across(base: Scenario, next: Scenario): { held: Scenario; rebuilt: Scenario } {
  const held = structuredClone(base)
  const rebuilt = applyScenarioChanges(held, structuredClone(scenarioChanges(base, next)))
  return { held, rebuilt }
}

describe('scenarioChanges and applyScenarioChanges', () => {
  const base = exampleScenario()

  it('say nothing changed for the same object, and give back the held one', () => {
    const changes = scenarioChanges(base, base)
    expect(noChanges(changes)).toBe(true)
    expect(applyScenarioChanges(base, changes)).toBe(base)
  })

  it('send one edited user, and reuse every other object the other side holds', () => {
    const next = ok(
      putInlinePolicy(base, {
        kind: 'user',
        identity: 'bob',
        name: 'Extra',
        document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }] },
      }),
    )
    const changes = scenarioChanges(base, next)
    // Only the users list changed, and only bob is sent: alice is kept by her place in the older list.
    expect(Object.keys(changes.lists ?? {})).toEqual(['users'])
    expect(changes.set).toBeUndefined()
    const bob = next.users!.findIndex((u) => u.name === 'bob')
    const alice = next.users!.findIndex((u) => u.name === 'alice')
    expect(JSON.stringify(changes.lists!.users)).not.toContain('"alice"')

    const { held, rebuilt } = across(base, next)
    expect(rebuilt).toEqual(next)
    expect(rebuilt).not.toBe(held)
    expect(rebuilt.users![alice]).toBe(held.users![alice])
    expect(rebuilt.users![bob]).not.toBe(held.users![bob])
    expect(rebuilt.roles).toBe(held.roles)
    expect(rebuilt.policies).toBe(held.policies)
    expect(rebuilt.organization).toBe(held.organization)
    // The older version on the other side is left as it was.
    expect(held).toEqual(base)
  })

  it('keep the older elements around an inserted one, and send the rest of a list whole when nothing is kept', () => {
    const next = ok(createUser(base, { name: 'carol' }))
    const { held, rebuilt } = across(base, next)
    expect(rebuilt).toEqual(next)
    for (const [i, user] of next.users!.entries()) {
      const before = base.users!.indexOf(user)
      if (before >= 0) expect(rebuilt.users![i]).toBe(held.users![before])
    }
    const replaced = { ...base, roles: structuredClone(base.roles) }
    const changes = scenarioChanges(base, replaced)
    expect(changes.lists).toBeUndefined()
    expect(changes.set?.roles).toBe(replaced.roles)
  })

  it('remove fields the newer version lacks and add the ones it gains', () => {
    const next: Scenario = { ...base, description: 'now described' }
    delete next.organization
    const changes = scenarioChanges(base, next)
    expect(changes.unset).toEqual(['organization'])
    const { rebuilt } = across(base, next)
    expect(rebuilt).toEqual(next)
    expect('organization' in rebuilt).toBe(false)
  })

  it('refuse pieces that reach past the end of the held list', () => {
    const changes = { lists: { users: [{ keep: [0, 99] as [number, number] }] } }
    expect(() => applyScenarioChanges(base, changes)).toThrow(ChangesMismatchError)
  })

  it('rebuild any list edit: inserts, removals, replacements and moves', () => {
    const user = (name: string): User => ({ name, tags: { n: name } })
    const older = Array.from({ length: 12 }, (_, i) => user(`u${i}`))
    const start: Scenario = { ...base, users: older }
    // Each step: keep an older element (by index) or put a new one.
    const step = fc.oneof(
      fc.nat({ max: 11 }),
      fc.string({ maxLength: 4 }).map((s) => user(`new-${s}`)),
    )
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const users = steps.map((s) => (typeof s === 'number' ? older[s]! : s))
        const next: Scenario = { ...start, users }
        const { held, rebuilt } = across(start, next)
        expect(rebuilt).toEqual(next)
        users.forEach((u, i) => {
          const j = older.indexOf(u)
          if (j >= 0) expect(rebuilt.users![i]).toBe(held.users![j])
        })
      }),
    )
  })
})
