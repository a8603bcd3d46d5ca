// The shared scenario lookups: by name, ARN and short reference.
import { describe, expect, it } from 'vitest'
import {
  defaultVersion,
  findGroup,
  findManagedPolicy,
  findResource,
  findRole,
  findUser,
  parsePrincipalText,
  principalRef,
} from '../../../../src/engine/scenario/lookup'
import type { Scenario } from '../../../../src/engine/scenario/model'
import { simulate } from '../../../../src/engine/account/simulate'
import { exampleScenario } from '../../../../src/engine/scenario/example'

const s: Scenario = exampleScenario()
// A second `alice` in the other account, listed first: the default account still wins a bare name.
s.users!.unshift({ name: 'alice', account: '444455556666' })

describe('findUser, findRole, findGroup', () => {
  it('find by exact name, preferring the default account', () => {
    expect(findUser(s, 'alice')).toBe(s.users![1])
    expect(findUser(s, 'alice', '444455556666')).toBe(s.users![0])
    expect(findUser(s, 'Alice')).toBeUndefined()
    expect(findRole(s, 'Deployer')?.maxSessionDuration).toBe(7200)
    expect(findGroup(s, 'developers')).toBe(s.groups![0])
  })

  it('find by ARN, paths included', () => {
    expect(findUser(s, 'arn:aws:iam::111122223333:user/contractors/bob')?.name).toBe('bob')
    expect(findUser(s, 'arn:aws:iam::111122223333:user/bob')).toBeUndefined()
    expect(findRole(s, 'arn:aws:iam::111122223333:role/AppServer')?.name).toBe('AppServer')
    expect(findGroup(s, 'arn:aws:iam::111122223333:group/developers')?.name).toBe('developers')
  })

  it('find nothing in an account that does not have it', () => {
    expect(findRole(s, 'Deployer', '444455556666')).toBeUndefined()
  })
})

