// The lookups of ./lookup.ts, memoized per scenario index, plus name maps of users and roles and the sessions: built
// once per simulation (or once per `whoCan` sweep), so resolving thousands of principals stays linear.
import { accountOf, policyArn, roleArn, sessionArn, userArn } from '../scenario/arns'
import * as lookup from '../scenario/lookup'
import { awsManagedPoliciesLoaded, awsManagedSource } from '../scenario/aws-managed'
import {
  isAwsManagedCopy,
  type Group,
  type ManagedPolicy,
  type Role,
  type Scenario,
  type Session,
  type User,
} from '../scenario/model'

/** A managed policy found for a reference: its default version's document. */
export type FoundManagedPolicy = lookup.ResolvedPolicy

/**
 * The scenario's entities, indexed. Built by {@link indexScenario}; the maps fill on first use (a single simulation
 * touches a few entities of what may be thousands). The scenario must never change in place: its index outlives the
 * call that made it.
 */
export interface ScenarioIndex {
  scenario: Scenario
  /** The first account: the default for entities and short references that name none. */
  defaultAccount: string
  /** Session ARN → session (the scenario's, then the extra ones passed to `simulate`, which win). */
  sessions: Map<string, Session>
  /** `ACCOUNT/NAME` → the first user / role of that name in that account (filled on first use). */
  usersByName?: Map<string, User>
  rolesByName?: Map<string, Role>
  roleArns: Map<Role, string>
  userArns: Map<User, string>
  memo: Map<string, unknown>
}

// One index per scenario object, kept while the scenario lives: scenarios are values (edits copy), and the worker
// keeps the account resident, so every question about the same version finds the lookups made by the ones before.
const indexes = new WeakMap<Scenario, ScenarioIndex>()

/** Lookups an index remembers before it starts over (a long audit asks about many resources). */
const MEMO_LIMIT = 100_000

/**
 * Indexes the scenario; `extraSessions` are added after (and win over) the scenario's own sessions. Without extra
 * sessions the index is the scenario's own, built once and shared by every call about that scenario object.
 */
export function indexScenario(scenario: Scenario, extraSessions: readonly Session[] = []): ScenarioIndex {
  if (extraSessions.length > 0) return buildIndex(scenario, extraSessions)
  let ix = indexes.get(scenario)
  if (!ix) indexes.set(scenario, (ix = buildIndex(scenario, extraSessions)))
  return ix
}

function buildIndex(scenario: Scenario, extraSessions: readonly Session[]): ScenarioIndex {
  const ix: ScenarioIndex = {
    scenario,
    defaultAccount: scenario.accounts[0]?.id ?? '000000000000',
    sessions: new Map(),
    roleArns: new Map(),
    userArns: new Map(),
    memo: new Map(),
  }
  for (const session of [...(scenario.sessions ?? []), ...extraSessions]) {
    const role = findRole(ix, session.role)
    if (role) ix.sessions.set(sessionArn(accountOf(scenario, role), role.name, session.sessionName), session)
  }
  return ix
}

function byName<T extends { name: string; account?: string }>(scenario: Scenario, items: T[] | undefined) {
  const map = new Map<string, T>()
  for (const item of items ?? []) {
    const k = `${accountOf(scenario, item)}/${item.name}`
    // First definition wins: a duplicate name would be rejected by IAM and is reported by the scenario parser.
    if (!map.has(k)) map.set(k, item)
  }
  return map
}

const IAM_ARN = /^arn:[^:]+:iam::(\d{12}):(?:user|role)\/(?:.*\/)?([^/]+)$/

// A lookup reads one list of the scenario (users, roles, groups, policies or resources) and its first account (the
// default), so it is remembered per list object: a version that changed other lists (an edit, or each change that
// what-would-allow tries) reuses the lookups of the lists it kept. `epoch` is what else the answer depends on (the
// bundled AWS managed policies): a new one starts the list's lookups over.
const byList = new WeakMap<object, { epoch: unknown; memo: Map<string, unknown> }>()

function remembered<T>(memo: Map<string, unknown>, key: string, make: () => T): T {
  if (memo.has(key)) return memo.get(key) as T
  const value = make()
  if (memo.size >= MEMO_LIMIT) memo.clear()
  memo.set(key, value)
  return value
}

function memo<T>(ix: ScenarioIndex, list: readonly object[] | undefined, key: string, make: () => T, epoch?: unknown) {
  if (!list) return remembered(ix.memo, key, make)
  let held = byList.get(list)
  if (!held || held.epoch !== epoch) byList.set(list, (held = { epoch, memo: new Map() }))
  return remembered(held.memo, `${ix.scenario.accounts[0]?.id} ${key}`, make)
}

/** What a managed policy lookup depends on besides the scenario: the bundled AWS managed policies installed. */
export function awsEpoch(): unknown {
  return awsManagedPoliciesLoaded() ? awsManagedSource() : undefined
}

