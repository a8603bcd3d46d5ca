// The Terraform export, read back by a real HCL parser: resource counts, references and every policy document.
import { parse } from '@cdktf/hcl2json'
import { describe, expect, it } from 'vitest'
import { exportTerraform, type Scenario } from '../../../../src/engine/index'
import { customerPolicies, doc, expectedCounts, gallery, managedDoc } from './gallery'

type Blocks = Record<string, Record<string, Record<string, unknown>[]>>

async function resources(text: string): Promise<Blocks> {
  const json = (await parse('main.tf', text)) as { resource?: Blocks }
  return json.resource ?? {}
}

/** Undoes HCL's template escapes (`$${` and `%%{`) in every string of a parsed value. */
function unescape(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')
  if (Array.isArray(value)) return value.map(unescape)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unescape(v)]))
  }
  return value
}

/** The document inside `${jsonencode({...})}` as hcl2json gives it: its HCL object parsed again as a literal. */
async function jsonencoded(expression: unknown): Promise<unknown> {
  const text = String(expression)
  expect(text.startsWith('${jsonencode(')).toBe(true)
  expect(text.endsWith(')}')).toBe(true)
  const inner = text.slice('${jsonencode('.length, -')}'.length)
  const parsed = (await parse('doc.tf', `doc = ${inner}\n`)) as { doc: unknown }
  return unescape(parsed.doc)
}

function all(blocks: Blocks, type: string): [string, Record<string, unknown>][] {
  return Object.entries(blocks[type] ?? {}).map(([name, list]) => [name, list[0]!])
}

describe.each(gallery)('%s as Terraform', (_file, s) => {
  it('parses, with one resource per entity, membership and attachment', async () => {
    const blocks = await resources(exportTerraform(s))
    const n = expectedCounts(s)
    const count = (type: string) => all(blocks, type).length
    expect(count('aws_iam_user')).toBe(n.users)
    expect(count('aws_iam_group')).toBe(n.groups)
    expect(count('aws_iam_role')).toBe(n.roles)
    expect(count('aws_iam_policy')).toBe(n.policies)
    expect(count('aws_iam_user_group_membership')).toBe(n.memberships)
    expect(count('aws_iam_user_policy_attachment')).toBe(n.userAttachments)
    expect(count('aws_iam_group_policy_attachment')).toBe(n.groupAttachments)
    expect(count('aws_iam_role_policy_attachment')).toBe(n.roleAttachments)
    expect(count('aws_iam_user_policy')).toBe(n.userInline)
    expect(count('aws_iam_group_policy')).toBe(n.groupInline)
    expect(count('aws_iam_role_policy')).toBe(n.roleInline)
    expect(count('aws_iam_instance_profile')).toBe(n.instanceProfiles)
    expect(count('aws_iam_account_password_policy')).toBe(s.accounts[0]?.passwordPolicy ? 1 : 0)
    expect(count('aws_iam_openid_connect_provider') + count('aws_iam_saml_provider')).toBe(
      (s.identityProviders ?? []).length,
    )
  })

  it('writes every document so that it reads back equal', async () => {
    const blocks = await resources(exportTerraform(s))
    for (const [, p] of all(blocks, 'aws_iam_policy')) {
      expect(await jsonencoded(p.policy)).toEqual(managedDoc(s, p.name as string))
    }
    for (const [, r] of all(blocks, 'aws_iam_role')) {
      const role = s.roles!.find((x) => x.name === r.name)!
      expect(await jsonencoded(r.assume_role_policy)).toEqual(doc(role.trustPolicy))
    }
    for (const kind of ['user', 'group', 'role'] as const) {
      for (const [, p] of all(blocks, `aws_iam_${kind}_policy`)) {
        const owner = String(p[kind]).match(/^\$\{aws_iam_\w+\.(\w+)\.name\}$/)![1]!
        const entity = all(blocks, `aws_iam_${kind}`).find(([id]) => id === owner)![1]
        const list = { user: s.users, group: s.groups, role: s.roles }[kind]!
        const inline = list.find((e) => e.name === entity.name)!.inlinePolicies!.find((x) => x.name === p.name)!
        expect(await jsonencoded(p.policy)).toEqual(doc(inline.document))
      }
    }
    for (const [, o] of all(blocks, 'aws_organizations_policy')) {
      const policy = s.organization!.policies!.find((x) => x.name === o.name)!
      expect(await jsonencoded(o.content)).toEqual(doc(policy.document))
    }
  })

  it('references exported policies, groups and roles instead of writing their ARNs', async () => {
    const text = exportTerraform(s)
    for (const p of customerPolicies(s)) expect(text).not.toMatch(new RegExp(`policy_arn = "[^"]*:policy/${p.name}"`))
    const blocks = await resources(text)
    for (const [, m] of all(blocks, 'aws_iam_user_group_membership')) {
      for (const g of m.groups as string[]) expect(g).toMatch(/^\$\{aws_iam_group\.\w+\.name\}$/)
    }
    let attachments = 0
    for (const kind of ['user', 'group', 'role']) {
      for (const [, a] of all(blocks, `aws_iam_${kind}_policy_attachment`)) {
        expect(String(a.policy_arn)).toMatch(/^(\$\{aws_iam_policy\.\w+\.arn\}|arn:aws:iam::aws:policy\/.+)$/)
        attachments++
      }
    }
    const n = expectedCounts(s)
    expect(attachments).toBe(n.userAttachments + n.groupAttachments + n.roleAttachments)
  })
})

