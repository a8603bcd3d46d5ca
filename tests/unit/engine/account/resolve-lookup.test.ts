// The scenario index is kept per scenario object and its lookups per list object (so versions that share lists share
// them): what it finds must still be each version's own answer.
import { describe, expect, it } from 'vitest'
import { indexScenario, findManagedPolicy, findUser } from '../../../../src/engine/account/resolve-lookup'
import { policy, allow } from '../../../helpers/policy'
import { A, B, scenario } from '../../../helpers/scenario'

describe('indexScenario', () => {
  const base = scenario({
    accounts: [{ id: A }, { id: B }],
    users: [{ name: 'alice' }, { name: 'bob', account: B }],
    policies: [{ name: 'Read', versions: [{ id: 'v1', isDefault: true, document: policy(allow('s3:GetObject')) }] }],
  })

  it('is built once per scenario object, and anew for another (or with extra sessions)', () => {
    expect(indexScenario(base)).toBe(indexScenario(base))
    expect(indexScenario({ ...base })).not.toBe(indexScenario(base))
    const session = { role: 'nobody', sessionName: 's', issuedAt: '2026-01-01T00:00:00Z' }
    expect(indexScenario(base, [session])).not.toBe(indexScenario(base))
  })

  it('finds what each version holds, though versions share the lists they did not change', () => {
    expect(findUser(indexScenario(base), 'carol')).toBeUndefined()
    const added = { ...base, users: [...base.users!, { name: 'carol' }] }
    expect(findUser(indexScenario(added), 'carol')).toBe(added.users![2])
    // The same policy list under another first account: a bare name now means that account's policy.
    expect(findManagedPolicy(indexScenario(base), 'Read', A)?.arn).toBe(`arn:aws:iam::${A}:policy/Read`)
    const moved = { ...base, accounts: [{ id: B }, { id: A }] }
    expect(moved.policies).toBe(base.policies)
    expect(findManagedPolicy(indexScenario(moved), 'Read', B)?.arn).toBe(`arn:aws:iam::${B}:policy/Read`)
    expect(findManagedPolicy(indexScenario(moved), 'Read', A)).toBeUndefined()
  })

  it('remembers a managed policy lookup: asked again, it answers from memory (not by resolving it anew)', () => {
    const ix = indexScenario(base)
    const first = findManagedPolicy(ix, 'Read', A)
    expect(first).toBeDefined()
    expect(findManagedPolicy(ix, 'ReadOnlyAccess', A)).toBeDefined()
    expect(findManagedPolicy(ix, 'Read', A)).toBe(first)
  })
})