/** A user by ARN, or by name (in `account` when given; see {@link lookup.findUser}). */
export function findUser(ix: ScenarioIndex, ref: string, account?: string): User | undefined {
  if (ref.startsWith('arn:')) {
    const m = IAM_ARN.exec(ref)
    const user =
      m &&
      (ix.usersByName ??= memo(ix, ix.scenario.users, 'by name', () => byName(ix.scenario, ix.scenario.users))).get(
        `${m[1]}/${m[2]}`,
      )
    return user && arnOfUser(ix, user) === ref ? user : undefined
  }
  return memo(ix, ix.scenario.users, `user ${account ?? ''} ${ref}`, () => lookup.findUser(ix.scenario, ref, account))
}

/**
 * A role by ARN, or by name: in `account` when given (a session ARN names its role without the path), else as
 * {@link lookup.findRole} finds it.
 */
export function findRole(ix: ScenarioIndex, ref: string, account?: string): Role | undefined {
  const roles = () =>
    (ix.rolesByName ??= memo(ix, ix.scenario.roles, 'by name', () => byName(ix.scenario, ix.scenario.roles)))
  if (ref.startsWith('arn:')) {
    const m = IAM_ARN.exec(ref)
    const role = m && roles().get(`${m[1]}/${m[2]}`)
    return role && arnOfRole(ix, role) === ref ? role : undefined
  }
  if (account !== undefined) return roles().get(`${account}/${ref}`)
  return memo(ix, ix.scenario.roles, `role ${ref}`, () => lookup.findRole(ix.scenario, ref))
}

/** A group by name in the given account (groups hold users of their own account only). */
export function findGroup(ix: ScenarioIndex, name: string, account: string): Group | undefined {
  return memo(ix, ix.scenario.groups, `group ${account} ${name}`, () => lookup.findGroup(ix.scenario, name, account))
}

/** The customer managed policies (copies of AWS managed ones excepted) by ARN (first wins) and by name. */
interface CustomerPolicies {
  byArn: Map<string, ManagedPolicy>
  byName: Map<string, ManagedPolicy[]>
}

function customerPolicies(ix: ScenarioIndex): CustomerPolicies {
  // The same epoch as findManagedPolicy's, whose memo of the same list this shares: with another one, each call
  // would find the other's epoch, start the list's memo over and build this map again (thousands of times over a
  // large account's attachments).
  const epoch = awsEpoch()
  return memo(
    ix,
    ix.scenario.policies,
    'customer policies',
    () => {
      const out: CustomerPolicies = { byArn: new Map(), byName: new Map() }
      for (const policy of ix.scenario.policies ?? []) {
        if (isAwsManagedCopy(policy)) continue
        const arn = policyArn(ix.scenario, policy)
        if (!out.byArn.has(arn)) out.byArn.set(arn, policy)
        out.byName.set(policy.name, [...(out.byName.get(policy.name) ?? []), policy])
      }
      return out
    },
    epoch,
  )
}

/**
 * A managed policy by ARN or name ({@link lookup.findManagedPolicy}), memoized; customer managed policies are found
 * through a map built once per index, so resolving thousands of attachments stays linear.
 */
export function findManagedPolicy(ix: ScenarioIndex, ref: string, account: string): FoundManagedPolicy | undefined {
  return memo(
    ix,
    ix.scenario.policies,
    `policy ${account} ${ref}`,
    () => {
      const { byArn, byName } = customerPolicies(ix)
      const { scenario } = ix
      let customer: ManagedPolicy | undefined
      if (ref.startsWith('arn:')) customer = byArn.get(ref)
      else {
        const named = (byName.get(ref) ?? []).filter((p) => !account || accountOf(scenario, p) === account)
        customer = named.find((p) => accountOf(scenario, p) === scenario.accounts[0]?.id) ?? named[0]
      }
      if (customer) return lookup.resolved(scenario, customer, 'customer')
      return lookup.findManagedPolicy(scenario, ref, account)
    },
    awsEpoch(),
  )
}

/** The resource entries of an ARN ({@link lookup.findResource}), memoized. */
export function findResource(ix: ScenarioIndex, arn: string): lookup.ResourceMatch | undefined {
  return memo(ix, ix.scenario.resources, `resource ${arn}`, () => lookup.findResource(ix.scenario, arn))
}

/** The role's ARN (cached). */
export function arnOfRole(ix: ScenarioIndex, role: Role): string {
  let arn = ix.roleArns.get(role)
  if (arn === undefined) ix.roleArns.set(role, (arn = roleArn(ix.scenario, role)))
  return arn
}

/** The user's ARN (cached). */
export function arnOfUser(ix: ScenarioIndex, user: User): string {
  let arn = ix.userArns.get(user)
  if (arn === undefined) ix.userArns.set(user, (arn = userArn(ix.scenario, user)))
  return arn
}