describe('Terraform names and strings', () => {
  const s: Scenario = {
    format: 'iam-playground/scenario',
    version: 1,
    title: 'names',
    accounts: [{ id: '111122223333' }],
    users: [
      { name: 'alice.b@x', groups: ['1st-team'], managedPolicies: ['ReadOnlyAccess', 'Q"uote'] },
      { name: 'alice_b_x', permissionsBoundary: 'Q"uote' },
    ],
    groups: [{ name: '1st-team' }],
    policies: [
      {
        name: 'Q"uote',
        versions: [
          {
            id: 'v1',
            isDefault: true,
            document: {
              Version: '2012-10-17',
              Statement: { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/${aws:username}/%{x}\\"\n' },
            },
          },
        ],
      },
    ],
  }

  it('makes valid, unique identifiers and keeps hostile strings intact', async () => {
    const text = exportTerraform(s)
    const blocks = await resources(text)
    expect(Object.keys(blocks.aws_iam_user!)).toEqual(['alice_b_x', 'alice_b_x_2'])
    expect(Object.keys(blocks.aws_iam_group!)).toEqual(['r_1st_team'])
    const user = blocks.aws_iam_user!.alice_b_x_2![0]!
    expect(user.permissions_boundary).toBe('${aws_iam_policy.Q_uote.arn}')
    const policy = blocks.aws_iam_policy!.Q_uote![0]!
    expect(policy.name).toBe('Q"uote')
    expect(await jsonencoded(policy.policy)).toEqual(s.policies![0]!.versions[0]!.document)
    expect(text).toContain('policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"')
  })

  it('exports one entity with just what it needs', async () => {
    const blocks = await resources(exportTerraform(s, { only: { kind: 'user', name: 'alice_b_x' } }))
    expect(Object.keys(blocks.aws_iam_user!)).toEqual(['alice_b_x'])
    expect(Object.keys(blocks.aws_iam_policy!)).toEqual(['Q_uote'])
    expect(blocks.aws_iam_group).toBeUndefined()
    const first = await resources(exportTerraform(s, { only: { kind: 'user', name: 'alice.b@x' } }))
    expect(Object.keys(first.aws_iam_group!)).toEqual(['r_1st_team'])
    expect(Object.keys(first.aws_iam_policy!)).toEqual(['Q_uote'])
    expect(Object.keys(first.aws_iam_user_policy_attachment!)).toHaveLength(2)
  })
})
