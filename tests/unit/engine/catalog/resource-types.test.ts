// Which resource type an ARN is, read from the catalog's ARN formats.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { arnFitsFormat, requestInputIssues } from '../../../../src/engine/index'
import { parseScenario } from '../../../../src/engine/scenario/parse'

describe(arnFitsFormat, () => {
  const BUCKET = 'arn:${Partition}:s3:::${BucketName}'
  const OBJECT = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}'
  const INSTANCE = 'arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}'
  const USER = 'arn:${Partition}:iam::${Account}:user/${UserNameWithPath}'
  const FUNCTION = 'arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}'
  const VERSION = 'arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}:${Version}'
  const QUEUE = 'arn:${Partition}:sqs:${Region}:${Account}:${QueueName}'

  it.each([
    ['arn:aws:s3:::bucket', BUCKET, true],
    ['arn:aws:s3:::bucket', OBJECT, false],
    ['arn:aws:s3:::bucket/key', OBJECT, true],
    ['arn:aws:s3:::bucket/a/deep/key.png', OBJECT, true],
    ['arn:aws:s3:::bucket/key', BUCKET, false],
    ['arn:aws:ec2:ap-northeast-2:111122223333:instance/i-1', INSTANCE, true],
    ['arn:aws:ec2:ap-northeast-2:111122223333:volume/v-1', INSTANCE, false],
    ['arn:aws:s3:::bucket/instance/x', INSTANCE, false],
    ['arn:aws:iam::111122223333:user/alice', USER, true],
    ['arn:aws:iam::111122223333:user/team/leads/alice', USER, true],
    ['arn:aws:iam::111122223333:role/alice', USER, false],
    ['arn:aws:iam::111122223333:user/', USER, false],
    ['arn:aws:lambda:us-east-1:111122223333:function:f', FUNCTION, true],
    ['arn:aws:lambda:us-east-1:111122223333:function:f:3', FUNCTION, false],
    ['arn:aws:lambda:us-east-1:111122223333:function:f:3', VERSION, true],
    ['arn:aws:sqs:us-east-1:111122223333:queue', QUEUE, true],
    ['arn:aws:sqs:us-east-1:111122223333:queue/x', QUEUE, false],
    ['not an arn', BUCKET, false],
  ])('%s is of %s: %s', (arn, format, fits) => {
    expect(arnFitsFormat(arn, format)).toBe(fits)
  })
})

describe('the library’s saved requests', () => {
  const folder = new URL('../../../../scenarios/', import.meta.url)
  const files = readdirSync(folder).filter((f) => f.endsWith('.json') && !f.includes('schema'))

  it.each(files)('%s: every saved request passes the request form’s input check', (file) => {
    const parsed = parseScenario(JSON.parse(readFileSync(new URL(file, folder), 'utf8')))
    if (!parsed.ok) return
    const scenario = parsed.scenario
    for (const r of scenario.requests ?? []) {
      const fields = { principal: r.principal, actions: [r.action], resources: [r.resource], context: r.context ?? {} }
      expect(requestInputIssues(scenario, fields), `${r.principal} ${r.action} ${r.resource}`).toEqual([])
    }
  })
})
