// An imported scenario must load, but a value left open (`${DataBucket}`) can make a document or a reference
// invalid. Each part the scenario check rejects is left out (a trust policy becomes one that trusts no one) and
// reported, so the scenario opens now and the part comes back once its values are filled in.
import { importIacMessage } from '../../messages/import-iac'
import { parseScenario } from '../../scenario/parse'
import type { Scenario } from '../../scenario/model'
import { trustsNoOne } from '../import/entities'
import type { IacWarn } from './types'

const GONE: unique symbol = Symbol('left out')

/** Lists with items marked {@link GONE}, and where each list is held. */
type Touched = Map<unknown[], { parent: Record<string, unknown>; key: string }>

/** List fields whose items are cut one by one (the rest of the entity stays). */
const ITEM_LISTS = new Set([
  'inlinePolicies',
  'managedPolicies',
  'groups',
  'instanceProfiles',
  'scps',
  'rcps',
  'accounts',
])

/** Top-level lists whose entries are cut whole. */
const TOP_LISTS = new Set(['users', 'groups', 'roles', 'policies', 'resources', 'identityProviders'])

/** Leaves out what the scenario check rejects, in place; returns whether the scenario now loads. */
export function settle(scenario: Scenario, warn: IacWarn): boolean {
  for (let round = 0; round < 6; round++) {
    const parsed = parseScenario(scenario)
    if (parsed.ok) return true
    const touched: Touched = new Map()
    for (const error of parsed.errors) {
      if (cut(scenario, error.path, touched)) {
        warn(error.path, importIacMessage('importIac.leftOut', { problem: error.messageText ?? error.message }))
      }
    }
    if (touched.size === 0) return false
    for (const [list, { parent, key }] of touched) {
      const kept = list.filter((x) => x !== GONE)
      if (kept.length === 0 && key !== 'accounts') delete parent[key]
      else parent[key] = kept
    }
  }
  return parseScenario(scenario).ok
}

/** Marks the part at a JSON pointer's nearest cuttable ancestor; true when something was cut. */
function cut(scenario: Scenario, path: string, touched: Touched): boolean {
  const segs = path.split('/').slice(1)
  let node: unknown = scenario
  const chain: unknown[] = [scenario]
  for (const s of segs) {
    if (node === null || typeof node !== 'object') break
    node = (node as Record<string, unknown>)[s]
    chain.push(node)
  }
  // The deepest item of a per-item list, then a trust policy or boundary, then a whole top-level entry.
  for (let i = segs.length - 1; i >= 1; i--) {
    const list = chain[i]
    if (ITEM_LISTS.has(segs[i - 1]!) && Array.isArray(list) && /^\d+$/.test(segs[i]!)) {
      return mark(list, Number(segs[i]), chain[i - 1], segs[i - 1]!, touched)
    }
  }
  if (segs[0] === 'roles' && segs[2] === 'trustPolicy') {
    const role = chain[2] as { trustPolicy: unknown }
    role.trustPolicy = trustsNoOne()
    return true
  }
  if ((segs[0] === 'roles' || segs[0] === 'users') && segs[2] === 'permissionsBoundary') {
    delete (chain[2] as { permissionsBoundary?: string }).permissionsBoundary
    return true
  }
  if (segs[0] === 'organization' && segs[1] === 'policies' && Array.isArray(chain[2])) {
    return mark(chain[2], Number(segs[2]), chain[1], 'policies', touched)
  }
  if (TOP_LISTS.has(segs[0]!) && Array.isArray(chain[1]) && /^\d+$/.test(segs[1] ?? '')) {
    return mark(chain[1], Number(segs[1]), scenario, segs[0]!, touched)
  }
  return false
}

function mark(list: unknown[], index: number, parent: unknown, key: string, touched: Touched): boolean {
  if (index >= list.length || list[index] === GONE) return false
  list[index] = GONE
  touched.set(list, { parent: parent as Record<string, unknown>, key })
  return true
}
