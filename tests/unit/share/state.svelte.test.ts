import { describe, expect, it } from 'vitest'
import {
  applySharedState,
  encodeShare,
  readShareFromLocation,
  shareOf,
  toSharedState,
} from '../../../src/lib/share/index'
import { draftFor } from '../../../src/lib/request/draft'
import { AppState } from '../../../src/lib/state/app.svelte'
import { scenario } from './fixtures'

const engine = { simulate: () => new Promise<never>(() => undefined) }

describe(toSharedState, () => {
  it('leaves out the default request and no open policy', () => {
    const s = scenario()
    const state = toSharedState({ scenario: s, request: draftFor(s) })
    expect(Object.keys(state)).toEqual(['v', 'engine', 'catalog', 'scenario'])
  })
})

describe(readShareFromLocation, () => {
  it('is undefined without a hash', async () => {
    expect(await readShareFromLocation({ hash: '', search: '' })).toBeUndefined()
  })

  it('reports a damaged link', async () => {
    expect(await readShareFromLocation({ hash: '#zgarbage', search: '' })).toMatchInlineSnapshot(`
      {
        "error": "This share link is damaged or cut off: its data cannot be decompressed.",
      }
    `)
  })

  it('takes the view from the query when the payload has none', async () => {
    const fragment = await encodeShare(toSharedState({ scenario: scenario() }))
    const read = await readShareFromLocation({ hash: `#${fragment}`, search: '?view=trace' })
    expect(read && 'v' in read ? read.view : undefined).toBe('trace')
  })
})

describe(applySharedState, () => {
  it('restores the scenario, the request and the open policy in a fresh app', async () => {
    const source = new AppState(scenario(), engine)
    source.question.setRequest({ principal: 'user/bora', actions: ['s3:ListAllMyBuckets'], resources: ['*'] })
    source.navigation.openPolicy({ slot: 'trust', role: 'AbacDeveloper' })
    const fragment = await encodeShare(shareOf(source))

    const read = await readShareFromLocation({ hash: `#${fragment}`, search: '' })
    if (!read || 'error' in read) throw new Error('expected a state')
    const target = new AppState(
      { format: 'iam-playground/scenario', version: 1, title: 'Other', accounts: [{ id: '111122223333' }] },
      engine,
    )
    await applySharedState(target, read)
    expect(target.document.scenario).toEqual(source.document.scenario)
    expect(target.question.request).toEqual(source.question.request)
    expect(target.navigation.target).toEqual({ slot: 'trust', role: 'AbacDeveloper' })
    expect(target.workspaces.current).toEqual({ id: '', name: 'Attribute-based access control with team tags' })
  })
})

describe(shareOf, () => {
  const event = {
    eventVersion: '1.08',
    eventTime: '2024-05-01T12:00:00Z',
    eventSource: 's3.amazonaws.com',
    eventName: 'GetObject',
  }

  it('leaves the activity log out unless asked, and carries the view on show', async () => {
    const app = new AppState({ ...scenario(), activity: [event as never] }, engine)
    expect(shareOf(app).scenario.activity).toBeUndefined()
    expect(shareOf(app, { activity: true }).scenario.activity).toHaveLength(1)
    expect(shareOf(app).view).toBeUndefined()

    app.navigation.show('graph')
    const read = await readShareFromLocation({ hash: `#${await encodeShare(shareOf(app))}`, search: '' })
    if (!read || 'error' in read) throw new Error('expected a state')
    const target = new AppState(scenario(), engine)
    await applySharedState(target, read)
    expect(target.navigation.view).toBe('graph')
  })

  it('an embed layout named by ?view does not change the app view', async () => {
    const fragment = await encodeShare(toSharedState({ scenario: scenario() }))
    const read = await readShareFromLocation({ hash: `#${fragment}`, search: '?view=trace' })
    if (!read || 'error' in read) throw new Error('expected a state')
    const target = new AppState(scenario(), engine)
    await applySharedState(target, read)
    expect(target.navigation.view).toBe('playground')
  })
})
