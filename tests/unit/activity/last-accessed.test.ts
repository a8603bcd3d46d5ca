// Last accessed information per principal: services used (with denied attempts), granted services never used.
import { describe, expect, it } from 'vitest'
import { exampleScenario, grantedServices, lastAccessed, type Scenario } from '../../../src/engine/index'
import { withActivity } from './helpers'

const OBJECT = 'arn:aws:s3:::example-reports/2024/q1.csv'
const ALICE = 'arn:aws:iam::111122223333:user/alice'
const DEPLOYER = 'arn:aws:iam::111122223333:role/Deployer'
const SESSION = 'arn:aws:sts::111122223333:assumed-role/Deployer/alice-deploy'

const catalog = (services: string[]) => ({
  services: () => services,
  serviceName: (prefix: string) => ({ s3: 'Amazon S3', iam: 'AWS Identity and Access Management (IAM)' })[prefix],
})

function aliceActive(): Scenario {
  return withActivity(exampleScenario(), [
    { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT, time: '2024-04-01T10:00:00Z' },
    { principal: 'user/alice', action: 's3:PutObject', resource: OBJECT, time: '2024-04-20T10:00:00Z' },
    { principal: 'user/alice', action: 'sts:AssumeRole', resource: DEPLOYER, time: '2024-04-21T10:00:00Z' },
    { principal: 'user/contractors/bob', action: 's3:GetObject', resource: OBJECT, time: '2024-04-30T10:00:00Z' },
  ])
}

describe('lastAccessed', () => {
  it('lists the services used, newest first, with last time, entity, region, count and denials', () => {
    const r = lastAccessed(aliceActive(), ALICE)
    expect(r.now).toBe('2024-05-01T12:00:00.000Z')
    expect(r.services.filter((s) => s.count > 0)).toEqual([
      {
        service: 'sts',
        eventSource: 'sts.amazonaws.com',
        lastAccessed: '2024-04-21T10:00:00Z',
        lastEntity: ALICE,
        lastRegion: 'us-east-1',
        daysSince: 10,
        count: 1,
        denied: 1,
        granted: true,
      },
      {
        service: 's3',
        eventSource: 's3.amazonaws.com',
        lastAccessed: '2024-04-20T10:00:00Z',
        lastEntity: ALICE,
        lastRegion: 'us-east-1',
        daysSince: 11,
        count: 2,
        denied: 1,
        granted: true,
      },
    ])
    expect(r.loggedSince).toBe('2024-04-01T10:00:00Z')
    expect(r.loggedDays).toBe(30)
  })

  it('points out granted services that were never used', () => {
    // alice: AmazonS3ReadOnlyAccess (s3:Get*, s3:List*, s3:Describe*, s3-object-lambda:Get*, ...),
    // IAMUserChangePassword (iam:...), the group's sts:AssumeRole.
    const r = lastAccessed(aliceActive(), ALICE)
    expect(r.unused).toContain('iam')
    expect(r.unused).toContain('s3-object-lambda')
    expect(r.unused).not.toContain('s3')
    expect(r.unused).not.toContain('sts')
    const iam = r.services.find((s) => s.service === 'iam')!
    expect(iam).toEqual({ service: 'iam', eventSource: 'iam.amazonaws.com', count: 0, denied: 0, granted: true })
    expect(r.grantsAll).toBe(false)
  })

  it('marks a service used but not granted', () => {
    const s = withActivity(exampleScenario(), [{ principal: 'user/alice', action: 'ec2:StopInstances', resource: '*' }])
    const ec2 = lastAccessed(s, ALICE).services.find((x) => x.service === 'ec2')
    expect(ec2).toMatchObject({ count: 1, denied: 1, granted: false, daysSince: 0 })
  })

  it('counts a role’s sessions for the role, naming the session as the entity', () => {
    const s = withActivity(exampleScenario(), [{ principal: SESSION, action: 'lambda:ListFunctions', resource: '*' }])
    const lambda = lastAccessed(s, DEPLOYER).services.find((x) => x.service === 'lambda')
    expect(lambda).toMatchObject({ count: 1, denied: 0, lastEntity: SESSION, granted: true })
    expect(lastAccessed(s, ALICE).services.find((x) => x.service === 'lambda')).toBeUndefined()
  })

  it('leaves out what is older than the 400-day tracking period, and expired credentials', () => {
    const s = withActivity(exampleScenario(), [
      { principal: 'user/alice', action: 'sqs:ListQueues', resource: '*', time: '2023-03-01T00:00:00Z' },
      { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT, time: '2023-05-01T00:00:00Z' },
    ])
    const r = lastAccessed(s, ALICE)
    expect(r.services.find((x) => x.service === 'sqs')).toBeUndefined()
    expect(r.services.find((x) => x.service === 's3')?.daysSince).toBe(366)
    const late = withActivity({ ...exampleScenario(), environment: { time: '2024-05-01T14:00:00Z' } }, [
      { principal: SESSION, action: 'lambda:ListFunctions', resource: '*' },
    ])
    expect(late.activity![0]!.errorCode).toBe('ExpiredTokenException')
    expect(lastAccessed(late, DEPLOYER).services.find((x) => x.service === 'lambda')?.count ?? 0).toBe(0)
  })

  it('expands "*" and NotAction with the catalog’s services, and names them', () => {
    const s = exampleScenario()
    s.users![0]!.inlinePolicies = [
      {
        name: 'Admin',
        document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }] },
      },
    ]
    const flagged = lastAccessed(s, ALICE)
    expect(flagged.grantsAll).toBe(true)
    const known = lastAccessed(s, ALICE, { catalog: catalog(['ec2', 'iam', 's3', 'sts']) })
    expect(known.grantsAll).toBe(false)
    // iam stays granted through IAMUserChangePassword, not through the NotAction statement; services named outright
    // (s3-object-lambda, by AmazonS3ReadOnlyAccess) count even when the catalog does not list them.
    expect(known.unused).toEqual(['ec2', 'iam', 's3', 's3-object-lambda', 'sts'])
    const withoutIam = exampleScenario()
    withoutIam.users![0]!.managedPolicies = []
    withoutIam.users![0]!.inlinePolicies = s.users![0]!.inlinePolicies
    expect(lastAccessed(withoutIam, ALICE, { catalog: catalog(['ec2', 'iam', 's3', 'sts']) }).unused).not.toContain(
      'iam',
    )
    expect(known.services.find((x) => x.service === 's3')?.name).toBe('Amazon S3')
  })
})

describe('grantedServices', () => {
  it('reads Allow statements of identity policies only (not boundaries, not denies)', () => {
    const s = exampleScenario()
    s.users![1]!.inlinePolicies = [
      {
        name: 'Mixed',
        document: {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Deny', Action: 'dynamodb:*', Resource: '*' },
            { Effect: 'Allow', Action: ['sqs:Send*', 'SNS:Publish'], Resource: '*' },
            { Effect: 'Allow', Action: 'ec*:Describe*', Resource: '*' },
          ],
        },
      },
    ]
    const bob = 'arn:aws:iam::111122223333:user/contractors/bob'
    const { services, all } = grantedServices(s, bob, ['ec2', 'ecr', 'ecs', 'iam', 'sns', 'sqs'])
    expect([...services].sort()).toEqual(['ec2', 'ecr', 'ecs', 's3', 's3-object-lambda', 'sns', 'sqs', 'sts'])
    expect(all).toBe(true)
    expect(services.has('dynamodb')).toBe(false)
  })
})
