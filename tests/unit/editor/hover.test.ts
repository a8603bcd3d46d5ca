import { describe, expect, it } from 'vitest'
import { policyHoverDoc } from '../../../src/lib/editor/hover'
import { fakeCatalog } from './fixtures'
import { CATALOG_VERSION, catalogDate } from '../../../src/lib/about/versions'

/** The hover doc at the `|` of `marked`, and the text it covers. */
async function hoverAt(marked: string) {
  const pos = marked.indexOf('|')
  const text = marked.slice(0, pos) + marked.slice(pos + 1)
  const doc = await policyHoverDoc(text, pos, fakeCatalog().catalog)
  return doc && { ...doc, covers: text.slice(doc.from, doc.to) }
}

describe(policyHoverDoc, () => {
  it('documents an action with its access level and description (the AWS catalog’s, marked as such)', async () => {
    expect(await hoverAt('{ "Statement": [ { "Action": ["s3:Get|Object"] } ] }')).toEqual({
      from: 30,
      to: 44,
      covers: '"s3:GetObject"',
      title: 's3:GetObject',
      detail: 'Access level: Read',
      body: 'Grants permission to retrieve objects',
      awsText: true,
      footer: `AWS catalog ${CATALOG_VERSION} (${catalogDate(CATALOG_VERSION)})`,
    })
  })

  it('names the AWS catalog under docs read from it, not under the grammar’s own', async () => {
    const key = await hoverAt(
      '{ "Statement": [ { "Action": "s3:GetObject", "Condition": { "Bool": { "aws:Secure|Transport": "true" } } } ] }',
    )
    expect(key?.footer).toMatch(/^AWS catalog 0\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\)$/)
    expect((await hoverAt('{ "Statement": [ { "Condition": { "String|Equals": {} } } ] }'))?.footer).toBeUndefined()
    expect((await hoverAt('{ "Statement": [ { "Action": "|*" } ] }'))?.footer).toBeUndefined()
  })

  it('lists what a wildcard action matches', async () => {
    const doc = await hoverAt('{ "Statement": [ { "NotAction": "s3:Get|*" } ] }')
    expect(doc).toMatchObject({
      title: 's3:Get*',
      detail: 'Matches 2 actions',
      body: '`s3:GetObject`, `s3:GetObjectAcl`',
    })
  })

  it('documents an operator with its family and modifiers', async () => {
    const doc = await hoverAt('{ "Statement": [ { "Condition": { "ForAnyValue:StringNotLike|IfExists": {} } } ] }')
    expect(doc?.detail).toBe('String operator')
    expect(doc?.body?.split('\n')).toHaveLength(4)
    expect(doc?.body).toContain('`IfExists`')
  })

  it('documents a condition key with its type', async () => {
    const doc = await hoverAt(
      '{ "Statement": [ { "Condition": { "IpAddress": { "aws:Source|Ip": "192.0.2.0/24" } } } ] }',
    )
    expect(doc).toMatchObject({ title: 'aws:SourceIp', detail: 'IPAddress · global key', body: 'The requester’s IP' })
  })

  it('documents a filled-in template key through its template', async () => {
    const doc = await hoverAt(
      '{ "Statement": [ { "Condition": { "StringEquals": { "aws:RequestTag/te|am": "x" } } } ] }',
    )
    expect(doc?.title).toBe('aws:RequestTag/${TagKey}')
  })

  it('documents policy elements', async () => {
    expect((await hoverAt('{ "Statement": [ { "Eff|ect": "Allow" } ] }'))?.body).toContain('`Allow` or `Deny`')
    expect((await hoverAt('{ "Ver|sion": "2012-10-17" }'))?.title).toBe('Version')
  })

  it('has nothing for values it does not know', async () => {
    expect(await hoverAt('{ "Statement": [ { "Sid": "Re|ad" } ] }')).toBeUndefined()
    expect(await hoverAt('{ "Statement": [ { "Action": "nope:Get|Thing" } ] }')).toBeUndefined()
    expect(await hoverAt('{ "Statement": [ { "Action": "s3:Get|Nothing" } ] }')).toBeUndefined()
  })
})
