// The worker's infrastructure import picks the importer from the input: `.tf` files (several, or pasted HCL) go to
// the HCL parser, which loads only then; `terraform show -json` output and CloudFormation do not load it. The browser
// parser (WASM fetched by URL) is replaced by the same library's Node build.
import { parse } from '@cdktf/hcl2json'
import { describe, expect, it, vi } from 'vitest'
import { fixture, loads } from '../engine/account/import-iac/helpers'

const parseHcl = vi.fn(parse)
vi.mock('../../../workers/later/hcl-parser', () => ({ parseHcl }))
const { importInfrastructure, isTerraformConfiguration } = await import('../../../workers/later/iac-import')

describe('importInfrastructure', () => {
  it('reads `terraform show -json` output without the HCL parser', async () => {
    const result = await importInfrastructure('terraform', [{ name: 'state.json', text: fixture('state.json') }])
    expect(result.errors).toEqual([])
    expect(result.stats.users).toBe(1)
    expect(parseHcl).not.toHaveBeenCalled()
  })

  it('parses several .tf files by name, resolving references between them', async () => {
    const user = 'resource "aws_iam_user" "a" {\n  name = "alice"\n}\n'
    const group =
      'resource "aws_iam_user_group_membership" "m" {\n  user = aws_iam_user.a.name\n  groups = [aws_iam_group.g.name]\n}\nresource "aws_iam_group" "g" {\n  name = "devs"\n}\n'
    const result = await importInfrastructure('terraform', [
      { name: 'users.tf', text: user },
      { name: 'groups.tf', text: group },
    ])
    expect(parseHcl.mock.calls.map(([name]) => name)).toEqual(['users.tf', 'groups.tf'])
    expect(result.errors).toEqual([])
    expect(loads(result).users?.[0]).toMatchObject({ name: 'alice', groups: ['devs'] })
  })

  it('takes pasted HCL as main.tf, and reports a syntax error at its line and column', async () => {
    const result = await importInfrastructure('terraform', 'resource "a" "b" {\n  name = \n}\n')
    expect(result.errors[0]).toMatchObject({ location: 'main.tf', line: 2, column: 10 })
  })
})

describe('isTerraformConfiguration', () => {
  it('tells configuration from JSON output by name and first character', () => {
    expect(isTerraformConfiguration('{"values": {}}')).toBe(false)
    expect(isTerraformConfiguration('resource "a" "b" {}')).toBe(true)
    expect(isTerraformConfiguration([{ name: 'plan.json', text: ' {}' }])).toBe(false)
    expect(isTerraformConfiguration([{ name: 'main.tf', text: '{}' }])).toBe(true)
  })
})
