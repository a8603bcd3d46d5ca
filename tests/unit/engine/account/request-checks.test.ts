// The request form's checks: input the engine cannot ask about (errors, with fixes), and what the AWS catalog says
// about the actions and resources (warnings and notes; the request is still asked).
import { beforeAll, describe, expect, it } from 'vitest'
import { english, requestCatalogIssues, requestInputIssues, requestServices } from '../../../../src/engine/index'
import type { RequestFields } from '../../../../src/engine/index'
import { nodeCatalog } from '../../../helpers/catalog-node'
import { library } from '../../graph/support'

const teams = library('company-teams')
const OBJECT = 'arn:aws:s3:::company-a-app-assets/images/logo.png'
const INSTANCE = 'arn:aws:ec2:ap-northeast-2:111122223333:instance/i-0a1b2c3d4e5f60001'

const fields = (parts: Partial<RequestFields>): RequestFields => ({
  principal: 'user/jiwoo',
  actions: ['s3:GetObject'],
  resources: [OBJECT],
  ...parts,
})

const catalog = nodeCatalog()
async function catalogIssues(parts: Partial<RequestFields>) {
  const f = fields(parts)
  await catalog.load(requestServices(f))
  return requestCatalogIssues(teams, catalog.snapshot(), f)
}

beforeAll(async () => {
  await catalog.load(['s3', 'ec2', 'iam', 'sts', 'cloudfront'])
})

describe(requestInputIssues, () => {
  it('has nothing to say about a request the engine can ask', () => {
    expect(requestInputIssues(teams, fields({}))).toEqual([])
    expect(requestInputIssues(teams, fields({ principal: 'arn:aws:iam::111122223333:user/jiwoo' }))).toEqual([])
    expect(requestInputIssues(teams, fields({ principal: 'ec2.amazonaws.com', resources: ['*'] }))).toEqual([])
  })

  it('refuses a bare name as the principal and offers the user of that name', () => {
    const [issue, ...rest] = requestInputIssues(teams, fields({ principal: 'jiwoo' }))
    expect(rest).toEqual([])
    expect(issue).toMatchObject({ field: 'principal', severity: 'error', fixes: ['user/jiwoo'] })
    expect(english(issue!.message)).toBe(
      '`jiwoo` is not a principal ARN or a short form such as `user/NAME`: did you mean `user/jiwoo`?',
    )
  })

  it('offers the role of that name, and the closest names for a typo', () => {
    expect(requestInputIssues(teams, fields({ principal: 'EC2FullAccessRole' }))[0]?.fixes).toEqual([
      'role/EC2FullAccessRole',
    ])
    expect(requestInputIssues(teams, fields({ principal: 'jiwo' }))[0]?.fixes).toEqual(['user/jiwoo'])
  })

  it('names the accepted forms when nothing in the scenario is close', () => {
    const [issue] = requestInputIssues(teams, fields({ principal: 'arn:aws:iam::123:user/' }))
    expect(issue).toMatchObject({ field: 'principal', severity: 'error', fixes: [] })
    expect(english(issue!.message)).toContain('is not a principal: write an ARN')
  })

  it('refuses action lines that are not one action, and resources that are not ARNs, by line', () => {
    const issues = requestInputIssues(
      teams,
      fields({ actions: ['s3:GetObject', '', 's3:*', 'hello world'], resources: ['*', 'bucket/key'] }),
    )
    expect(issues.map((i) => [i.field, i.line, i.message.key])).toEqual([
      ['action', 2, 'check.action-pattern'],
      ['action', 3, 'check.action-not-name'],
      ['resource', 1, 'check.resource-not-arn'],
    ])
  })

  it('quotes at most 80 characters of pasted text, on one line', () => {
    const [issue] = requestInputIssues(teams, fields({ principal: `x\n${'y'.repeat(500)}` }))
    const value = String(issue!.message.params!.value)
    expect(value.length).toBe(80)
    expect(value).not.toContain('\n')
  })
})

