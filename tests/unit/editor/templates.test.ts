import { describe, expect, it } from 'vitest'
import type { PolicyKind } from '../../../src/engine/index'
import { validatePolicyWithCatalog } from '../../../src/engine/index'
import { insertStatement, statementTemplates, templateStatement } from '../../../src/lib/editor/templates'
import { nodeCatalog } from '../../helpers/catalog-node'

const byId = (id: string) => statementTemplates.find((t) => t.id === id)!

/** Applies edits made against `text` (non-overlapping), last first. */
function apply(text: string, edits: { from: number; to: number; insert: string }[]) {
  return [...edits]
    .sort((a, b) => b.from - a.from)
    .reduce((t, e) => t.slice(0, e.from) + e.insert + t.slice(e.to), text)
}

describe('statementTemplates', () => {
  it('has the common statements, each with a unique id', () => {
    const ids = statementTemplates.map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(
      expect.arrayContaining(['s3-read-only', 'deny-outside-ip', 'require-mfa', 'allow-assume-role', 'deny-regions']),
    )
  })

  const cases = statementTemplates.flatMap((t) => t.kinds.map((kind) => [t.id, kind] as [string, PolicyKind]))
  it.each(cases)('%s makes a %s policy with no errors', async (id, kind) => {
    const edits = insertStatement('', byId(id), kind)!
    const diags = await validatePolicyWithCatalog(apply('', edits), { kind, catalog: nodeCatalog() })
    expect(diags.filter((d) => d.severity === 'error')).toEqual([])
  })
})

describe(templateStatement, () => {
  it('adds the template’s Principal after Effect where the kind requires one', () => {
    expect(Object.keys(templateStatement(byId('s3-read-only'), 'resource'))).toEqual([
      'Sid',
      'Effect',
      'Principal',
      'Action',
      'Resource',
    ])
    expect(templateStatement(byId('s3-read-only'), 'identity')).not.toHaveProperty('Principal')
  })
})

describe(insertStatement, () => {
  const mfa = byId('require-mfa')

  it('appends to the Statement array, keeping what is there', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": "*", "Resource": "*" }\n  ]\n}'
    const result = JSON.parse(apply(text, insertStatement(text, mfa, 'identity')!))
    expect(result.Statement).toHaveLength(2)
    expect(result.Statement[1].Sid).toBe('DenyWithoutMfa')
    expect(apply(text, insertStatement(text, mfa, 'identity')!)).toContain(
      '{ "Effect": "Allow", "Action": "*", "Resource": "*" }',
    )
  })

  it('appends to an empty array on a line of its own', () => {
    const text = '{\n  "Statement": []\n}'
    const result = apply(text, insertStatement(text, mfa, 'identity')!)
    expect(result.startsWith('{\n  "Statement": [\n    {\n      "Sid": "DenyWithoutMfa",')).toBe(true)
    expect(result.endsWith('\n    }\n  ]\n}')).toBe(true)
  })

  it('appends after an item on the same line with a comma and a space', () => {
    const text = '{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}'
    const result = apply(text, insertStatement(text, mfa, 'identity')!)
    expect(result.startsWith('{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}, {\n')).toBe(true)
    expect(JSON.parse(result).Statement).toHaveLength(2)
  })

  it('turns a lone statement object into an array', () => {
    const text = '{ "Statement": { "Effect": "Allow", "Action": "*", "Resource": "*" } }'
    const result = JSON.parse(apply(text, insertStatement(text, mfa, 'identity')!))
    expect(result.Statement.map((s: { Effect: string }) => s.Effect)).toEqual(['Allow', 'Deny'])
  })

  it('adds a Statement array when there is none, and a whole policy to empty text', () => {
    const added = JSON.parse(
      apply('{ "Version": "2012-10-17" }', insertStatement('{ "Version": "2012-10-17" }', mfa, 'identity')!),
    )
    expect(added.Statement).toHaveLength(1)
    expect(JSON.parse(apply('  ', insertStatement('  ', mfa, 'identity')!))).toMatchObject({ Version: '2012-10-17' })
  })

  it('refuses text that is not a JSON object', () => {
    expect(insertStatement('{ "Statement": [ ', mfa, 'identity')).toBeUndefined()
    expect(insertStatement('[]', mfa, 'identity')).toBeUndefined()
  })
})
