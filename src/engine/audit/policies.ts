// The scenario's policy documents with who holds them, parsed once per audit, and what their statements cover.
//
// Coverage is decided on the parsed statements with the validator's wildcard-cover test (glob-cover.ts):
// - an `Action` value covers every action when it matches every `service:action` text (`*`, `*:*`);
// - an `Allow` with `NotAction` grants every action except the listed ones (IAM User Guide, NotAction), so it
//   covers an action unless one of its values matches that action; likewise `NotResource` for resources;
// - conditions never widen a grant, so a statement with conditions covers what it names only when they hold:
//   checks report such statements with a lower severity instead of ignoring them.
import { accountOf } from '../scenario/arns'
import { findManagedPolicy, indexScenario } from '../account/resolve-lookup'
import { isAwsManagedCopy, type PolicyBody, type Scenario } from '../scenario/model'
import { compiled } from '../evaluate/compile'
import { compileGlob, type Matcher } from '../match/wildcard'
import type { PolicyKind } from '../policy/kinds'
import type { Policy, Statement } from '../policy/model'
import { arnCovers, arnGlob, covers, glob } from '../validate/glob-cover'
import { identityEntity } from './context'
import type { FindingEntity } from './types'

/** One policy document of the scenario and where it is. */
export interface PolicyAt {
  /** The entity that holds it (the user of an inline policy, the managed policy itself, the role of a trust policy). */
  holder: FindingEntity
  /** The policy's name: inline or managed name, `trust policy`, `resource policy`, the SCP's name. */
  name: string
  where: 'inline' | 'managed' | 'trust' | 'resource' | 'org'
  /** The account the policy lives in. */
  account: string
  body: PolicyBody
  /** Managed policies: the version, and whether it is the default (the one in force). */
  version?: string
  isDefault?: boolean
}

/** Parses a policy body once per kind, sharing the evaluator's compile cache (text by value, objects by identity). */
export function parsedPolicy(body: PolicyBody, kind: PolicyKind): Policy {
  return compiled(body, kind).policy
}

/** The scenario's users, groups and roles: each list with its kind. */
function identityLists(scenario: Scenario) {
  return [
    ['user', scenario.users ?? []],
    ['group', scenario.groups ?? []],
    ['role', scenario.roles ?? []],
  ] as const
}

/**
 * The identity-based policies in force: inline policies of users, groups and roles, and the default version of each
 * customer managed policy (copies of AWS managed policies are AWS's, not the account's, and are left out).
 */
export function identityPolicies(scenario: Scenario): PolicyAt[] {
  const out: PolicyAt[] = []
  for (const [kind, list] of identityLists(scenario)) {
    for (const entity of list) {
      for (const p of entity.inlinePolicies ?? []) {
        out.push({
          holder: identityEntity(scenario, kind, entity),
          name: p.name,
          where: 'inline',
          account: accountOf(scenario, entity),
          body: p.document,
        })
      }
    }
  }
  for (const policy of scenario.policies ?? []) {
    if (isAwsManagedCopy(policy)) continue
    const version = policy.versions.find((v) => v.isDefault === true)
    if (!version) continue
    out.push({
      holder: identityEntity(scenario, 'policy', policy),
      name: policy.name,
      where: 'managed',
      account: accountOf(scenario, policy),
      body: version.document,
      version: version.id,
      isDefault: true,
    })
  }
  return out
}

/** The users, groups and roles each customer managed policy (by ARN) is attached to, as permissions. */
export function attachments(scenario: Scenario): Map<string, FindingEntity[]> {
  const out = new Map<string, FindingEntity[]>()
  const ix = indexScenario(scenario)
  for (const [kind, list] of identityLists(scenario)) {
    for (const entity of list) {
      for (const ref of entity.managedPolicies ?? []) {
        const found = findManagedPolicy(ix, ref, accountOf(scenario, entity))
        if (!found || found.source !== 'customer') continue
        const list = out.get(found.arn) ?? []
        list.push(identityEntity(scenario, kind, entity))
        out.set(found.arn, list)
      }
    }
  }
  return out
}

/** A short, language-neutral label of a statement: `#2`, or `#2 (Sid)`. */
export function statementLabel(s: Statement): string {
  return s.sid?.value ? `#${s.index + 1} (${s.sid.value})` : `#${s.index + 1}`
}

const EVERY_ACTION = glob('*:*')
const EVERY = glob('*')

/** True when an `Action` value matches every action (`*`, `*:*`). */
export function isEveryAction(value: string): boolean {
  return covers(glob(value, true), EVERY_ACTION)
}

/** How much of something a statement's element grants: all of it, all but some (the `Not…` form), or some. */
export type Coverage = 'all' | 'allBut' | 'some'

/** How much of the action space an `Allow` statement grants. */
export function actionCoverage(s: Statement): Coverage {
  if (s.notAction) return s.notAction.some((a) => isEveryAction(a.value)) ? 'some' : 'allBut'
  return (s.action ?? []).some((a) => isEveryAction(a.value)) ? 'all' : 'some'
}

/** How much of the resource space a statement grants (`Resource: "*"`; `NotResource` grants all but). */
export function resourceCoverage(s: Statement): Coverage {
  if (s.notResource) return s.notResource.some((r) => covers(glob(r.value), EVERY)) ? 'some' : 'allBut'
  return (s.resource ?? []).some((r) => covers(glob(r.value), EVERY)) ? 'all' : 'some'
}

const actionMatchers = new Map<string, Matcher>()

/** An `Action` value as a case-insensitive matcher, compiled once (AWS managed policies repeat thousands of them). */
function actionMatcher(value: string): Matcher {
  let m = actionMatchers.get(value)
  if (!m) {
    if (actionMatchers.size > 20_000) actionMatchers.clear()
    actionMatchers.set(value, (m = compileGlob(value, true)))
  }
  return m
}

/** True when the statement's actions include `action` (an `Action` value matches it, or no `NotAction` value does). */
export function grantsAction(s: Statement, action: string): boolean {
  if (s.notAction) return !s.notAction.some((a) => actionMatcher(a.value)(action))
  return (s.action ?? []).some((a) => actionMatcher(a.value)(action))
}

const allowed = new WeakMap<Policy, Map<string, boolean>>()

/** True when some `Allow` statement of the policy grants `action`, whatever its resources and conditions (memoized). */
export function allowsAction(policy: Policy, action: string): boolean {
  let known = allowed.get(policy)
  if (!known) allowed.set(policy, (known = new Map()))
  let hit = known.get(action)
  if (hit === undefined) {
    hit = policy.statements.some((s) => s.effect === 'Allow' && grantsAction(s, action))
    known.set(action, hit)
  }
  return hit
}

/**
 * True when the statement's resources include every resource matching `pattern` (an ARN pattern such as
 * `arn:aws:iam::111122223333:role/*`): a `Resource` value covers it, or — for `NotResource` — no value covers it
 * entirely (a `NotResource` value that takes out only some of them still leaves most: reported as covering).
 */
export function grantsEvery(s: Statement, pattern: string): boolean {
  const target = arnGlob(pattern)
  if (s.notResource) return !s.notResource.some((r) => arnCovers(arnGlob(r.value), target))
  return (s.resource ?? []).some((r) => arnCovers(arnGlob(r.value), target))
}

/** The condition keys of a statement, lower-cased. */
export function conditionKeys(s: Statement): string[] {
  return s.conditions.map((c) => c.key.toLowerCase())
}
