import { describe, expect, it } from 'vitest'
import { Catalog, type CatalogReader } from '../../../src/engine/index'
import { cachedCatalog } from '../../../src/lib/editor/catalog-client'
import type { EditorCatalog } from '../../../src/lib/editor/catalog-types'
import { CatalogDocs, catalogQueries } from '../../../workers/catalog/queries'
import { nodeCatalogReader } from '../../helpers/catalog-node'

/** Queries over the installed package's catalog, recording which files were read. */
function queries() {
  const read: string[] = []
  const reader: CatalogReader = (path) => (read.push(path), nodeCatalogReader(path))
  const docs = new CatalogDocs()
  return { editor: catalogQueries(new Catalog(docs.reader(reader)), docs), read }
}

describe(catalogQueries, () => {
  it('lists services from the index alone', async () => {
    const { editor, read } = queries()
    const services = await editor.services()
    expect(services.find((s) => s.prefix === 's3')?.name).toBeTruthy()
    expect(read.some((p) => p.startsWith('actions/'))).toBe(false)
  })

  it('loads one service for its actions, keeping the descriptions the engine drops', async () => {
    const { editor, read } = queries()
    const actions = await editor.actions('S3')
    const get = actions.find((a) => a.name === 'GetObject')
    expect(get?.accessLevel).toBe('Read')
    expect(get?.description).toMatch(/^Grants permission to retrieve objects/)
    expect(read.filter((p) => p.startsWith('actions/'))).toEqual(['actions/s3.json'])
  })

  it('answers an empty list for an unknown service', async () => {
    expect(await queries().editor.actions('nope')).toEqual([])
  })

  it('marks the keys that apply to the actions, with global keys and their descriptions', async () => {
    const keys = await queries().editor.conditionKeys([], ['s3:GetObject'])
    const find = (key: string) => keys.find((k) => k.key === key)
    expect(find('s3:ExistingObjectTag/<key>')).toMatchObject({ forActions: true, global: false })
    expect(find('s3:x-amz-acl')?.forActions).toBe(false)
    expect(find('aws:SourceIp')).toMatchObject({ global: true, type: 'IPAddress' })
    expect(find('aws:SourceIp')?.description).toMatch(/IP address/)
    expect(new Set(keys.map((k) => k.key.toLowerCase())).size).toBe(keys.length)
  })

  it('expands action wildcards and adds the keys of named services', async () => {
    const keys = await queries().editor.conditionKeys(['sts'], ['s3:Put*'])
    expect(keys.find((k) => k.key === 's3:x-amz-acl')?.forActions).toBe(true)
    expect(keys.some((k) => k.key.startsWith('sts:'))).toBe(true)
  })
})

describe(cachedCatalog, () => {
  it('asks once per question and retries after a failure', async () => {
    const calls: string[] = []
    let fail = true
    const source: EditorCatalog = {
      services: async () => (calls.push('services'), []),
      actions: async (s) => {
        calls.push(s)
        if (fail) throw new Error('worker failed')
        return []
      },
      conditionKeys: async (services, actions) => (calls.push(`${services}|${actions}`), []),
    }
    const cached = cachedCatalog(source)
    await cached.services()
    await cached.services()
    await expect(cached.actions('s3')).rejects.toThrow('worker failed')
    fail = false
    await cached.actions('S3')
    await cached.actions('s3')
    await cached.conditionKeys(['b', 'a'], ['x'])
    await cached.conditionKeys(['a', 'b'], ['x'])
    expect(calls).toEqual(['services', 's3', 's3', 'b,a|x'])
  })
})
