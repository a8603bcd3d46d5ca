// The graph view's state with a fake engine: the scenario laid out once per change, the focus and filter sent with
// it, the latest answer winning over older ones, pending while one is on its way, failures and "Try again"; what the
// pickers list, and what opening a node does in the app.
import { describe, expect, it, vi } from 'vitest'
import type { PathStep, Scenario } from '../../../src/engine/index'
import type { GraphOptions, GraphPicture, PlacedNode } from '../../../src/lib/graph/picture'
import { graphPicture } from '../../../workers/graph/picture'
import { GraphSession, LARGE_GRAPH, type GraphApp } from '../../../src/lib/graph/session.svelte'
import { A, B, scenario } from '../../helpers/scenario'
import { library } from './support'

/** A layout call the test answers (or fails) when it chooses, in any order. */
interface Call {
  scenario: Scenario
  options: GraphOptions
  /** Answers with the real picture of what was asked, or with `picture`. */
  answer(picture?: GraphPicture): void
  fail(message: string): void
}

/** An engine whose layouts wait for the test; an answer is the real picture of what was asked. */
function fakeEngine() {
  const calls: Call[] = []
  const layout = (scenario: Scenario, options: GraphOptions) =>
    new Promise<GraphPicture>((resolve, reject) => {
      calls.push({
        scenario,
        options,
        answer: (picture) => resolve(picture ?? graphPicture(scenario, options)),
        fail: (message) => reject(new Error(message)),
      })
    })
  return { calls, layout }
}

/** Lets the answers given reach the session. */
const settle = () => new Promise((resolve) => setTimeout(resolve))

function setup(first: Scenario = library('company-teams')) {
  const engine = fakeEngine()
  let scenario = first
  const app = {
    document: {
      get scenario() {
        return scenario
      },
    },
    navigation: {
      select: vi.fn(),
      openPolicy: vi.fn(),
      show: vi.fn(),
      path: undefined as readonly PathStep[] | undefined,
      clearPath() {
        this.path = undefined
      },
    },
  } satisfies GraphApp
  const session = new GraphSession(app, engine.layout)
  /** Replaces the app's scenario, as an edit, undo or load does. */
  const replace = (next: Scenario) => (scenario = next)
  return { app, engine, session, calls: engine.calls, replace }
}

const minho = `user:${A}/minho`

