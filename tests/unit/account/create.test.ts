import { describe, expect, it } from 'vitest'
import { validatePolicy } from '../../../src/engine/index'
import { createdSelection, createEntity } from '../../../src/lib/account/create'
import { retarget } from '../../../src/lib/account/retarget'
import {
  freshName,
  STARTER_IDENTITY_POLICY,
  starterOrganizationPolicy,
  starterResourcePolicy,
} from '../../../src/lib/account/starters'
import { tagRows, withoutTag, withTag } from '../../../src/lib/account/tags'
import { fixture } from './fixtures'

const errors = (text: string, kind: 'identity' | 'resource' | 'scp' | 'rcp') =>
  validatePolicy(text, { kind }).filter((d) => d.severity === 'error')

describe(createEntity, () => {
  it.each([
    ['user', 'dave', (s: ReturnType<typeof fixture>) => s.users?.at(-1)?.name],
    ['group', 'qa', (s: ReturnType<typeof fixture>) => s.groups?.at(-1)?.name],
    ['role', 'Ci', (s: ReturnType<typeof fixture>) => s.roles?.at(-1)?.name],
    ['policy', 'New', (s: ReturnType<typeof fixture>) => s.policies?.at(-1)?.name],
    ['resource', 'arn:aws:s3:::logs', (s: ReturnType<typeof fixture>) => s.resources?.at(-1)?.arn],
    ['scp', 'NoLeave', (s: ReturnType<typeof fixture>) => s.organization?.policies?.at(-1)?.name],
  ] as const)('creates a %s', (kind, name, read) => {
    const result = createEntity(fixture(), kind, ` ${name} `)
    expect(result.ok && read(result.scenario)).toBe(name)
  })

  it('returns the refusal with its field', () => {
    const result = createEntity(fixture(), 'user', 'alice')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.field).toBe('name')
  })

  it('selects what it created (SCPs and RCPs as organization policies)', () => {
    expect(createdSelection('rcp', 'X')).toEqual({ kind: 'org-policy', name: 'X' })
    expect(createdSelection('resource', ' arn:aws:s3:::b ')).toEqual({ kind: 'resource', name: 'arn:aws:s3:::b' })
  })
})

describe('starter documents', () => {
  it('are pretty text that the policy grammar accepts', () => {
    expect(STARTER_IDENTITY_POLICY).toContain('\n  "Statement"')
    expect(errors(STARTER_IDENTITY_POLICY, 'identity')).toEqual([])
    expect(errors(starterOrganizationPolicy('scp'), 'scp')).toEqual([])
    expect(errors(starterOrganizationPolicy('rcp'), 'rcp')).toEqual([])
    const s = fixture()
    for (const r of s.resources!) expect(errors(starterResourcePolicy(s, r), 'resource')).toEqual([])
  })

  it('a resource policy names the owning account and the resource', () => {
    const s = fixture()
    const doc = JSON.parse(starterResourcePolicy(s, s.resources![1]!))
    expect(doc.Statement[0]).toMatchObject({
      Principal: { AWS: 'arn:aws:iam::444455556666:root' },
      Action: 'sqs:*',
      Resource: 'arn:aws:sqs:us-east-1:444455556666:q',
    })
    expect(JSON.parse(starterResourcePolicy(s, s.resources![0]!)).Statement[0].Principal.AWS).toContain('111122223333')
  })
})

describe(freshName, () => {
  it('numbers a taken name', () => {
    expect(freshName('p', [])).toBe('p')
    expect(freshName('p', ['p', 'p-2'])).toBe('p-3')
  })
})

describe('tags', () => {
  it('adds, overwrites and removes without touching the input', () => {
    const tags = Object.freeze({ a: '1' })
    expect(withTag(tags, 'b', '2')).toEqual({ a: '1', b: '2' })
    expect(withTag(tags, 'a', '3')).toEqual({ a: '3' })
    expect(withoutTag(tags, 'a')).toEqual({})
    expect(tagRows(undefined)).toEqual([])
    expect(tagRows({ k: 'v' })).toEqual([{ key: 'k', value: 'v' }])
  })
})

describe(retarget, () => {
  it('follows a renamed holder and leaves other documents alone', () => {
    expect(retarget({ slot: 'trust', role: 'A' }, 'role', 'A', 'B')).toEqual({ slot: 'trust', role: 'B' })
    expect(retarget({ slot: 'managed', policy: 'A' }, 'policy', 'A', 'B')).toEqual({ slot: 'managed', policy: 'B' })
    expect(retarget({ slot: 'org', name: 'A' }, 'org-policy', 'A', 'B')).toEqual({ slot: 'org', name: 'B' })
    expect(retarget({ slot: 'resource', arn: 'x' }, 'resource', 'x', 'y')).toEqual({ slot: 'resource', arn: 'y' })
    const inline = { slot: 'inline', owner: 'user', identity: 'A', name: 'p' } as const
    expect(retarget(inline, 'role', 'A', 'B')).toBe(inline)
    expect(retarget(undefined, 'role', 'A', 'B')).toBeUndefined()
  })
})
