// The migration ladder: a scenario of any known older version is lifted one version at a time to the current one.
import { SCENARIO_FORMAT, SCENARIO_VERSION } from './model'
import { at, issue, q, type ScenarioIssue } from './issues'
import type { ScenarioMessage } from '../messages/scenario.en'
import { scenarioMessage } from '../messages/scenario'

export { SCENARIO_FORMAT }

type Doc = Record<string, unknown>

/**
 * One step per old version: `STEPS[n]` turns a version-n document into a version-(n+1) document without
 * mutating its input. Add a step here (and a test) whenever {@link SCENARIO_VERSION} goes up.
 */
const STEPS: Record<number, (doc: Doc) => Doc> = {
  // Version 0 is the pre-release shape: no `format`, and a user's groups were listed in `groupNames`.
  0: (doc) => {
    const users = Array.isArray(doc.users)
      ? doc.users.map((u: unknown) => {
          if (!isPlainObject(u) || !('groupNames' in u) || 'groups' in u) return u
          const { groupNames, ...rest } = u
          return { ...rest, groups: groupNames }
        })
      : doc.users
    const next: Doc = { format: SCENARIO_FORMAT, ...doc, version: 1 }
    if (users !== undefined) next.users = users
    return next
  },
}

/** The result of {@link migrateScenario}: the document at the current version, or why it cannot be. */
export type Migration = { ok: true; value: unknown; from: number } | { ok: false; error: ScenarioIssue }

const fail = (path: string, message: ScenarioMessage): Migration => ({
  ok: false,
  error: issue(path, message, 'error'),
})

/**
 * Lifts a scenario document of an older version to {@link SCENARIO_VERSION}, step by step, without mutating it.
 * Fails on a missing, malformed or newer `version`. Documents that are not objects pass through untouched (the
 * shape check reports them).
 */
export function migrateScenario(raw: unknown): Migration {
  if (!isPlainObject(raw)) return { ok: true, value: raw, from: SCENARIO_VERSION }
  const version = raw.version
  if (version === undefined) return fail('', scenarioMessage('scenario.missingVersion', { version: SCENARIO_VERSION }))
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail(at('', 'version'), scenarioMessage('scenario.badVersion', { found: q(JSON.stringify(version)) }))
  }
  if (version > SCENARIO_VERSION) {
    return fail(at('', 'version'), scenarioMessage('scenario.newerVersion', { version, current: SCENARIO_VERSION }))
  }
  let doc: Doc = raw
  for (let v = version; v < SCENARIO_VERSION; v++) {
    const step = STEPS[v]
    // INVARIANT: every version below SCENARIO_VERSION has a step (tested).
    if (!step) throw new Error(`no migration from scenario version ${v}`)
    doc = step(doc)
  }
  return { ok: true, value: doc, from: version }
}

/** The versions {@link migrateScenario} can lift, oldest first. */
export function migratableVersions(): number[] {
  return Object.keys(STEPS)
    .map(Number)
    .sort((a, b) => a - b)
}

/** An object literal or `Object.create(null)`: not an array, a class instance or null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
