// A small two-account scenario for the account feature's tests.
import type { Scenario } from '../../../src/engine/scenario/model'
import type { EditResult } from '../../../src/engine/scenario/edits/index'
import type { AppActions } from '../../../src/lib/account/actions'
import type { Selection } from '../../../src/lib/state/navigation.svelte'
import type { PolicyTarget } from '../../../src/lib/state/policy-target'

export const A = '111122223333'
export const B = '444455556666'
export const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess'

/** Users, groups, roles, policies, resources and an organization across two accounts. */
export function fixture(): Scenario {
  return {
    format: 'iam-playground/scenario',
    version: 1,
    title: 'account view',
    accounts: [{ id: A, alias: 'main' }, { id: B }],
    users: [
      { name: 'alice', groups: ['DEV1'], managedPolicies: ['Reader', ADMIN], tags: { team: 'a' } },
      { name: 'bob' },
      { name: 'carol', account: B, groups: ['DEV1'] },
    ],
    groups: [{ name: 'DEV1' }, { name: 'ops' }, { name: 'DEV1', account: B }],
    roles: [
      {
        name: 'Admin',
        trustPolicy: '{}',
        inlinePolicies: [{ name: 'p1', document: '{}' }],
        permissionsBoundary: 'Reader',
      },
    ],
    policies: [
      { name: 'Reader', versions: [{ id: 'v1', document: '{}', isDefault: true }] },
      { name: 'Writer', versions: [{ id: 'v1', document: '{}', isDefault: true }] },
      { name: 'Remote', account: B, versions: [{ id: 'v1', document: '{}', isDefault: true }] },
    ],
    resources: [{ arn: 'arn:aws:s3:::bucket-a' }, { arn: 'arn:aws:sqs:us-east-1:444455556666:q', name: 'queue' }],
    organization: {
      id: 'o-abcdefghij',
      managementAccount: A,
      policies: [{ name: 'DenyDelete', type: 'scp', document: '{}' }],
      root: {
        id: 'r-ab12',
        name: 'Root',
        scps: ['FullAWSAccess'],
        accounts: [A],
        children: [{ id: 'ou-ab12-11111111', name: 'Dev', scps: ['FullAWSAccess', 'DenyDelete'], accounts: [B] }],
      },
    },
  }
}

/** The part of AppState the actions use, as plain data. */
export function fakeApp(scenario: Scenario = fixture()): AppActions {
  const app: AppActions = {
    document: {
      scenario,
      edit(result: EditResult) {
        if (!result.ok) return result.error
        app.document.scenario = result.scenario
        return undefined
      },
    },
    navigation: {
      selection: undefined as Selection,
      target: undefined as PolicyTarget | undefined,
      select(selection) {
        app.navigation.selection = selection
      },
      openPolicy(target) {
        app.navigation.target = target
      },
    },
  }
  return app
}
