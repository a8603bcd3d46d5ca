import { describe, expect, it } from 'vitest'
import type { EditResult, Scenario } from '../../../src/engine/index'
import { putInlinePolicy, setPolicyVersionDocument, setTrustPolicy } from '../../../src/engine/scenario/edits/index'
import { actionOptions, principalOptions, resourceOptions, roleChoices } from '../../../src/lib/request/options'
import { scenario } from './fixture'

describe(principalOptions, () => {
  it('lists users, roles, live session ARNs and root', () => {
    expect(principalOptions(scenario)).toEqual([
      'user/alice',
      'role/Admin',
      'arn:aws:sts::111122223333:assumed-role/Admin/ops',
      'root',
    ])
  })
})

describe(resourceOptions, () => {
  it('lists resource ARNs and role ARNs', () => {
    expect(resourceOptions(scenario)).toEqual([
      'arn:aws:s3:::bucket',
      'arn:aws:s3:::other/bucket',
      'arn:aws:iam::111122223333:role/Admin',
    ])
  })
})

describe(actionOptions, () => {
  it('collects exact actions from every policy (text ones too) and saved requests, without wildcards', () => {
    expect(actionOptions(scenario)).toEqual(['s3:GetObject', 's3:PutObject', 'sqs:SendMessage', 'sts:AssumeRole'])
  })
})

// The form derives its suggestions on each edit; they are remembered per policy and per part of the scenario. What
// it gets after an edit must be what a fresh derivation (a copy: nothing remembered) gives.
describe('suggestions after an edit', () => {
  const fresh = (s: Scenario) => structuredClone(s)

  it('has the actions of the edited policy text, and no more those it no longer names', () => {
    const before = actionOptions(scenario)
    const added = applied(
      setPolicyVersionDocument(scenario, {
        policy: 'Shared',
        document: '{"Statement":[{"Effect":"Allow","Action":["kms:Decrypt","s3:GetObject"],"Resource":"*"}]}',
      }),
    )
    expect(actionOptions(added)).toEqual(actionOptions(fresh(added)))
    expect(actionOptions(added)).toContain('kms:Decrypt')
    const half = applied(setPolicyVersionDocument(added, { policy: 'Shared', document: '{"Statement":[{"Act' }))
    expect(actionOptions(half)).toEqual(actionOptions(fresh(half)))
    expect(actionOptions(half)).not.toContain('kms:Decrypt')
    expect(actionOptions(half)).toEqual(before)
  })

  it('follows edits to inline and trust policies', () => {
    const inline = applied(
      putInlinePolicy(scenario, {
        kind: 'group',
        identity: 'devs',
        name: 'Q',
        document: { Statement: [{ Effect: 'Allow', Action: 'sqs:ReceiveMessage', Resource: '*' }] },
      }),
    )
    expect(actionOptions(inline)).toEqual(actionOptions(fresh(inline)))
    expect(actionOptions(inline)).toContain('sqs:ReceiveMessage')
    const trust = applied(setTrustPolicy(inline, { role: 'Admin', document: '{"Statement":[]}' }))
    expect(actionOptions(trust)).toEqual(actionOptions(fresh(trust)))
    expect(actionOptions(trust)).not.toContain('sts:AssumeRole')
  })

  it('gives the same lists (the same arrays) while a policy text edit leaves their content alone', () => {
    const principals = principalOptions(scenario)
    const resources = resourceOptions(scenario)
    const roles = roleChoices(scenario)
    const actions = actionOptions(scenario)
    const edited = applied(
      setPolicyVersionDocument(scenario, {
        policy: 'Shared',
        document: '{"Statement":[{"Effect":"Allow","Action":["s3:GetObject"],"Resource":"*"}] }',
      }),
    )
    expect(principalOptions(edited)).toBe(principals)
    expect(resourceOptions(edited)).toBe(resources)
    expect(roleChoices(edited)).toBe(roles)
    expect(actionOptions(edited)).toBe(actions)
  })
})

describe(roleChoices, () => {
  it("lists each role's name and ARN", () => {
    expect(roleChoices(scenario)).toEqual([{ name: 'Admin', arn: 'arn:aws:iam::111122223333:role/Admin' }])
  })
})

function applied(result: EditResult): Scenario {
  if (!result.ok) throw new Error('the edit was refused')
  return result.scenario
}
