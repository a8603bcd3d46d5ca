// The gallery scenarios and plain facts about them, for the exporters' tests.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PolicyBody, Scenario } from '../../../../src/engine/index'

const folder = join(__dirname, '../../../../scenarios')

/** Every gallery scenario with its file name. */
export const gallery: [string, Scenario][] = readdirSync(folder)
  .filter((f) => f.endsWith('.json') && !f.includes('schema'))
  .map((f) => [f, JSON.parse(readFileSync(join(folder, f), 'utf8')) as Scenario])

/** A policy body as the object it stands for. */
export function doc(body: PolicyBody | undefined): unknown {
  return typeof body === 'string' ? JSON.parse(body) : body
}

/** The default version's document of a managed policy of the scenario. */
export function managedDoc(s: Scenario, name: string): unknown {
  const p = s.policies!.find((x) => x.name === name && x.account !== 'aws')!
  return doc((p.versions.find((v) => v.isDefault) ?? p.versions[0])!.document)
}

/** Customer managed policies (not copies of AWS managed ones). */
export function customerPolicies(s: Scenario) {
  return (s.policies ?? []).filter((p) => p.account !== 'aws')
}

/** How many of each thing the exports should hold. */
export function expectedCounts(s: Scenario) {
  const sum = (list: { length: number }[]) => list.reduce((n, l) => n + l.length, 0)
  const users = s.users ?? []
  const groups = s.groups ?? []
  const roles = s.roles ?? []
  return {
    users: users.length,
    groups: groups.length,
    roles: roles.length,
    policies: customerPolicies(s).length,
    memberships: users.filter((u) => (u.groups ?? []).length > 0).length,
    userAttachments: sum(users.map((u) => u.managedPolicies ?? [])),
    groupAttachments: sum(groups.map((g) => g.managedPolicies ?? [])),
    roleAttachments: sum(roles.map((r) => r.managedPolicies ?? [])),
    userInline: sum(users.map((u) => u.inlinePolicies ?? [])),
    groupInline: sum(groups.map((g) => g.inlinePolicies ?? [])),
    roleInline: sum(roles.map((r) => r.inlinePolicies ?? [])),
    instanceProfiles: sum(roles.map((r) => r.instanceProfiles ?? [])),
  }
}
