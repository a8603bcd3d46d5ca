// Navigation: the open policy as the editor shows it and edits through it, opening entities, starting over.
import { describe, expect, it } from 'vitest'
import { exampleScenario, type Scenario } from '../../../src/engine/index'
import { ScenarioDocument } from '../../../src/lib/state/document.svelte'
import { Navigation } from '../../../src/lib/state/navigation.svelte'
import { writePolicyText } from '../../../src/lib/state/policy-write'

function setup(scenario: Scenario = exampleScenario()) {
  const document = new ScenarioDocument(scenario)
  return { document, navigation: new Navigation(document) }
}

describe(Navigation, () => {
  it('edits the open policy as text, and re-reads it for the editor', () => {
    const { document, navigation } = setup()
    const role = document.scenario.roles![0]!
    navigation.openPolicy({ slot: 'trust', role: role.name })
    expect(navigation.editorDoc?.kind).toBe('trust')
    const text = navigation.editorDoc!.text.replace('"Allow"', '"Deny"')
    writePolicyText(document, navigation.target, text)
    expect(navigation.editorDoc?.text).toBe(text)
    expect(document.scenario.roles![0]!.trustPolicy).toBe(text)
  })

  it('undo bumps the revision so the editor reloads its text', () => {
    const { document, navigation } = setup()
    navigation.openPolicy({ slot: 'trust', role: document.scenario.roles![0]!.name })
    writePolicyText(document, navigation.target, '{}')
    const revision = document.revision
    document.undo()
    expect(document.revision).toBe(revision + 1)
    expect(navigation.editorDoc?.text).not.toBe('{}')
  })

  it('has no editor document when nothing is open or the policy is gone', () => {
    const { document, navigation } = setup()
    expect(navigation.editorDoc).toBeUndefined()
    navigation.openPolicy({ slot: 'trust', role: 'NoSuchRole' })
    expect(navigation.editorDoc).toBeUndefined()
    const revision = document.revision
    writePolicyText(document, navigation.target, '{}')
    expect(document.revision).toBe(revision)
  })

  it('opens an entity in the playground, with its policy when given', () => {
    const { document, navigation } = setup()
    navigation.show('graph')
    const role = document.scenario.roles![0]!.name
    navigation.openEntity({ kind: 'role', name: role }, { slot: 'trust', role })
    expect(navigation.view).toBe('playground')
    expect(navigation.selection).toEqual({ kind: 'role', name: role })
    expect(navigation.target).toEqual({ slot: 'trust', role })
    navigation.openEntity({ kind: 'organization' })
    expect(navigation.target).toEqual({ slot: 'trust', role })
  })

  it('closes the selection and the open policy when another scenario starts, keeping the view', () => {
    const { document, navigation } = setup()
    navigation.select({ kind: 'organization' })
    navigation.openPolicy({ slot: 'trust', role: document.scenario.roles![0]!.name })
    navigation.show('matrix')
    navigation.reset()
    expect(navigation.selection).toBeUndefined()
    expect(navigation.target).toBeUndefined()
    expect(navigation.view).toBe('matrix')
  })
})

describe('policies of same-named entities in two accounts', () => {
  function twoAccounts(): Scenario {
    const trust = (account: string) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' }],
      })
    return {
      format: 'iam-playground/scenario',
      version: 1,
      title: 'Two accounts',
      accounts: [{ id: '111122223333' }, { id: '444455556666' }],
      roles: [
        { name: 'Admin', trustPolicy: trust('111122223333') },
        { name: 'Admin', account: '444455556666', trustPolicy: trust('444455556666') },
      ],
    }
  }

  it('opens and edits the trust policy of the role named by its ARN, not its namesake', () => {
    const { document, navigation } = setup(twoAccounts())
    navigation.openPolicy({ slot: 'trust', role: 'arn:aws:iam::444455556666:role/Admin' })
    expect(navigation.editorDoc?.text).toContain('444455556666:root')
    writePolicyText(document, navigation.target, navigation.editorDoc!.text.replace('"Allow"', '"Deny"'))
    expect(document.scenario.roles![1]!.trustPolicy).toContain('"Deny"')
    expect(document.scenario.roles![0]!.trustPolicy).toContain('"Allow"')
  })

  it('shows the graph with an escalation path, until it is cleared or another scenario opens', () => {
    const { navigation } = setup()
    const steps = [
      {
        principal: 'arn:aws:iam::111122223333:user/a',
        action: 'iam:CreateAccessKey',
        resource: 'arn:aws:iam::111122223333:user/b',
      },
    ]
    navigation.showPath(steps)
    expect(navigation.view).toBe('graph')
    expect(navigation.path).toBe(steps)
    navigation.clearPath()
    expect(navigation.path).toBeUndefined()
    expect(navigation.view).toBe('graph')
    navigation.showPath(steps)
    navigation.reset()
    expect(navigation.path).toBeUndefined()
  })
})
