// What a change's impact is measured on: every principal × the actions its own identity-based policies name × the
// resources those statements name, collected from the scenario before and after the change (a policy detached
// before still counts: its actions are what was lost).
import { principalPolicies, resolvePrincipal } from '../account/resolve'
import { indexScenario } from '../account/resolve-lookup'
import type { CatalogSnapshot } from '../catalog/types'
import { LIMITS } from '../errors'
import { ACTION_NAME } from '../evaluate/input'
import { resourceMatches } from '../match/arn'
import { matrixPrincipals, type MatrixPrincipal } from '../matrix/principals'
import type { Policy } from '../policy/model'
import { parsePolicy } from '../policy/parse'
import type { Scenario } from '../scenario/model'

/** How far wildcards are made concrete (beyond this, the pattern stays as written). */
export const IMPACT_LIMITS = {
  /** A wildcard action covering at most this many catalog actions is listed action by action. */
  maxExpandedActions: 12,
  /** A resource pattern matching at most this many of the scenario's resources is listed resource by resource. */
  maxExpandedResources: 20,
} as const

/** One principal the impact covers, as the matrix names its rows. */
export type ImpactPrincipal = Pick<MatrixPrincipal, 'kind' | 'ref' | 'label'> & {
  /** The entity's name (`jiwoo`; for a session `ROLE/SESSION`), for sentences. */
  name: string
}

/** The cells of one resource: which principals name which actions on it. */
export interface ImpactGroup {
  resource: string
  /** Principal refs (ARNs), in principal order. */
  principals: string[]
  /** Every action any of them names on this resource, sorted. */
  actions: string[]
  /** For each principal, the indexes (into `actions`) of the actions it names here. */
  cells: number[][]
}

/** Whether an action or ARN has `*` or `?`. */
function hasWildcard(text: string): boolean {
  return /[*?]/.test(text)
}

/**
 * The action a request asks for in place of a wildcard kept as written: every `*` and `?` of the pattern becomes
 * `_`, a character no AWS action name holds. Policies' wildcards that cover the whole pattern (`s3:*` for `s3:Get*`)
 * match it and names of single actions do not, so its decision is that of the actions the pattern covers that no
 * policy names one by one. Undefined for text that is no action pattern.
 */
export function standInAction(pattern: string): string | undefined {
  const text = pattern === '*' ? '*:*' : pattern
  const colon = text.indexOf(':')
  if (colon <= 0) return undefined
  const service = text.slice(0, colon).replace(/[*?]/g, 'x')
  const name = text.slice(colon + 1).replace(/[*?]/g, '_')
  const action = `${service}:${name}`
  return ACTION_NAME.test(action) ? action : undefined
}

