// The node a `Principal` entry of a trust or resource policy names: a user or role of the scenario, an account, a
// service, or a principal outside the scenario (added as an `external` node).
import { accountOf } from '../scenario/arns'
import { findUser } from '../scenario/lookup'
import type { Scenario } from '../scenario/model'
import type { PrincipalEntry } from '../policy/model'
import { ids, type GraphBuilder } from './builder'

const ROOT = /^arn:[^:]+:iam::(\d{12}):root$/
const ROLE = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/

/** Adds the node of an account: the scenario's, else an outside one. Returns its ID. */
export function accountNode(scenario: Scenario, graph: GraphBuilder, account: string): string {
  const id = ids.account(account)
  if (!graph.has(id)) graph.node({ id, kind: 'account', label: account, detail: account, account, external: true })
  return id
}

/**
 * The node an entry names, added when new. As the engine matches entries: an account ID or root ARN names the
 * account; a user ARN names the user with exactly that ARN; a role ARN names the role of that account and name
 * (whatever its path); `*` names anyone. Anything else the scenario does not define becomes an `external` node.
 */
export function principalNode(scenario: Scenario, graph: GraphBuilder, entry: PrincipalEntry): string {
  const v = entry.value
  if (entry.type === 'AWS') {
    if (/^\d{12}$/.test(v)) return accountNode(scenario, graph, v)
    const root = ROOT.exec(v)
    if (root) return accountNode(scenario, graph, root[1]!)
    const user = v.startsWith('arn:') ? findUser(scenario, v) : undefined
    if (user) return ids.user(accountOf(scenario, user), user.name)
    const role = ROLE.exec(v)
    if (role) {
      const [, account, name] = role as unknown as [string, string, string]
      const found = (scenario.roles ?? []).find((r) => r.name === name && accountOf(scenario, r) === account)
      if (found) return ids.role(account, name)
    }
  }
  if (entry.type === 'Service') {
    const id = ids.service(v)
    graph.node({ id, kind: 'service', label: v, detail: v })
    return id
  }
  const id = ids.external(entry.type, v)
  const account = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(v)?.[1]
  graph.node({
    id,
    kind: 'external',
    label: v.startsWith('arn:') ? v.slice(v.lastIndexOf(':') + 1) : v,
    detail: `${entry.type}: ${v}`,
    ...(account && { account }),
    external: true,
  })
  return id
}
