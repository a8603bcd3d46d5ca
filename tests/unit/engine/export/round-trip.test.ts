// Export, then import: every gallery scenario written as Terraform (read back through the real HCL parser) and as
// CloudFormation (YAML and JSON) comes back as the same account — identities, memberships, attachments, inline,
// trust and boundary documents, customer managed policies and SCPs. Account IDs are left out of the comparison: an
// export is one configuration, applied to one account.
import { parse } from '@cdktf/hcl2json'
import { describe, expect, it } from 'vitest'
import {
  exportCloudFormation,
  exportTerraform,
  importCloudFormation,
  importTerraformHclFiles,
  type IacImportResult,
  type PolicyBody,
  type Scenario,
} from '../../../../src/engine/index'
import { gallery } from './gallery'

const body = (b: PolicyBody | undefined) => (typeof b === 'string' ? (JSON.parse(b) as unknown) : b)
/** A managed policy reference by its name (`arn:…:policy/path/Name` → `Name`). */
const policyName = (ref: string) => ref.split('/').pop()!
const inline = (list: { name: string; document: PolicyBody }[] | undefined) =>
  Object.fromEntries((list ?? []).map((p) => [p.name, body(p.document)]))
const sorted = (list: string[] | undefined) => [...(list ?? [])].map(policyName).sort()

/** What an export must carry, independent of account IDs and order. */
function account(s: Scenario) {
  const byName = <T extends { name: string }>(list: T[] | undefined, f: (x: T) => unknown) =>
    Object.fromEntries((list ?? []).map((x) => [x.name, f(x)]))
  return {
    users: byName(s.users, (u) => ({
      groups: [...(u.groups ?? [])].sort(),
      managed: sorted(u.managedPolicies),
      inline: inline(u.inlinePolicies),
      boundary: u.permissionsBoundary && policyName(u.permissionsBoundary),
    })),
    groups: byName(s.groups, (g) => ({ managed: sorted(g.managedPolicies), inline: inline(g.inlinePolicies) })),
    roles: byName(s.roles, (r) => ({
      trust: body(r.trustPolicy),
      managed: sorted(r.managedPolicies),
      inline: inline(r.inlinePolicies),
      boundary: r.permissionsBoundary && policyName(r.permissionsBoundary),
    })),
    policies: byName(
      (s.policies ?? []).filter((p) => p.account !== 'aws'),
      (p) => body((p.versions.find((v) => v.isDefault) ?? p.versions[0])!.document),
    ),
    scps: byName(
      (s.organization?.policies ?? []).filter((p) => p.type === 'scp'),
      (p) => body(p.document),
    ),
  }
}

function opened(result: IacImportResult): Scenario {
  expect(result.errors).toEqual([])
  return result.scenario
}

describe.each(gallery)('%s', (_file, scenario) => {
  const accountId = scenario.accounts[0]!.id
  const want = account(scenario)

  it('has an account to carry', () => {
    const size = Object.values(want).reduce((n, part) => n + Object.keys(part).length, 0)
    expect(size).toBeGreaterThan(0)
  })

  it('comes back from Terraform, through the real HCL parser', async () => {
    const text = exportTerraform(scenario)
    const result = await importTerraformHclFiles([{ name: 'main.tf', text }], parse, { accountId })
    expect(account(opened(result))).toEqual(want)
  })

  it('comes back from CloudFormation YAML and JSON', () => {
    for (const format of ['yaml', 'json'] as const) {
      const result = importCloudFormation(exportCloudFormation(scenario, { format }), { accountId })
      expect(account(opened(result))).toEqual(want)
    }
  })
})
