// The access matrix asks each action about a resource of a type it acts on: the chosen one when it fits, else the
// account's first of the action's types, else `*` for actions without resource types; the rows follow.
import { beforeAll, describe, expect, it } from 'vitest'
import { matrixResourceFor, matrixResources, matrixRows, simulate } from '../../../src/engine/index'
import { nodeCatalog } from '../../helpers/catalog-node'
import { library } from '../graph/support'

const teams = library('company-teams')
const OBJECT = 'arn:aws:s3:::company-a-app-assets/images/logo.png'
const BUCKET = 'arn:aws:s3:::company-a-app-assets'
const TABLE = 'arn:aws:dynamodb:ap-northeast-2:111122223333:table/Orders'
const INSTANCE = 'arn:aws:ec2:ap-northeast-2:111122223333:instance/i-0a1b2c3d4e5f60001'
const catalog = nodeCatalog()

beforeAll(async () => {
  await catalog.load(['s3', 'ec2', 'iam', 'sts', 'cloudfront', 'dynamodb'])
})

describe(matrixResourceFor, () => {
  const pick = (action: string, chosen: string) => matrixResourceFor(catalog.snapshot(), teams, action, chosen)

  it('keeps the chosen resource when it is of a type the action acts on', () => {
    expect(pick('s3:GetObject', OBJECT)).toEqual({ resource: OBJECT, why: 'chosen' })
    expect(pick('ec2:StopInstances', INSTANCE)).toEqual({ resource: INSTANCE, why: 'chosen' })
  })

  it('takes the account’s first resource of the action’s types when the chosen one does not fit', () => {
    expect(pick('ec2:StopInstances', OBJECT)).toEqual({ resource: INSTANCE, why: 'account' })
    expect(pick('s3:ListBucket', OBJECT)).toEqual({ resource: BUCKET, why: 'account' })
    expect(pick('iam:ChangePassword', OBJECT)).toEqual({
      resource: 'arn:aws:iam::111122223333:user/jiwoo',
      why: 'account',
    })
    expect(pick('sts:AssumeRole', '*').resource).toMatch(/^arn:aws:iam::111122223333:role\//)
  })

  it('asks actions without resource types on `*`', () => {
    expect(pick('cloudfront:ListDistributions', OBJECT)).toEqual({ resource: '*', why: 'no-types' })
    expect(pick('cloudfront:ListDistributions', '*')).toEqual({ resource: '*', why: 'no-types' })
  })

  it('keeps the chosen resource when nothing of the account fits, or the catalog does not know the action', () => {
    expect(pick('dynamodb:GetItem', OBJECT)).toEqual({ resource: TABLE, why: 'account' })
    expect(pick('s3:GetObject', BUCKET)).toEqual({ resource: OBJECT, why: 'account' })
    expect(pick('ec2:StopInstances', OBJECT).why).toBe('account')
    const empty = { ...teams, resources: [] }
    expect(matrixResourceFor(catalog.snapshot(), empty, 'ec2:StopInstances', OBJECT)).toEqual({
      resource: OBJECT,
      why: 'no-fit',
    })
    expect(pick('s3:GetObjekt', OBJECT)).toEqual({ resource: OBJECT, why: 'unchecked' })
    expect(pick('glacier:ListVaults', OBJECT)).toEqual({ resource: OBJECT, why: 'unchecked' })
  })
})

describe(matrixRows, () => {
  it('answers each column on its own resource, exactly as `simulate` would', () => {
    const actions = [
      's3:GetObject',
      'ec2:StopInstances',
      'cloudfront:ListDistributions',
      's3:ListBucket',
      'dynamodb:GetItem',
    ]
    const columns = matrixResources(catalog.snapshot(), teams, actions, OBJECT)
    const resources = columns.map((c) => c.resource)
    expect(resources).toEqual([OBJECT, INSTANCE, '*', BUCKET, TABLE])
    const principals = [...(teams.users ?? []).map((u) => `user/${u.name}`), 'role/EC2FullAccessRole', 'root']
    const rows = matrixRows(teams, { principals, actions, resource: OBJECT, resources })
    const codes = { Allow: 'A', ExplicitDeny: 'E', ImplicitDeny: 'I' } as const
    const expected = principals.map((principal) =>
      actions
        .map((action, j) => codes[simulate(teams, { principal, action, resource: resources[j]! }).decision])
        .join(''),
    )
    expect(rows).toEqual(expected)
    // The backend developers may read the table's items, which asking on the object would hide.
    expect(rows.filter((r) => r[4] === 'A').length).toBeGreaterThan(1)
    expect(rows).not.toEqual(matrixRows(teams, { principals, actions, resource: OBJECT }))
  })

  it('refuses a resource list that does not match the actions', () => {
    expect(() =>
      matrixRows(teams, { principals: ['root'], actions: ['s3:GetObject'], resource: '*', resources: [] }),
    ).toThrow('/resources: must have one resource per action')
  })
})