describe(requestCatalogIssues, () => {
  it('flags an unknown action with the closest real ones as fixes', async () => {
    const [issue, ...rest] = await catalogIssues({ actions: ['s3:GetObjekt'] })
    expect(rest).toEqual([])
    expect(issue).toMatchObject({ field: 'action', line: 0, severity: 'warning' })
    expect(issue!.fixes[0]).toBe('s3:GetObject')
    expect(issue!.fixes.length).toBeLessThanOrEqual(3)
    expect(english(issue!.message)).toBe('unknown action `s3:GetObjekt`: Amazon S3 has no action `GetObjekt`')
  })

  it('flags an unknown service prefix with the closest prefixes', async () => {
    const [issue] = await catalogIssues({ actions: ['s4:GetObject'] })
    expect(issue).toMatchObject({ field: 'action', severity: 'warning' })
    expect(issue!.fixes).toContain('s3:GetObject')
  })

  it('flags a resource of a type the action does not act on, naming its types and the scenario’s fitting resources', async () => {
    const [issue, ...rest] = await catalogIssues({ actions: ['ec2:StopInstances'] })
    expect(rest).toEqual([])
    expect(issue).toMatchObject({ field: 'resource', line: 0, severity: 'warning', fixes: [INSTANCE] })
    expect(english(issue!.message)).toBe(
      '`ec2:StopInstances` acts on instance (`arn:aws:ec2:${Region}:${Account}:instance/${InstanceId}`); ' +
        '`arn:aws:s3:::company-a-app-assets/images/logo.png` is a resource of type `object` (Amazon S3)',
    )
  })

  it('accepts resources of the action’s types: an object, a bucket, a user with a path', async () => {
    expect(await catalogIssues({})).toEqual([])
    expect(
      await catalogIssues({ actions: ['s3:ListBucket'], resources: ['arn:aws:s3:::company-a-app-assets'] }),
    ).toEqual([])
    expect(
      await catalogIssues({
        actions: ['iam:ChangePassword'],
        resources: ['arn:aws:iam::111122223333:user/team/jiwoo'],
      }),
    ).toEqual([])
    expect(await catalogIssues({ actions: ['ec2:StopInstances'], resources: [INSTANCE] })).toEqual([])
  })

  it('a bucket is not an object, and an object is not a bucket', async () => {
    const onObject = await catalogIssues({ actions: ['s3:ListBucket'] })
    expect(onObject.map((i) => i.message.key)).toEqual(['check.resource-type-mismatch'])
    const onBucket = await catalogIssues({ resources: ['arn:aws:s3:::company-a-app-assets'] })
    expect(onBucket.map((i) => i.message.key)).toEqual(['check.resource-type-mismatch'])
    expect(onBucket[0]!.message.params!.type).toBe('bucket')
  })

  it('takes `*` for an action without resource types, and notes `*` for one with them', async () => {
    expect(await catalogIssues({ actions: ['cloudfront:ListDistributions'], resources: ['*'] })).toEqual([])
    const [note] = await catalogIssues({ actions: ['ec2:StopInstances'], resources: ['*'] })
    expect(note).toMatchObject({ field: 'resource', severity: 'info', fixes: [INSTANCE] })
    const [arn] = await catalogIssues({ actions: ['cloudfront:ListDistributions'] })
    expect(arn).toMatchObject({ severity: 'info', fixes: ['*'], message: { key: 'check.resource-none-needed' } })
  })

  it('judges each resource line once in a batch, and skips lines the input check refuses', async () => {
    const issues = await catalogIssues({
      actions: ['ec2:StopInstances', 'ec2:StartInstances', 'nope'],
      resources: [OBJECT, INSTANCE, 'not an arn'],
    })
    expect(issues.map((i) => [i.field, i.line])).toEqual([['resource', 0]])
  })

  it('says nothing about services it has not loaded', () => {
    const f = fields({ actions: ['glacier:NoSuchThing'] })
    expect(requestCatalogIssues(teams, catalog.snapshot(), f)).toEqual([])
  })
})
