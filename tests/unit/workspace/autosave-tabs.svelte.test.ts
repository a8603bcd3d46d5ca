// Two "tabs": two IndexedDB connections to one database, each with its own Autosave and real BroadcastChannel.
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { IDBObjectStore } from 'fake-indexeddb'
import { NOTICES, openBackend, type WorkspaceBackend } from '../../../src/lib/store/backend'
import { Autosave } from '../../../src/lib/workspace/autosave.svelte'
import { freshIndexedDb, scenario } from '../store/fixtures'

let tabA: WorkspaceBackend
let tabB: WorkspaceBackend
let a: Autosave
let b: Autosave

beforeEach(async () => {
  freshIndexedDb()
  tabA = await openBackend()
  tabB = await openBackend()
  const ws = await tabA.createWorkspace('Shared', scenario('base'))
  // Default options: a persistent backend gets BroadcastChannel('iam-playground') (global in Node 20 too).
  a = new Autosave(tabA, ws, { delay: 10 })
  b = new Autosave(tabB, ws, { delay: 10 })
})

afterEach(() => {
  a.destroy()
  b.destroy()
  tabA.close()
  tabB.close()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

it('tells the other tab, which then holds a conflict instead of overwriting', async () => {
  a.schedule(scenario('from A'))
  await a.flush()
  await vi.waitFor(() => expect(b.outdated).toBe(true))
  expect(b.theirs).toMatchObject({ revision: 2, scenario: { title: 'from A' } })

  b.schedule(scenario('from B'))
  expect(b.status).toBe('conflict')
  await b.keepMine()
  expect(b).toMatchObject({ status: 'saved', outdated: false })
  expect(b.workspace.revision).toBe(3)

  // Now A is the stale one, and learns it the same way.
  await vi.waitFor(() => expect(a.outdated).toBe(true))
  expect(a.takeTheirs()?.title).toBe('from B')
  a.schedule(scenario('A again'))
  await a.flush()
  expect(a.status).toBe('saved')
  expect(a.workspace.revision).toBe(4)
})

it('finds the conflict in storage even when the message comes too late', async () => {
  b.destroy() // B hears nothing.
  a.schedule(scenario('from A'))
  await a.flush()
  b.schedule(scenario('from B'))
  await b.flush()
  expect(b).toMatchObject({ status: 'conflict', conflict: 'changed' })
  expect(b.theirs?.scenario.title).toBe('from A')
  const load = await tabB.getWorkspace(b.workspace.id)
  expect(load?.ok && load.workspace.scenario.title).toBe('from A')
})

it('keeps saving in memory when the disk is full, and says the edit is not saved', async () => {
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError')
  })
  a.schedule(scenario('kept in the tab'))
  await a.flush()
  expect(a).toMatchObject({ status: 'saved', notice: NOTICES.quota })
  expect(tabA.persistent).toBe(false)
  const load = await tabA.getWorkspace(a.workspace.id)
  expect(load?.ok && load.workspace.scenario.title).toBe('kept in the tab')
})

it('stores the scenario as it is, and one holding a $state proxy (IndexedDB cannot clone it) as a snapshot', async () => {
  // What a $state proxy is in the page (here, in Node, $state makes none).
  const tags = new Proxy({ team: 'blue' }, {})
  const withProxy = { ...scenario('proxy'), users: [{ name: 'alice', tags }] }
  expect(() => structuredClone(withProxy)).toThrow()
  a.schedule(withProxy)
  await a.flush()
  expect(a.status).toBe('saved')
  const stored = await tabA.getWorkspace(a.workspace.id)
  expect(stored).toMatchObject({
    ok: true,
    workspace: { scenario: { users: [{ name: 'alice', tags: { team: 'blue' } }] } },
  })
})
