import { describe, expect, it } from 'vitest'
import { Catalog, type CatalogReader } from '../../../../src/engine/catalog/index'
import { nodeCatalogReader } from '../../../helpers/catalog-node'

/** A reader over the real files that records what it was asked for. */
function counting(read: CatalogReader = nodeCatalogReader) {
  const paths: string[] = []
  const reader: CatalogReader = (path) => {
    paths.push(path)
    return read(path)
  }
  return { reader, paths }
}

describe(Catalog, () => {
  it('reads nothing until asked, and answers undefined meanwhile', () => {
    const { reader, paths } = counting()
    const snapshot = new Catalog(reader).snapshot()
    expect(paths).toEqual([])
    expect(snapshot.hasService('s3')).toBeUndefined()
    expect(snapshot.services()).toBeUndefined()
    expect(snapshot.action('s3', 'GetObject')).toBeUndefined()
    expect(snapshot.knowsKeysOf('s3:prefix')).toBeUndefined()
  })

  it('loads the index and each asked service once, even for concurrent loads', async () => {
    const { reader, paths } = counting()
    const catalog = new Catalog(reader)
    await Promise.all([catalog.load(['s3', 'S3']), catalog.load(['s3', 'iam'])])
    await catalog.load(['iam'])
    const perFile = paths.reduce<Record<string, number>>((n, p) => ({ ...n, [p]: (n[p] ?? 0) + 1 }), {})
    expect(Object.values(perFile).every((n) => n === 1)).toBe(true)
    expect(Object.keys(perFile).sort()).toEqual([
      'actions/iam.json',
      'actions/s3.json',
      'conditionKeys/iam.json',
      'conditionKeys/s3.json',
      'resourceTypes/iam.json',
      'resourceTypes/s3.json',
      'serviceNames.json',
      'services.json',
      'unassociatedConditions.json',
    ])
  })

  it('knows services and their names, case-insensitively', async () => {
    const catalog = new Catalog(nodeCatalogReader)
    await catalog.load(['s3'])
    const c = catalog.snapshot()
    expect(c.hasService('S3')).toBe(true)
    expect(c.hasService('s4')).toBe(false)
    expect(c.serviceName('s3')).toBe('Amazon S3')
    expect(c.services()).toContain('dynamodb')
    expect(c.isLoaded('s3')).toBe(true)
    expect(c.isLoaded('dynamodb')).toBe(false)
  })

  it('finds actions case-insensitively with their documented spelling', async () => {
    const catalog = new Catalog(nodeCatalogReader)
    await catalog.load(['s3'])
    const c = catalog.snapshot()
    const action = c.action('S3', 'getobject')!
    expect(action).toMatchObject({ service: 's3', name: 'GetObject', accessLevel: 'Read' })
    expect(action.conditionKeys).toContain('s3:ExistingObjectTag/<key>')
    expect(c.action('s3', 'GetObjekt')).toBeUndefined()
    expect(c.actions('s3')!.length).toBeGreaterThan(100)
    expect(c.resourceType('s3', 'Object')!.arn).toBe('arn:${Partition}:s3:::${BucketName}/${ObjectName}')
  })

  it('finds global, service and templated condition keys', async () => {
    const catalog = new Catalog(nodeCatalogReader)
    await catalog.load(['s3', 'kms'])
    const c = catalog.snapshot()
    expect(c.conditionKey('AWS:SOURCEIP')).toMatchObject({ key: 'aws:SourceIp', type: 'IPAddress', global: true })
    expect(c.conditionKey('aws:RequestTag/team')).toMatchObject({ global: true, type: 'String' })
    expect(c.conditionKey('s3:prefix')).toMatchObject({ key: 's3:prefix', global: false })
    expect(c.conditionKey('s3:ExistingObjectTag/classification')?.key).toBe('s3:ExistingObjectTag/<key>')
    expect(c.conditionKey('kms:EncryptionContext:purpose')?.key).toBe('kms:EncryptionContext:${EncryptionContextKey}')
    expect(c.conditionKey('kms:EncryptionContextKeys')?.type).toBe('ArrayOfString')
    expect(c.conditionKey('s3:nonsense')).toBeUndefined()
    expect(c.conditionKeys('s3')!.some((k) => k.key === 's3:prefix')).toBe(true)
  })

  it('maps key prefixes that are not services to the services that define them', async () => {
    const catalog = new Catalog(nodeCatalogReader)
    await catalog.load(['saml', 'token.actions.githubusercontent.com'])
    const c = catalog.snapshot()
    expect(c.isLoaded('sts')).toBe(true)
    expect(c.conditionKey('saml:aud')?.key).toBe('saml:aud')
    expect(c.conditionKey('token.actions.githubusercontent.com:repository')).toBeDefined()
    expect(c.knowsKeysOf('saml:aud')).toBe(true)
    expect(c.knowsKeysOf('nosuchprefix:thing')).toBe(false)
    expect(c.knowsKeysOf('aws:NoSuchKey')).toBe(false)
    expect(c.knowsKeysOf('dynamodb:LeadingKeys')).toBeUndefined()
  })

  it('leaves a service unloaded when its read fails, and retries it', async () => {
    let fail = true
    const catalog = new Catalog(async (path) => {
      if (fail && path.startsWith('actions/')) throw new Error('network down')
      return nodeCatalogReader(path)
    })
    await catalog.load(['s3'])
    expect(catalog.snapshot().isLoaded('s3')).toBe(false)
    fail = false
    await catalog.load(['s3'])
    expect(catalog.snapshot().action('s3', 'GetObject')).toBeDefined()
  })

  it('treats an unreadable index as no catalog', async () => {
    const catalog = new Catalog(async () => undefined)
    await catalog.load(['s3'])
    expect(catalog.snapshot().hasService('s3')).toBeUndefined()
  })

  it('ignores malformed files instead of throwing', async () => {
    const files: Record<string, unknown> = {
      'services.json': ['demo'],
      'actions/demo.json': { a: { name: 'Go', resourceTypes: 'nope' }, b: 42, c: { noName: true } },
      'conditionKeys/demo.json': [1, 2],
      'resourceTypes/demo.json': null,
    }
    const catalog = new Catalog(async (path) => files[path])
    await catalog.load(['demo'])
    const c = catalog.snapshot()
    expect(c.actions('demo')!.map((a) => a.name)).toEqual(['Go'])
    expect(c.action('demo', 'go')!.resourceTypes).toEqual([])
    expect(c.resourceTypes('demo')).toEqual([])
  })
})

describe('a fetch-based reader', () => {
  it('needs only a few lines', async () => {
    // The shape the app uses: files served from its own origin under `catalog/`.
    const fakeFetch = async (url: string) => {
      const body = await nodeCatalogReader(url.replace(/^catalog\//, ''))
      return { ok: body !== undefined, json: async () => body }
    }
    const read: CatalogReader = (path) => fakeFetch(`catalog/${path}`).then((r) => (r.ok ? r.json() : undefined))
    const catalog = new Catalog(read)
    await catalog.load(['sqs'])
    expect(catalog.snapshot().action('sqs', 'SendMessage')?.name).toBe('SendMessage')
  })
})