describe(GraphSession, () => {
  it('lays out the app’s scenario once per scenario, the whole graph with nothing hidden', async () => {
    const { app, session, calls, replace } = setup()
    session.follow(app.document.scenario)
    session.follow(app.document.scenario)
    expect(calls).toHaveLength(1)
    expect(calls[0]!.options).toEqual({ hidden: [] })
    expect(calls[0]!.scenario).toEqual(app.document.scenario)
    calls[0]!.answer()
    await settle()
    replace({ ...app.document.scenario, title: 'changed' })
    session.follow(app.document.scenario)
    expect(calls).toHaveLength(2)
    expect(calls[1]!.scenario.title).toBe('changed')
  })

  it('is pending while a layout is on its way, and keeps the last picture meanwhile', async () => {
    const { app, session, calls } = setup()
    session.follow(app.document.scenario)
    expect(session.pending).toBe(true)
    expect(session.picture).toBeUndefined()
    calls[0]!.answer()
    await settle()
    expect(session.pending).toBe(false)
    const first = session.picture
    expect(first?.nodes.length).toBeGreaterThan(0)
    session.toggle('aws-policy', false)
    expect(session.pending).toBe(true)
    expect(session.picture).toBe(first)
  })

  it('sends the focus and the hidden kinds, and asks again on each change', async () => {
    const { app, session, calls } = setup()
    const answered = async () => {
      calls.at(-1)!.answer()
      await settle()
    }
    session.follow(app.document.scenario)
    await answered()
    session.setFocus(minho)
    await answered()
    session.toggle('aws-policy', false)
    await answered()
    session.toggle('account', false)
    await answered()
    session.toggle('aws-policy', true)
    await answered()
    expect(calls.map((c) => c.options)).toEqual([
      { hidden: [] },
      { focus: minho, hidden: [] },
      { focus: minho, hidden: ['aws-policy'] },
      { focus: minho, hidden: ['aws-policy', 'account'] },
      { focus: minho, hidden: ['account'] },
    ])
    session.setFocus('')
    expect(calls.at(-1)!.options).toEqual({ hidden: ['account'] })
  })

  it('asks only the latest of the changes made while a layout runs (one layout at a time)', async () => {
    const { app, session, calls } = setup()
    session.follow(app.document.scenario)
    session.setFocus(minho)
    session.toggle('aws-policy', false)
    expect(calls).toHaveLength(1)
    calls[0]!.answer()
    await settle()
    // The first answer was overtaken: it is not shown, and the latest question is asked.
    expect(session.picture).toBeUndefined()
    expect(session.pending).toBe(true)
    expect(calls.map((c) => c.options)).toEqual([{ hidden: [] }, { focus: minho, hidden: ['aws-policy'] }])
    calls[1]!.answer()
    await settle()
    expect(session.picture?.focus).toBe(minho)
    expect(session.pending).toBe(false)
  })

  it('stays pending while only an older layout has answered', async () => {
    const { app, session, calls } = setup()
    session.follow(app.document.scenario)
    session.setFocus(minho)
    calls[0]!.answer()
    await settle()
    expect(session.picture).toBeUndefined()
    expect(session.pending).toBe(true)
    calls[1]!.answer()
    await settle()
    expect(session.pending).toBe(false)
  })

  it('reports a failure, ignores an older one, and tries again', async () => {
    const { app, session, calls } = setup()
    session.follow(app.document.scenario)
    calls[0]!.fail('the worker did not start')
    await settle()
    expect(session.failure).toBe('the worker did not start')
    expect(session.pending).toBe(false)
    session.retry()
    expect(calls).toHaveLength(2)
    expect(calls[1]!.options).toEqual(calls[0]!.options)
    expect(session.failure).toBeUndefined()
    expect(session.pending).toBe(true)
    session.setFocus(minho)
    calls[1]!.fail('too late')
    await settle()
    expect(session.failure).toBeUndefined()
    calls[2]!.answer()
    await settle()
    expect(session.failure).toBeUndefined()
    expect(session.picture?.focus).toBe(minho)
  })

  it('drops a focus that is gone from the scenario: the whole graph shows and the picker says so', async () => {
    const { app, session, calls, replace } = setup()
    session.setFocus(minho)
    replace({ ...app.document.scenario, users: app.document.scenario.users!.filter((u) => u.name !== 'minho') })
    session.follow(app.document.scenario)
    calls[0]!.answer()
    await settle()
    calls[1]!.answer()
    await settle()
    expect(session.picture?.focus).toBeUndefined()
    expect(session.focus).toBe('')
    expect(calls).toHaveLength(2)
  })

  it('lists users and roles for the picker, with the account of those outside the first', async () => {
    const s = scenario({
      accounts: [{ id: A }, { id: B }],
      users: [{ name: 'alice' }, { name: 'bob', account: B }],
      roles: [{ name: 'Admin', trustPolicy: { Version: '2012-10-17', Statement: [] } }],
    })
    const { session, calls } = setup(s)
    session.follow(s)
    calls[0]!.answer()
    await settle()
    expect(session.home).toBe(A)
    expect(session.users.map(session.choiceLabel)).toEqual(['alice', `bob (${B})`])
    expect(session.roles.map(session.choiceLabel)).toEqual(['Admin'])
  })

  it('names the focus, the kinds in the legend and the export file', async () => {
    const { app, session, calls } = setup()
    session.follow(app.document.scenario)
    calls[0]!.answer()
    await settle()
    expect(session.focusName).toBeUndefined()
    expect(session.fileName).toBe('iam-graph')
    expect(session.shownKinds).toEqual(session.picture!.kinds)
    session.setFocus(minho)
    calls[1]!.answer()
    await settle()
    session.toggle('aws-policy', false)
    calls[2]!.answer()
    await settle()
    expect(session.focusName).toBe('minho')
    expect(session.fileName).toBe('iam-graph-minho')
    expect(session.shownKinds).toEqual(session.picture!.kinds.filter((k) => k !== 'aws-policy'))
    session.setFocus(minho)
    calls[3]!.answer({ ...session.picture!, principals: [{ id: minho, kind: 'user', label: 'min ho/π' }] })
    await settle()
    expect(session.fileName).toBe('iam-graph-min-ho-')
  })

  it('says when the whole graph is too large to read at a glance, never when focused', async () => {
    const { app, session, calls } = setup()
    const nodes = (n: number) => Array.from({ length: n }, () => ({}) as PlacedNode)
    const big = { nodes: nodes(LARGE_GRAPH + 1), kinds: [], principals: [] } as unknown as GraphPicture
    const shown = async (picture: GraphPicture) => {
      session.retry()
      calls.at(-1)!.answer(picture)
      await settle()
      return session.large
    }
    session.follow(app.document.scenario)
    expect(session.large).toBe(false)
    calls[0]!.answer({ ...big, nodes: nodes(1) })
    await settle()
    expect(await shown({ ...big, nodes: nodes(LARGE_GRAPH) })).toBe(false)
    expect(await shown(big)).toBe(true)
    expect(await shown({ ...big, focus: minho })).toBe(false)
  })

  it('opens a node’s entity in the playground, and its policy in the editor; external nodes open nothing', async () => {
    const { app, session, calls } = setup()
    session.follow(app.document.scenario)
    calls[0]!.answer()
    await settle()
    const node = (id: string) => session.picture!.nodes.find((n) => n.id === id)!
    session.open(node(minho))
    expect(app.navigation.select).toHaveBeenCalledWith({ kind: 'user', name: 'minho', account: A })
    expect(app.navigation.openPolicy).not.toHaveBeenCalled()
    expect(app.navigation.show).toHaveBeenCalledWith('playground')
    const inline = node(`inline:group:${A}/BE1/AllowAssumeS3ConfigTempRole`)
    expect(session.opens(inline)).toBe(true)
    session.open(inline)
    expect(app.navigation.openPolicy).toHaveBeenCalledWith({
      slot: 'inline',
      owner: 'group',
      identity: 'BE1',
      name: 'AllowAssumeS3ConfigTempRole',
    })
    const ghost = setup(scenario({ users: [{ name: 'alice', groups: ['Ghost'] }] }))
    ghost.session.follow(ghost.app.document.scenario)
    ghost.calls[0]!.answer()
    await settle()
    const external = ghost.session.picture!.nodes.find((n) => n.external)!
    expect(ghost.session.opens(external)).toBe(false)
    ghost.session.open(external)
    expect(ghost.app.navigation.select).not.toHaveBeenCalled()
    expect(ghost.app.navigation.show).not.toHaveBeenCalled()
  })

  it('draws the path the app holds, its first caller in the picker; choosing a focus or clearing drops the path', async () => {
    const { app, session, calls } = setup()
    const path: PathStep[] = [
      {
        principal: `arn:aws:iam::${A}:user/minho`,
        action: 'iam:CreateAccessKey',
        resource: `arn:aws:iam::${A}:user/jiwoo`,
        to: { kind: 'user', name: 'jiwoo', account: A },
      },
    ]
    app.navigation.path = path
    session.follow(app.document.scenario)
    expect(calls[0]!.options).toEqual({ hidden: [], path })
    calls[0]!.answer()
    await settle()
    expect(session.picture?.steps.map((s) => `${s.from} ${s.to}`)).toEqual([`${minho} user:${A}/jiwoo`])
    expect(session.focusChoice).toBe(minho)
    expect(session.focusName).toBe('minho')

    // Clearing: the graph as before the path (the whole graph, nothing in focus).
    session.clearPath()
    expect(app.navigation.path).toBeUndefined()
    expect(calls[1]!.options).toEqual({ hidden: [] })
    calls[1]!.answer()
    await settle()
    expect(session.picture?.steps).toEqual([])
    expect(session.focusChoice).toBe('')

    // Choosing a focus while a path is drawn: the focus, without the path.
    app.navigation.path = path
    session.setFocus(`user:${A}/jiwoo`)
    expect(app.navigation.path).toBeUndefined()
    expect(calls[2]!.options).toEqual({ focus: `user:${A}/jiwoo`, hidden: [] })
  })
})
