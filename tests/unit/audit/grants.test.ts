// What identity policies grant: every action on every resource, iam:PassRole on every role.
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../../src/engine/index'
import { A, allowDoc, clean, findingsOf, only } from './fixtures'

const managed = (name: string, document: object): NonNullable<Scenario['policies']>[number] => ({
  name,
  versions: [{ id: 'v1', isDefault: true, document: document as never }],
})

describe('admin-access', () => {
  it('fires for a customer managed policy allowing * on *, naming what it is attached to', () => {
    const s = clean({
      policies: [managed('Everything', allowDoc('*'))],
      groups: [{ name: 'ops', managedPolicies: ['Everything'] }],
    })
    const f = only(s, 'admin-access')
    expect(f).toMatchObject({ severity: 'high', params: { policy: 'Everything' } })
    expect(f.entities).toEqual([
      { kind: 'policy', name: 'Everything', account: A },
      { kind: 'group', name: 'ops', account: A },
    ])
  })

  it('fires for an inline policy with *:* (as text)', () => {
    const document = JSON.stringify(allowDoc('*:*'))
    const f = only(clean({ users: [{ name: 'u', inlinePolicies: [{ name: 'All', document }] }] }), 'admin-access')
    expect(f.id).toBe(`admin-access:user/${A}/u:inline/All`)
    expect(f.details?.map((d) => d.key)).toEqual(['everyAction'])
  })

  it('reports NotAction, NotResource and conditions as nearly full access (medium)', () => {
    const notAction = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }] }
    expect(only(clean({ policies: [managed('P', notAction)] }), 'admin-access')).toMatchObject({
      severity: 'medium',
      variant: 'partial',
      details: [{ key: 'allButActions', params: { except: 'iam:*' } }],
    })
    const conditional = allowDoc('*', '*', { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })
    const f = only(clean({ policies: [managed('P', conditional)] }), 'admin-access')
    expect(f.severity).toBe('medium')
    expect(f.details?.map((d) => d.key)).toEqual(['everyAction', 'onlyIf'])
  })

  it('does not fire for narrower grants, denies, unused versions, AWS managed policies or invalid policies', () => {
    const old = {
      name: 'P',
      versions: [
        { id: 'v1', document: allowDoc('*') as never },
        { id: 'v2', isDefault: true, document: allowDoc('s3:*') as never },
      ],
    }
    const deny = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] }
    const s = clean({
      policies: [old, managed('D', deny), managed('S', allowDoc('*', 'arn:aws:s3:::bucket/*'))],
      users: [
        {
          name: 'admin',
          groups: ['g'],
          inlinePolicies: [
            { name: 'Bad', document: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*"}]}' },
          ],
        },
      ],
      groups: [{ name: 'g', managedPolicies: ['AdministratorAccess'] }],
    })
    expect(findingsOf(s, 'admin-access')).toEqual([])
  })
})

describe('passrole-any', () => {
  it('fires for iam:PassRole on *, or on every role of the account', () => {
    expect(only(clean({ policies: [managed('Pass', allowDoc('iam:PassRole'))] }), 'passrole-any').severity).toBe('high')
    const roles = allowDoc(['iam:Pass*', 'lambda:CreateFunction'], `arn:aws:iam::${A}:role/*`)
    expect(
      findingsOf(
        clean({ users: [{ name: 'u', inlinePolicies: [{ name: 'I', document: roles as never }] }] }),
        'passrole-any',
      ),
    ).toHaveLength(1)
  })

  it('is medium when iam:PassedToService limits the services', () => {
    const scoped = allowDoc('iam:PassRole', '*', {
      Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
    })
    expect(only(clean({ policies: [managed('Pass', scoped)] }), 'passrole-any')).toMatchObject({
      severity: 'medium',
      details: [{ key: 'passRoleScoped' }],
    })
  })

  it('does not fire for named roles, or for statements admin-access reports', () => {
    const named = allowDoc('iam:PassRole', `arn:aws:iam::${A}:role/app-*`)
    expect(
      findingsOf(clean({ policies: [managed('P', named), managed('All', allowDoc('*'))] }), 'passrole-any'),
    ).toEqual([])
  })
})
