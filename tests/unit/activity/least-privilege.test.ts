// Least-privilege policies generated from a principal's activity: valid, exact, grouped by service.
import { describe, expect, it } from 'vitest'
import {
  exampleScenario,
  leastPrivilegePolicy,
  simulate,
  validatePolicy,
  type Scenario,
} from '../../../src/engine/index'
import { withActivity } from './helpers'

const BUCKET = 'arn:aws:s3:::example-reports'
const OBJECT = `${BUCKET}/2024/q1.csv`
const ALICE = 'arn:aws:iam::111122223333:user/alice'
const DEPLOYER = 'arn:aws:iam::111122223333:role/Deployer'
const SESSION = 'arn:aws:sts::111122223333:assumed-role/Deployer/alice-deploy'

function active(): Scenario {
  return withActivity(exampleScenario(), [
    { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT, time: '2024-04-01T00:00:00Z' },
    { principal: 'user/alice', action: 's3:GetObjectTagging', resource: OBJECT, time: '2024-04-02T00:00:00Z' },
    { principal: 'user/alice', action: 's3:ListBucket', resource: BUCKET, time: '2024-04-03T00:00:00Z' },
    { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT, time: '2024-04-04T00:00:00Z' },
    { principal: 'user/alice', action: 's3:PutObject', resource: OBJECT, time: '2024-04-05T00:00:00Z' },
    { principal: 'user/alice', action: 's3:ListAllMyBuckets', resource: '*', time: '2024-04-06T00:00:00Z' },
    { principal: 'user/contractors/bob', action: 's3:GetObject', resource: OBJECT, time: '2024-04-07T00:00:00Z' },
  ])
}

describe('leastPrivilegePolicy', () => {
  it('allows exactly what was allowed, one statement per service and resource set', () => {
    const generated = leastPrivilegePolicy(active(), ALICE)
    expect(generated.requests).toBe(5)
    expect(generated.actions).toEqual(['s3:GetObject', 's3:GetObjectTagging', 's3:ListAllMyBuckets', 's3:ListBucket'])
    expect(generated.document).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'S31', Effect: 'Allow', Action: ['s3:GetObject', 's3:GetObjectTagging'], Resource: OBJECT },
        { Sid: 'S32', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
        { Sid: 'S33', Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET },
      ],
    })
  })

  it('is a valid identity policy that allows what was used and nothing that was denied', () => {
    const s = active()
    const document = leastPrivilegePolicy(s, ALICE).document!
    expect(validatePolicy(document, { kind: 'identity' }).filter((d) => d.severity === 'error')).toEqual([])
    // Alice with only the generated policy: the same requests are allowed, PutObject still is not.
    const only: Scenario = {
      ...s,
      users: [{ name: 'alice', inlinePolicies: [{ name: 'LeastPrivilege', document }] }],
      groups: [],
    }
    const decide = (action: string, resource: string) =>
      simulate(only, { principal: 'user/alice', action, resource }).decision
    expect(decide('s3:GetObject', OBJECT)).toBe('Allow')
    expect(decide('s3:ListBucket', BUCKET)).toBe('Allow')
    expect(decide('s3:PutObject', OBJECT)).toBe('ImplicitDeny')
    expect(decide('s3:GetObject', `${BUCKET}/other.csv`)).toBe('ImplicitDeny')
  })

  it('adds what was denied on request, and reads only records since a time', () => {
    const s = active()
    expect(leastPrivilegePolicy(s, ALICE, { includeDenied: true }).actions).toContain('s3:PutObject')
    const recent = leastPrivilegePolicy(s, ALICE, { since: '2024-04-04T00:00:00Z' })
    expect(recent.requests).toBe(2)
    expect(recent.actions).toEqual(['s3:GetObject', 's3:ListAllMyBuckets'])
  })

  it('gathers a role’s sessions, a statement per service, with readable statement IDs', () => {
    const s = withActivity(exampleScenario(), [
      { principal: SESSION, action: 'lambda:ListFunctions', resource: '*' },
      { principal: SESSION, action: 'logs:DescribeLogGroups', resource: '*' },
      { principal: SESSION, action: 'access-analyzer:ListAnalyzers', resource: '*' },
    ])
    expect(leastPrivilegePolicy(s, DEPLOYER).document!.Statement.map((st) => st.Sid)).toEqual(['Lambda', 'Logs'])
    // The role has no access-analyzer permission: only asked-for denials join.
    const document = leastPrivilegePolicy(s, DEPLOYER, { includeDenied: true }).document!
    expect(document.Statement.map((st) => st.Sid)).toEqual(['AccessAnalyzer', 'Lambda', 'Logs'])
    expect(validatePolicy(document, { kind: 'identity' }).filter((d) => d.severity === 'error')).toEqual([])
  })

  it('gives no document when nothing qualifies', () => {
    const generated = leastPrivilegePolicy(exampleScenario(), ALICE)
    expect(generated).toEqual({ requests: 0, actions: [] })
  })
})
