// The organization: a tree of a root and OUs holding accounts, with SCPs and RCPs attached by name.
// Quotas: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html
import { FULL_AWS_ACCESS_NAME, type OrgNode, RCP_FULL_AWS_ACCESS_NAME } from './model'
import { MAX_OU_DEPTH } from './quotas'
import type { CheckContext, Loose } from './check'
import { each } from './check'
import { at, q } from './issues'
import { scenarioMessage } from '../messages/scenario'

/** Policies AWS attaches by default, so they exist without being declared. */
const BUILT_IN = { scp: FULL_AWS_ACCESS_NAME, rcp: RCP_FULL_AWS_ACCESS_NAME } as const

/** Checks the organization's management account, node IDs, account placement and policy attachments (nodes and accounts). */
export function checkOrganization(ctx: CheckContext): void {
  const org = ctx.s.organization
  if (!org) return
  const { issues } = ctx
  if (org.managementAccount !== undefined && !ctx.accounts.has(org.managementAccount)) {
    issues.error(
      '/organization/managementAccount',
      scenarioMessage('scenario.unknownAccount', { account: q(org.managementAccount) }),
    )
  }
  const policies = new Map<string, { type: 'scp' | 'rcp'; path: string }>()
  each(org.policies, '/organization/policies', (p, path) => {
    if (p.name === undefined || p.type === undefined) return
    const other = policies.get(p.name)
    if (other)
      issues.error(
        at(path, 'name'),
        scenarioMessage('scenario.duplicateOrgPolicy', { name: q(p.name), other: other.path }),
      )
    else policies.set(p.name, { type: p.type, path })
  })
  const nodeIds = new Map<string, string>()
  const placed = new Map<string, string>()

  const visit = (node: Loose<OrgNode>, path: string, depth: number) => {
    if (node.id !== undefined) {
      const isRoot = depth === 0
      if (isRoot && !node.id.startsWith('r-'))
        issues.error(at(path, 'id'), scenarioMessage('scenario.rootIdPrefix', { id: q(node.id) }))
      if (!isRoot && !node.id.startsWith('ou-'))
        issues.error(at(path, 'id'), scenarioMessage('scenario.ouIdPrefix', { id: q(node.id) }))
      const other = nodeIds.get(node.id)
      if (other) issues.error(at(path, 'id'), scenarioMessage('scenario.duplicateNodeId', { id: q(node.id), other }))
      else nodeIds.set(node.id, path)
    }
    if (depth > MAX_OU_DEPTH) issues.error(path, scenarioMessage('scenario.ouTooDeep', { max: MAX_OU_DEPTH }))
    each(node.accounts, at(path, 'accounts'), (account, aPath) => {
      if (!ctx.accounts.has(account))
        issues.error(aPath, scenarioMessage('scenario.unknownAccount', { account: q(account) }))
      const other = placed.get(account)
      if (other) issues.error(aPath, scenarioMessage('scenario.accountPlacedTwice', { account, other }))
      else placed.set(account, path)
    })
    checkAttached(node, path)
    each(node.children, at(path, 'children'), (child, cPath) => visit(child, cPath, depth + 1))
  }
  const checkAttached = (holder: Loose<{ scps?: string[]; rcps?: string[] }>, path: string) => {
    for (const type of ['scp', 'rcp'] as const) {
      const field = `${type}s` as const
      each(holder[field], at(path, field), (name, nPath) => {
        if (name === BUILT_IN[type] && !policies.has(name)) return
        const found = policies.get(name)
        if (!found) {
          issues.error(
            nPath,
            scenarioMessage(type === 'scp' ? 'scenario.unknownScp' : 'scenario.unknownRcp', { name: q(name) }),
          )
        } else if (found.type !== type) {
          issues.error(
            nPath,
            scenarioMessage(found.type === 'scp' ? 'scenario.scpNotRcp' : 'scenario.rcpNotScp', { name: q(name) }),
          )
        }
      })
    }
  }
  if (org.root) visit(org.root, '/organization/root', 0)
  const attachedTo = new Map<string, string>()
  each(org.accountPolicies, '/organization/accountPolicies', (entry, path) => {
    const account = entry.account
    if (account === undefined) return
    const aPath = at(path, 'account')
    const other = attachedTo.get(account)
    if (other) issues.error(aPath, scenarioMessage('scenario.accountPoliciesTwice', { account, other }))
    else attachedTo.set(account, path)
    if (!ctx.accounts.has(account)) {
      issues.error(aPath, scenarioMessage('scenario.unknownAccount', { account: q(account) }))
    } else if (!placed.has(account) && account !== org.managementAccount) {
      issues.error(aPath, scenarioMessage('scenario.accountNotInOrg', { account }))
    }
    checkAttached(entry, path)
  })
}
