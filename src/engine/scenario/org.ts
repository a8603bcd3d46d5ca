// The organization: a tree of a root and OUs holding accounts, with SCPs and RCPs attached by name.
// Quotas: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html
import { FULL_AWS_ACCESS_NAME, type OrgNode, RCP_FULL_AWS_ACCESS_NAME } from './model'
import { MAX_OU_DEPTH } from './quotas'
import type { CheckContext, Loose } from './check'
import { each } from './check'
import { at, q } from './issues'
import { scenarioMessage } from '../messages/scenario.en'

/** Policies AWS attaches by default, so they exist without being declared. */
const BUILT_IN = { scp: FULL_AWS_ACCESS_NAME, rcp: RCP_FULL_AWS_ACCESS_NAME } as const

/** Checks the organization's management account, node IDs, account placement and policy attachments. */
export function checkOrganization(ctx: CheckContext): void {
  const org = ctx.s.organization
  if (!org) return
  const { issues } = ctx
  if (org.managementAccount !== undefined && !ctx.accounts.has(org.managementAccount)) {
    issues.error(
      '/organization/managementAccount',
      `unknown account ${q(org.managementAccount)}: add it to \`accounts\``,
    )
  }
  const policies = new Map<string, { type: 'scp' | 'rcp'; path: string }>()
  each(org.policies, '/organization/policies', (p, path) => {
    if (p.name === undefined || p.type === undefined) return
    const other = policies.get(p.name)
    if (other) issues.error(at(path, 'name'), `duplicate organization policy name ${q(p.name)}: ${other.path} has it`)
    else policies.set(p.name, { type: p.type, path })
  })
  const nodeIds = new Map<string, string>()
  const placed = new Map<string, string>()

  const visit = (node: Loose<OrgNode>, path: string, depth: number) => {
    if (node.id !== undefined) {
      const isRoot = depth === 0
      if (isRoot && !node.id.startsWith('r-'))
        issues.error(at(path, 'id'), `the root's ID starts with \`r-\`; found ${q(node.id)}`)
      if (!isRoot && !node.id.startsWith('ou-'))
        issues.error(at(path, 'id'), `an OU's ID starts with \`ou-\`; found ${q(node.id)}`)
      const other = nodeIds.get(node.id)
      if (other) issues.error(at(path, 'id'), `duplicate node ID ${q(node.id)}: ${other} has it`)
      else nodeIds.set(node.id, path)
    }
    if (depth > MAX_OU_DEPTH) issues.error(path, `OUs nest at most ${MAX_OU_DEPTH} levels below the root`)
    each(node.accounts, at(path, 'accounts'), (account, aPath) => {
      if (!ctx.accounts.has(account))
        issues.error(aPath, scenarioMessage('scenario.unknownAccount', { account: q(account) }))
      const other = placed.get(account)
      if (other) issues.error(aPath, `account ${account} is already in ${other}: an account is in one node only`)
      else placed.set(account, path)
    })
    for (const type of ['scp', 'rcp'] as const) {
      const field = `${type}s` as const
      each(node[field], at(path, field), (name, nPath) => {
        if (name === BUILT_IN[type] && !policies.has(name)) return
        const found = policies.get(name)
        const upper = type.toUpperCase()
        if (!found) {
          issues.error(
            nPath,
            `unknown ${upper} ${q(name)}: add it to \`organization.policies\` with \`"type": "${type}"\``,
          )
        } else if (found.type !== type) {
          issues.error(
            nPath,
            `${q(name)} is an ${found.type.toUpperCase()}, not an ${upper}: list it under \`${found.type}s\``,
          )
        }
      })
    }
    each(node.children, at(path, 'children'), (child, cPath) => visit(child, cPath, depth + 1))
  }
  if (org.root) visit(org.root, '/organization/root', 0)
}
