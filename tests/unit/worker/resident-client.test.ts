// Keeping the account in the worker: the client sends a scenario whole once, then what changed, then only its
// version; the worker rebuilds each version from the objects it already holds; and when the worker holds less than
// the client thought (a restart, a crash, a timeout), the scenario goes whole again.
import * as Comlink from 'comlink'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ok } from '../../helpers/edits'
import {
  exampleScenario,
  putInlinePolicy,
  RESIDENT_CAPACITY,
  ResidentScenarios,
  simulate,
  type Scenario,
  type ScenarioRef,
} from '../../../src/engine/index'
import { ResidentClient } from '../../../src/lib/worker/resident-client'

const extra = (s: Scenario, name: string) =>
  ok(
    putInlinePolicy(s, {
      kind: 'user',
      identity: 'bob',
      name,
      document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }] },
    }),
  )

/**
 * A worker boundary in one thread: arguments are structured-cloned on the way, resolved against `store`, and a
 * thrown error comes back with only its name and message (as Comlink passes it).
 */
function boundary(store: ResidentScenarios) {
  const sent: ScenarioRef[] = []
  const call = async (args: unknown[]): Promise<Scenario> => {
    const copy = structuredClone(args)
    sent.push(copy[0] as ScenarioRef)
    try {
      return store.resolveArgs(copy)[0] as Scenario
    } catch (error) {
      const plain = new Error((error as Error).message)
      plain.name = (error as Error).name
      throw plain
    }
  }
  return { sent, call }
}

const what = (ref: ScenarioRef) => (ref.scenario ? 'whole' : ref.patch ? 'patch' : 'version')

describe('ResidentClient with ResidentScenarios', () => {
  it('sends a scenario whole, then only its version, then what an edit changed', async () => {
    const client = new ResidentClient()
    const { sent, call } = boundary(new ResidentScenarios())
    const first = exampleScenario()
    const held = await client.call([first], call)
    expect(held).toEqual(first)
    expect(await client.call([first], call)).toBe(held)
    const second = extra(first, 'One')
    const rebuilt = await client.call([second], call)
    expect(sent.map(what)).toEqual(['whole', 'version', 'patch'])
    expect(rebuilt).toEqual(second)
    // The worker's objects for what the edit left alone are the ones it already held.
    const alice = second.users!.findIndex((u) => u.name === 'alice')
    expect(rebuilt.users![alice]).toBe(held.users![alice])
    expect(rebuilt.roles).toBe(held.roles)
    // Back to the first version (undo): it is still held, so only its number goes.
    expect(await client.call([first], call)).toBe(held)
    expect(sent.map(what).at(-1)).toBe('version')
  })

  it('sends the scenario whole again when the worker does not hold what the client thought', async () => {
    const client = new ResidentClient()
    const scenario = exampleScenario()
    await client.call([scenario], boundary(new ResidentScenarios()).call)
    // Another worker (restarted behind the client's back) holds nothing: the version alone is refused, then sent whole.
    const fresh = boundary(new ResidentScenarios())
    expect(await client.call([scenario], fresh.call)).toEqual(scenario)
    expect(fresh.sent.map(what)).toEqual(['version', 'whole'])
    // A patch whose base the worker lacks is refused the same way.
    const other = boundary(new ResidentScenarios())
    expect(await client.call([extra(scenario, 'Two')], other.call)).toEqual(extra(scenario, 'Two'))
    expect(other.sent.map(what)).toEqual(['patch', 'whole'])
  })

  it('keeps the same versions as the worker when it has to drop the least recently used', async () => {
    const client = new ResidentClient()
    const store = new ResidentScenarios()
    const { sent, call } = boundary(store)
    let s = exampleScenario()
    const versions: Scenario[] = [s]
    for (let i = 0; i < RESIDENT_CAPACITY + 2; i++) versions.push((s = extra(s, `P${i}`)))
    for (const v of versions) await client.call([v], call)
    await client.call([versions[0]!], call)
    expect(client.held()).toEqual(store.versions())
    expect(client.held()).toHaveLength(RESIDENT_CAPACITY)
    // The oldest had been dropped on both sides: it went again as a patch from a version both still hold.
    expect(what(sent.at(-1)!)).toBe('patch')
  })

  it('passes arguments that are not scenarios untouched, and two scenarios of one call each as a reference', async () => {
    const client = new ResidentClient()
    const before = exampleScenario()
    const after = extra(before, 'Three')
    const refs = client.refs([before, after, { principal: 'user/bob' }, 3]) as [ScenarioRef, ScenarioRef, ...unknown[]]
    expect(what(refs[0])).toBe('whole')
    expect(what(refs[1])).toBe('patch')
    expect(refs.slice(2)).toEqual([{ principal: 'user/bob' }, 3])
  })
})

/** A Worker whose other end runs the real engine API in this thread, through Comlink over a MessageChannel. */
class ChannelWorker extends EventTarget {
  static made: ChannelWorker[] = []
  static api: object
  readonly sent: string[] = []
  readonly #port: MessagePort
  constructor() {
    super()
    const { port1, port2 } = new MessageChannel()
    Comlink.expose(ChannelWorker.api, port2)
    port1.addEventListener('message', (e) => this.dispatchEvent(new MessageEvent('message', { data: e.data })))
    port1.start()
    this.#port = port1
    ChannelWorker.made.push(this)
  }
  postMessage(data: unknown, transfer: Transferable[] = []) {
    this.sent.push(JSON.stringify(data))
    this.#port.postMessage(data, transfer)
  }
  terminate() {
    this.#port.close()
  }
}

/** What the calls to `method` carried as their first argument: the scenario whole, a patch, or the version alone. */
function carried(worker: ChannelWorker, method: string): string[] {
  return worker.sent
    .map((m) => JSON.parse(m) as { path?: string[]; argumentList?: { value: ScenarioRef }[] })
    .filter((m) => m.path?.[0] === method)
    .map((m) => what(m.argumentList![0]!.value))
}

describe('inWorker with a worker that keeps the scenario', () => {
  beforeEach(async () => {
    ChannelWorker.made = []
    ChannelWorker.api = (await import('../../../workers/engine-api')).api
    vi.stubGlobal('Worker', ChannelWorker)
    vi.resetModules()
  })

  afterEach(() => {
    for (const w of ChannelWorker.made) w.terminate()
    vi.unstubAllGlobals()
  })

  it('answers as simulate does, sends the scenario once, and again to a restarted worker', async () => {
    const client = await import('../../../src/lib/worker/engine-client')
    const ask = client.inWorker('simulate')
    const scenario = exampleScenario()
    const request = { principal: 'user/bob', action: 'iam:CreateUser', resource: '*' }
    expect(await ask(scenario, request)).toEqual(simulate(scenario, request))
    const other = { principal: 'user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::reports/q1.csv' }
    expect(await ask(scenario, other)).toEqual(simulate(scenario, other))
    const next = extra(scenario, 'Four')
    expect(await ask(next, request)).toEqual(simulate(next, request))
    expect(carried(ChannelWorker.made[0]!, 'simulate')).toEqual(['whole', 'version', 'patch'])

    // Restarted (as after a timeout): a fresh worker holds nothing, so the client sends the scenario whole.
    client.restartEngine()
    expect(await ask(next, request)).toEqual(simulate(next, request))
    expect(ChannelWorker.made).toHaveLength(2)
    expect(carried(ChannelWorker.made[1]!, 'simulate')).toEqual(['whole'])
  })
})