describe(findManagedPolicy, () => {
  it('resolves a customer managed policy to its default version', () => {
    expect(findManagedPolicy(s, 'DeveloperBoundary')).toMatchObject({
      arn: 'arn:aws:iam::111122223333:policy/DeveloperBoundary',
      name: 'DeveloperBoundary',
      source: 'customer',
      versionId: 'v2',
      document: { Statement: [{ Action: ['s3:Get*', 's3:List*', 'sts:AssumeRole'] }] },
    })
    expect(findManagedPolicy(s, 'arn:aws:iam::111122223333:policy/DeveloperBoundary')?.versionId).toBe('v2')
  })

  it('falls back to the bundled AWS managed policies, by name or ARN', () => {
    const byName = findManagedPolicy(s, 'ViewOnlyAccess')
    expect(byName).toMatchObject({ source: 'aws', arn: 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess' })
    expect(findManagedPolicy(s, 'arn:aws:iam::aws:policy/AdministratorAccess')).toMatchObject({
      name: 'AdministratorAccess',
      versionId: 'v1',
      document: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
    })
  })

  it('prefers a customer managed policy that shadows an AWS name', () => {
    const shadow = exampleScenario()
    shadow.policies!.push({ name: 'ReadOnlyAccess', versions: [{ id: 'v1', isDefault: true, document: '{}' }] })
    expect(findManagedPolicy(shadow, 'ReadOnlyAccess')?.source).toBe('customer')
  })

  it('is undefined for unknown policies and policies in other accounts', () => {
    expect(findManagedPolicy(s, 'Nope')).toBeUndefined()
    expect(findManagedPolicy(s, 'DeveloperBoundary', '444455556666')).toBeUndefined()
  })
})

describe('findManagedPolicy with copies of AWS managed policies', () => {
  const MQ = 'arn:aws:iam::aws:policy/AmazonMQFullAccess'
  const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess'
  const doc = (action: string) => ({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
  })
  const withCopies = (): Scenario => {
    const c = exampleScenario()
    c.policies!.push(
      { name: 'AmazonMQFullAccess', account: 'aws', versions: [{ id: 'v4', isDefault: true, document: doc('mq:*') }] },
      {
        name: 'AdministratorAccess',
        account: 'aws',
        versions: [
          { id: 'v1', document: doc('*') },
          { id: 'v2', isDefault: true, document: doc('s3:*') },
        ],
      },
    )
    return c
  }

  it('resolves a copy outside the bundle by ARN or name, from any account, as an AWS managed policy', () => {
    const c = withCopies()
    const expected = { arn: MQ, name: 'AmazonMQFullAccess', source: 'aws', versionId: 'v4', document: doc('mq:*') }
    expect(findManagedPolicy(c, MQ)).toEqual(expected)
    expect(findManagedPolicy(c, 'AmazonMQFullAccess')).toEqual(expected)
    expect(findManagedPolicy(c, MQ, '444455556666')).toEqual(expected)
    expect(findManagedPolicy(c, 'AmazonMQFullAccess', '111122223333')).toEqual(expected)
    expect(findManagedPolicy(exampleScenario(), MQ)).toBeUndefined()
  })

  it('prefers the copy over the bundled document, by ARN and by name', () => {
    const c = withCopies()
    expect(findManagedPolicy(c, ADMIN)).toMatchObject({ source: 'aws', versionId: 'v2', document: doc('s3:*') })
    expect(findManagedPolicy(c, 'AdministratorAccess', '444455556666')?.document).toEqual(doc('s3:*'))
  })

  it('a customer managed policy of the account still wins a bare name; the ARN reaches the copy', () => {
    const c = withCopies()
    c.policies!.push({ name: 'AmazonMQFullAccess', versions: [{ id: 'v1', isDefault: true, document: doc('a:b') }] })
    expect(findManagedPolicy(c, 'AmazonMQFullAccess')).toMatchObject({ source: 'customer', versionId: 'v1' })
    expect(findManagedPolicy(c, 'AmazonMQFullAccess', '444455556666')).toMatchObject({ source: 'aws', arn: MQ })
    expect(findManagedPolicy(c, MQ)).toMatchObject({ source: 'aws', versionId: 'v4' })
  })

  it('honours the path in the ARN', () => {
    const c = withCopies()
    c.policies![c.policies!.length - 2]!.path = '/service-role/'
    expect(findManagedPolicy(c, MQ)).toBeUndefined()
    expect(findManagedPolicy(c, 'arn:aws:iam::aws:policy/service-role/AmazonMQFullAccess')?.name).toBe(
      'AmazonMQFullAccess',
    )
  })

  it('the memoized lookup of a simulation finds the copy as well', () => {
    const c = withCopies()
    c.roles![0]!.managedPolicies = [MQ]
    const r = simulate(c, { principal: 'role/Deployer', action: 'mq:CreateBroker', resource: '*' })
    expect(r.decision).toBe('Allow')
  })
})

describe(defaultVersion, () => {
  it('is the version marked isDefault', () => {
    expect(defaultVersion(s.policies![0]!)?.id).toBe('v2')
    expect(defaultVersion({ name: 'x', versions: [{ id: 'v1', document: {} }] })).toBeUndefined()
  })
})

describe(findResource, () => {
  it('finds an exact ARN', () => {
    expect(findResource(s, 'arn:aws:lambda:us-east-1:111122223333:function:reports')?.resource?.executionRole).toBe(
      'ReportsFunction',
    )
    expect(findResource(s, 'arn:aws:sqs:us-east-1:111122223333:none')).toBeUndefined()
  })

  it("an S3 object's policy holder is its bucket, with the object's own entry for tags", () => {
    const m = findResource(s, 'arn:aws:s3:::example-reports/2024/q1.csv')
    expect(m?.resource?.arn).toBe('arn:aws:s3:::example-reports')
    expect(m?.object?.tags).toEqual({ classification: 'confidential' })
  })

  it('an S3 object without an entry still finds its bucket', () => {
    const m = findResource(s, 'arn:aws:s3:::example-reports/other.txt')
    expect(m).toEqual({ resource: s.resources![0] })
  })
})

describe(parsePrincipalText, () => {
  it('reads short references and ARNs', () => {
    expect(parsePrincipalText('user/alice')).toEqual({ kind: 'user', name: 'alice' })
    expect(parsePrincipalText('user/eng/alice')).toEqual({ kind: 'user', name: 'alice', path: '/eng/' })
    expect(parsePrincipalText('444455556666:role/Admin')).toEqual({
      kind: 'role',
      name: 'Admin',
      account: '444455556666',
    })
    expect(parsePrincipalText('root')).toEqual({ kind: 'root' })
    expect(parsePrincipalText('arn:aws:iam::111122223333:root')).toEqual({ kind: 'root', account: '111122223333' })
    expect(parsePrincipalText('arn:aws:iam::111122223333:user/alice')).toEqual({
      kind: 'user',
      name: 'alice',
      path: '/',
      account: '111122223333',
    })
    expect(parsePrincipalText('arn:aws:sts::111122223333:assumed-role/Deployer/s1')).toEqual({
      kind: 'session',
      roleName: 'Deployer',
      sessionName: 's1',
      account: '111122223333',
    })
  })

  it('leaves other principals alone', () => {
    for (const text of [
      'anonymous',
      '*',
      's3.amazonaws.com',
      'arn:aws:iam::111122223333:group/g',
      'arn:aws:sts::111122223333:user/x',
      'group/x',
    ]) {
      expect(parsePrincipalText(text), text).toBeUndefined()
    }
  })
})

describe(principalRef, () => {
  it('resolves users and roles in the default account', () => {
    expect(principalRef(s, 'user/alice')).toMatchObject({
      kind: 'user',
      arn: 'arn:aws:iam::111122223333:user/alice',
      account: '111122223333',
    })
    expect(principalRef(s, 'role/Deployer')).toMatchObject({
      kind: 'role',
      arn: 'arn:aws:iam::111122223333:role/Deployer',
    })
    expect(principalRef(s, '444455556666:user/alice')?.entity).toBe(s.users![0])
  })

  it('resolves the root user of an account', () => {
    expect(principalRef(s, 'root')).toMatchObject({
      kind: 'root',
      arn: 'arn:aws:iam::111122223333:root',
      entity: s.accounts[0],
    })
    expect(principalRef(s, '444455556666:root')?.arn).toBe('arn:aws:iam::444455556666:root')
    expect(principalRef(s, '999999999999:root')).toBeUndefined()
  })

  it('resolves ARNs, paths included', () => {
    expect(principalRef(s, 'arn:aws:iam::111122223333:user/contractors/bob')?.entity).toBe(s.users![2])
    expect(principalRef(s, 'arn:aws:iam::111122223333:user/bob')).toBeUndefined()
    expect(principalRef(s, 'user/bob')?.arn).toBe('arn:aws:iam::111122223333:user/contractors/bob')
  })

  it('resolves a live session with its role', () => {
    const ref = principalRef(s, 'arn:aws:sts::111122223333:assumed-role/Deployer/alice-deploy')
    expect(ref).toMatchObject({ kind: 'session', entity: s.sessions![0], role: s.roles![0] })
    expect(principalRef(s, 'assumed-role/Deployer/alice-deploy')?.kind).toBe('session')
    expect(principalRef(s, 'assumed-role/Deployer/other')).toBeUndefined()
  })

  it('is undefined for service principals, anonymous and unknown names', () => {
    expect(principalRef(s, 'lambda.amazonaws.com')).toBeUndefined()
    expect(principalRef(s, 'anonymous')).toBeUndefined()
    expect(principalRef(s, 'user/carol')).toBeUndefined()
  })
})