/** `*`/`?` wildcard test, case-insensitive, as actions match. */
function actionMatcher(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${body}$`, 'i')
}

/**
 * The actions a policy's `Action` value stands for here: itself when exact; a wildcard's catalog actions when it
 * covers few enough (`s3:GetObject*`); else the pattern as written (`s3:*`, `*`), decided by {@link standInAction}.
 */
export function impactActions(value: string, catalog?: CatalogSnapshot): string[] {
  const text = value.trim()
  if (!hasWildcard(text)) return ACTION_NAME.test(text) ? [text] : []
  const colon = text.indexOf(':')
  const service = colon > 0 ? text.slice(0, colon) : ''
  if (catalog && service && !hasWildcard(service)) {
    const all = catalog.actions(service.toLowerCase())
    if (all) {
      const test = actionMatcher(text.slice(colon + 1))
      const found = all.filter((a) => test.test(a.name)).map((a) => `${service.toLowerCase()}:${a.name}`)
      if (found.length > 0 && found.length <= IMPACT_LIMITS.maxExpandedActions) return found
    }
  }
  return standInAction(text) ? [text] : []
}

/** The services whose catalog an impact needs, to expand the wildcard actions the two scenarios' policies name. */
export function impactCatalogServices(before: Scenario, after: Scenario): string[] {
  const services = new Set<string>()
  collect(before, after, (_, action) => {
    const colon = action.indexOf(':')
    if (hasWildcard(action) && colon > 0 && !hasWildcard(action.slice(0, colon)))
      services.add(action.slice(0, colon).toLowerCase())
  })
  return [...services].sort()
}

/**
 * Calls `visit` for every principal (users, roles, sessions of either scenario) and every action value and resource
 * value of the `Action` statements of its identity-based policies (its own, its groups', its role's). `NotAction`
 * statements name no action of their own and are left out; `NotResource` or a missing `Resource` counts as `*`.
 */
function collect(
  before: Scenario,
  after: Scenario,
  visit: (principal: ImpactPrincipal, action: string, resource: string) => void,
): ImpactPrincipal[] {
  const principals = impactPrincipals(before, after)
  // A group's or managed policy's text is read once, however many principals it reaches.
  const parsed = new Map<string, Policy>()
  const parse = (text: string) => {
    let policy = parsed.get(text)
    if (!policy) parsed.set(text, (policy = parsePolicy(text)))
    return policy
  }
  for (const scenario of [before, after]) {
    const ix = indexScenario(scenario)
    for (const p of principals) {
      const resolved = resolvePrincipal(ix, p.ref)
      if (!resolved.known) continue
      for (const { policy } of principalPolicies(ix, resolved).identity) {
        const doc = policy.text !== undefined ? parse(policy.text) : parsePolicy(policy.document)
        if (doc.invalid) continue
        for (const st of doc.statements) {
          if (st.invalid || !st.action) continue
          const resources = st.resource?.map((r) => r.value) ?? ['*']
          for (const a of st.action) for (const r of resources) visit(p, a.value, r)
        }
      }
    }
  }
  return principals
}

/** The principals of both scenarios: users, roles and sessions, in the after scenario's order, then the removed. */
export function impactPrincipals(before: Scenario, after: Scenario): ImpactPrincipal[] {
  const out = new Map<string, ImpactPrincipal>()
  for (const scenario of [after, before]) {
    for (const p of matrixPrincipals(scenario, ['user', 'role', 'session'])) {
      if (out.has(p.ref)) continue
      const name = p.kind === 'session' ? p.ref.slice(p.ref.indexOf('assumed-role/') + 13) : p.ref.split('/').pop()!
      out.set(p.ref, { kind: p.kind, ref: p.ref, label: p.label, name })
    }
  }
  return [...out.values()]
}

/**
 * The resources a `Resource` value stands for: `*` and exact ARNs as written; a pattern matching a few of the
 * scenarios' resources, those resources; any other pattern as written (a request may name it: each wildcard of the
 * policies that covers it matches). `${aws:username}` is the user's name, as AWS fills it for an IAM user.
 */
function impactResources(value: string, principal: ImpactPrincipal, known: readonly string[]): string[] {
  let text = value.trim()
  // A value no request could name (blank, or longer than the engine reads) is left out, as a request names none.
  if (text === '' || text.length > LIMITS.maxString) return []
  if (principal.kind === 'user') text = text.replace(/\$\{aws:username\}/gi, principal.name)
  if (text === '*' || !hasWildcard(text) || text.includes('${')) return [text]
  const found = known.filter((arn) => resourceMatches(text, arn))
  return found.length > 0 && found.length <= IMPACT_LIMITS.maxExpandedResources ? found : [text]
}

/** The cells to compare, grouped by resource (sorted), with the principals they cover. */
export function impactGroups(
  before: Scenario,
  after: Scenario,
  catalog?: CatalogSnapshot,
): { principals: ImpactPrincipal[]; groups: ImpactGroup[] } {
  const known = [...new Set([...(before.resources ?? []), ...(after.resources ?? [])].map((r) => r.arn))]
  const byResource = new Map<string, Map<string, Set<string>>>()
  const principals = collect(before, after, (p, actionValue, resourceValue) => {
    const actions = impactActions(actionValue, catalog)
    if (actions.length === 0) return
    for (const resource of impactResources(resourceValue, p, known)) {
      let rows = byResource.get(resource)
      if (!rows) byResource.set(resource, (rows = new Map()))
      let set = rows.get(p.ref)
      if (!set) rows.set(p.ref, (set = new Set()))
      for (const a of actions) set.add(a)
    }
  })
  const order = new Map(principals.map((p, i) => [p.ref, i]))
  const groups: ImpactGroup[] = []
  for (const resource of [...byResource.keys()].sort()) {
    const rows = byResource.get(resource)!
    const refs = [...rows.keys()].sort((a, b) => order.get(a)! - order.get(b)!)
    const actions = [...new Set(refs.flatMap((r) => [...rows.get(r)!]))].sort()
    const index = new Map(actions.map((a, i) => [a, i]))
    const cells = refs.map((r) => [...rows.get(r)!].map((a) => index.get(a)!).sort((x, y) => x - y))
    groups.push({ resource, principals: refs, actions, cells })
  }
  return { principals, groups }
}
