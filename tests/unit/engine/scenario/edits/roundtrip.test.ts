// Every edit keeps a valid scenario valid: each step's output passes the same check as a loaded file.
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../../../../src/engine/scenario/model'
import { formatIssue, parseScenario } from '../../../../../src/engine/scenario/parse'
import { exampleScenario } from '../../../../../src/engine/scenario/example'
import * as edits from '../../../../../src/engine/scenario/edits/index'
import type { EditResult } from '../../../../../src/engine/scenario/edits/index'

const DEV = '111122223333'
const doc =
  '{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*" }] }'
const queuePolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: DEV }, Action: 'sqs:SendMessage', Resource: '*' }],
})

const steps: [string, (s: Scenario) => EditResult][] = [
  ['create user', (s) => edits.createUser(s, { name: 'carol', tags: { team: 'data' } })],
  ['add to group', (s) => edits.addUserToGroup(s, { user: 'carol', group: 'developers' })],
  ['rename group', (s) => edits.renameGroup(s, { group: 'developers', name: 'devs' })],
  ['rename user with a path', (s) => edits.renameUser(s, { user: 'bob', name: 'robert' })],
  ['create policy', (s) => edits.createPolicy(s, { name: 'ListAll', document: doc })],
  ['attach it', (s) => edits.attachPolicy(s, { kind: 'user', identity: 'carol', policy: 'ListAll' })],
  ['attach AWS by name', (s) => edits.attachPolicy(s, { kind: 'group', identity: 'devs', policy: 'ReadOnlyAccess' })],
  ['new versions', (s) => edits.createPolicyVersion(s, { policy: 'DeveloperBoundary', document: doc })],
  ['set boundary', (s) => edits.setPermissionsBoundary(s, { kind: 'user', identity: 'carol', policy: 'ListAll' })],
  ['rename policy', (s) => edits.renamePolicy(s, { policy: 'ListAll', name: 'ListEverything' })],
  ['inline', (s) => edits.putInlinePolicy(s, { kind: 'role', identity: 'Deployer', name: 'Extra', document: doc })],
  ['rename role', (s) => edits.renameRole(s, { role: 'Deployer', name: 'Shipper' })],
  ['max session', (s) => edits.setRoleMaxSessionDuration(s, { role: 'Shipper', maxSessionDuration: 14400 })],
  ['trust text', (s) => edits.setTrustPolicy(s, { role: 'Shipper', document: edits.defaultTrustPolicy(DEV) })],
  ['rename function role', (s) => edits.renameRole(s, { role: 'ReportsFunction', name: 'Reports' })],
  ['new role', (s) => edits.createRole(s, { name: 'Auditor' })],
  ['session', (s) => edits.addSession(s, { role: 'Auditor', sessionName: 'audit', issuedAt: '2024-05-01T11:00:00Z' })],
  ['delete role', (s) => edits.deleteRole(s, { role: 'Auditor' })],
  ['force delete', (s) => edits.deletePolicy(s, { policy: 'ListEverything', force: true })],
  [
    'bucket rename',
    (s) => edits.renameResource(s, { resource: 'arn:aws:s3:::example-reports', arn: 'arn:aws:s3:::reports' }),
  ],
  ['resource', (s) => edits.createResource(s, { arn: `arn:aws:sqs:us-east-1:${DEV}:jobs`, policy: queuePolicy })],
  ['ou', (s) => edits.createOrganizationalUnit(s, { parent: 'Root', name: 'Sandbox' })],
  ['scp', (s) => edits.createOrganizationPolicy(s, { name: 'NoLeave', type: 'scp', document: doc })],
  ['attach scp', (s) => edits.attachOrganizationPolicy(s, { policy: 'NoLeave', target: 'Sandbox' })],
  ['move', (s) => edits.moveAccount(s, { account: DEV, to: 'Sandbox' })],
  ['rename scp', (s) => edits.renameOrganizationPolicy(s, { policy: 'RegionLock', name: 'Regions' })],
  ['environment', (s) => edits.setEnvironment(s, { sourceIp: '198.51.100.1', mfa: true })],
  ['request', (s) => edits.addRequest(s, { principal: 'user/carol', action: 's3:ListBucket', resource: '*' })],
  ['expect', (s) => edits.setRequestExpect(s, { request: 'req-5', expect: 'Allow' })],
  ['delete group', (s) => edits.deleteGroup(s, { group: 'devs' })],
]

describe('edits on the example scenario', () => {
  it('starts from a valid scenario', () => {
    expect(parseScenario(exampleScenario()).ok).toBe(true)
  })

  it('keeps it valid through every step', () => {
    let s = exampleScenario()
    for (const [name, step] of steps) {
      const result = step(s)
      if (!result.ok) throw new Error(`${name}: ${result.error}`)
      s = result.scenario
      const parsed = parseScenario(s)
      expect(parsed.ok ? [] : parsed.errors.map(formatIssue), name).toEqual([])
    }
    // The renames reached the references the engine resolves.
    expect(s.requests?.map((r) => r.principal)).toEqual([
      'user/alice',
      'user/alice',
      'user/contractors/robert',
      'arn:aws:sts::111122223333:assumed-role/Shipper/alice-deploy',
      'user/carol',
    ])
    expect(s.resources?.find((r) => r.arn.includes('function'))?.executionRole).toBe('Reports')
    expect(s.requests?.[0]?.resource).toBe('arn:aws:s3:::reports/2024/q1.csv')
  })
})
