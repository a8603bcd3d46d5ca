// parseScenario: the organization tree and its SCPs and RCPs.
import { describe, expect, it } from 'vitest'
import type { OrgNode, Scenario } from '../../../../src/engine/scenario/model'
import { errorsAfter } from './parse-support'

const workloads = (s: Scenario): OrgNode => s.organization!.root.children![0]!
const rcp = {
  name: 'OnlyOurOrg',
  type: 'rcp' as const,
  document: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: '*',
        Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      },
    ],
  },
}

describe('organization', () => {
  it('has a well-formed ID', () => {
    expect(errorsAfter((s) => (s.organization!.id = 'org-1'))).toEqual([
      '/organization/id: "org-1" is not an organization ID (`o-` and 10 to 32 lowercase letters or digits)',
    ])
  })

  it('its management account exists', () => {
    expect(errorsAfter((s) => (s.organization!.managementAccount = '999999999999'))).toEqual([
      '/organization/managementAccount: unknown account "999999999999": add it to `accounts`',
    ])
  })

  it('the root is `r-…` and the nodes below are OUs', () => {
    expect(
      errorsAfter((s) => {
        s.organization!.root.id = 'ou-ab12-cd34ef57'
        workloads(s).id = 'r-ab13'
      }),
    ).toEqual([
      '/organization/root/id: the root\'s ID starts with `r-`; found "ou-ab12-cd34ef57"',
      '/organization/root/children/0/id: an OU\'s ID starts with `ou-`; found "r-ab13"',
    ])
    expect(errorsAfter((s) => (workloads(s).id = 'ou-1'))).toEqual([
      '/organization/root/children/0/id: "ou-1" is not a root ID (`r-…`) or an OU ID (`ou-…-…`)',
    ])
  })

  it('node IDs are unique', () => {
    expect(errorsAfter((s) => s.organization!.root.children!.push({ id: 'ou-ab12-cd34ef56', name: 'Again' }))).toEqual([
      '/organization/root/children/1/id: duplicate node ID "ou-ab12-cd34ef56": /organization/root/children/0 has it',
    ])
  })

  it('an account is in one node at most, and exists', () => {
    expect(errorsAfter((s) => s.organization!.root.accounts!.push('111122223333'))).toEqual([
      '/organization/root/children/0/accounts/0: account 111122223333 is already in /organization/root: an account is in one node only',
    ])
    expect(errorsAfter((s) => workloads(s).accounts!.push('999999999999'))).toEqual([
      '/organization/root/children/0/accounts/1: unknown account "999999999999": add it to `accounts`',
    ])
  })

  it('OUs nest at most five levels', () => {
    const chain = (depth: number): OrgNode =>
      depth === 0
        ? { id: 'ou-ab12-leaf0000', name: 'leaf' }
        : { id: `ou-ab12-level${depth}00`, name: `l${depth}`, children: [chain(depth - 1)] }
    expect(errorsAfter((s) => (workloads(s).children = [chain(3)]))).toEqual([])
    expect(errorsAfter((s) => (workloads(s).children = [chain(4)]))).toEqual([
      '/organization/root/children/0/children/0/children/0/children/0/children/0/children/0: OUs nest at most 5 levels below the root',
    ])
  })
})

describe('SCP and RCP attachments', () => {
  it('SCP names resolve to organization policies; FullAWSAccess is built in', () => {
    expect(errorsAfter((s) => (workloads(s).scps = ['FullAWSAccess', 'RegionLock']))).toEqual([])
    expect(errorsAfter((s) => workloads(s).scps!.push('DenyLeaving'))).toEqual([
      '/organization/root/children/0/scps/2: unknown SCP "DenyLeaving": add it to `organization.policies` with `"type": "scp"`',
    ])
  })

  it('an RCP listed as an SCP (and back) is an error', () => {
    expect(
      errorsAfter((s) => {
        s.organization!.policies!.push(rcp)
        workloads(s).scps!.push('OnlyOurOrg')
        workloads(s).rcps = ['RegionLock']
      }),
    ).toEqual([
      '/organization/root/children/0/scps/2: "OnlyOurOrg" is an RCP, not an SCP: list it under `rcps`',
      '/organization/root/children/0/rcps/0: "RegionLock" is an SCP, not an RCP: list it under `scps`',
    ])
  })

  it('RCPs resolve; RCPFullAWSAccess is built in', () => {
    expect(
      errorsAfter((s) => {
        s.organization!.policies!.push(rcp)
        s.organization!.root.rcps = ['RCPFullAWSAccess', 'OnlyOurOrg']
      }),
    ).toEqual([])
  })

  it('at most 5 SCPs per node, and policy names are unique', () => {
    expect(errorsAfter((s) => (workloads(s).scps = ['FullAWSAccess', ...Array(5).fill('RegionLock')]))).toEqual([
      '/organization/root/children/0/scps: at most 5 SCPs can be attached to one node',
    ])
    expect(errorsAfter((s) => s.organization!.policies!.push({ ...s.organization!.policies![0]! }))).toEqual([
      '/organization/policies/1/name: duplicate organization policy name "RegionLock": /organization/policies/0 has it',
    ])
  })

  it('the policy type is scp or rcp', () => {
    expect(errorsAfter((s) => (s.organization!.policies![0]!.type = 'SCP' as never))).toEqual([
      '/organization/policies/0/type: must be "scp" or "rcp"; found "SCP"',
      '/organization/root/children/0/scps/1: unknown SCP "RegionLock": add it to `organization.policies` with `"type": "scp"`',
    ])
  })
})
