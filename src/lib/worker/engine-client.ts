// The only module that knows the engine runs in a Web Worker.
import * as Comlink from 'comlink'
import type { Diagnostic, QuickFix, Scenario, ScenarioRef } from '../../engine/index'
import type { EngineApi } from '../../../workers/engine.worker'
import type { ActionSummary, ConditionKeySummary, ServiceSummary } from '../editor/catalog-types'
import { t } from '../i18n/index'
import { ResidentClient } from './resident-client'

interface Engine {
  /** Undefined when the engine runs in the page (see {@link inPage}). */
  worker: Worker | undefined
  remote: Comlink.Remote<EngineApi>
  /** Rejects when the worker fails (script missing, syntax error, uncaught error), which Comlink alone never reports. */
  failed: Promise<never>
  /** The scenarios this engine holds: a fresh engine (a restart, a crash) holds none, and is sent them again. */
  resident: ResidentClient
  /** The calls sent and not yet answered, oldest first (see {@link withEngine}). */
  queue: Call[]
}

/** One call sent to an engine and not yet answered. */
interface Call {
  /** Its time limit, counted from when it reaches the front of the queue. */
  ms: number
  timer?: ReturnType<typeof setTimeout>
  /** Ends the call with an error (its own time ran out). */
  fail: (error: Error) => void
  /** Makes the call again on a fresh engine (one before it in the queue hung, and the engine was restarted). */
  again: () => void
}

let current: Engine | undefined

/**
 * The engine in the page itself, for where the browser refuses a worker: an embed inside
 * `<iframe sandbox="allow-scripts">` has an opaque origin, and a worker script cannot be loaded from it.
 * Calls still return promises; they just run on the page's thread.
 */
function inPage(): Engine {
  const api = import('../../../workers/engine-api').then((m) => m.api)
  const remote = new Proxy(
    {},
    {
      get:
        (_, key) =>
        async (...args: unknown[]) => {
          const loaded = (await api) as unknown as Record<string | symbol, (...a: unknown[]) => unknown>
          return loaded[key]!(...args)
        },
    },
  ) as Comlink.Remote<EngineApi>
  return { worker: undefined, remote, failed: new Promise<never>(() => {}), resident: new ResidentClient(), queue: [] }
}

function engine(): Engine {
  if (current) return current
  let worker: Worker
  try {
    worker = new Worker(new URL('../../../workers/engine.worker.ts', import.meta.url), {
      type: 'module',
      name: 'engine',
    })
  } catch {
    current = inPage()
    return current
  }
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      // A broken worker is dropped, so the next call starts a fresh one.
      worker.terminate()
      current = undefined
      reject(new Error(event.message || t('engine.loadFailed')))
    })
  })
  failed.catch(() => {}) // Reported through the calls that race against it.
  current = { worker, remote: Comlink.wrap<EngineApi>(worker), failed, resident: new ResidentClient(), queue: [] }
  return current
}

/** Thrown when the engine took longer than allowed: the worker was stopped and a fresh one will start. */
export class EngineTimeoutError extends Error {
  override name = 'EngineTimeoutError'
}

/** Stops the worker (a hung computation cannot be interrupted any other way); the next call starts a new one. */
export function restartEngine(): void {
  current?.worker?.terminate()
  current = undefined
}

/** Starts the time limit of the call at the front of the engine's queue, unless it runs already. */
function armFront(e: Engine): void {
  const front = e.queue[0]
  if (!front || front.timer !== undefined) return
  front.timer = setTimeout(() => {
    // The engine worked on this call alone for `ms`: it hung. Stop it; the calls queued behind are made again.
    if (current === e) restartEngine()
    const behind = e.queue.splice(0)
    for (const c of behind) clearTimeout(c.timer)
    front.fail(new EngineTimeoutError(t('engine.timeout', { seconds: Math.round(front.ms / 1000) })))
    for (const c of behind.slice(1)) c.again()
  }, front.ms)
}

/**
 * Runs `call` against the worker, giving up after `ms`: then the worker is terminated and restarted, and the
 * promise rejects with {@link EngineTimeoutError}. A crashed worker rejects the same way through `failed`.
 * `resident` passes scenarios as references to what the worker holds (see {@link ResidentClient.call}).
 *
 * The worker answers one call after another, so a call's time counts from when the calls sent before it are
 * answered, not from when it was made: a queue of questions (a large account, a burst of edits) is not mistaken for
 * a hung engine, which would restart the worker and send it the whole account again, again and again. When a call
 * does hang, the calls queued behind it are made again on the fresh worker (once; a second time they fail).
 */
export function withEngine<T>(
  call: (remote: Comlink.Remote<EngineApi>, resident: ResidentClient) => Promise<T>,
  ms = 8000,
): Promise<T> {
  return send(call, ms, false)
}

function send<T>(
  call: (remote: Comlink.Remote<EngineApi>, resident: ResidentClient) => Promise<T>,
  ms: number,
  retried: boolean,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const e = engine()
    let done = false
    const entry: Call = {
      ms,
      fail: (error) => {
        done = true
        reject(error)
      },
      again: () => {
        done = true
        if (retried) reject(new EngineTimeoutError(t('engine.timeout', { seconds: Math.round(ms / 1000) })))
        else send(call, ms, true).then(resolve, reject)
      },
    }
    const settle = (finish: () => void) => {
      if (done) return
      done = true
      clearTimeout(entry.timer)
      const at = e.queue.indexOf(entry)
      if (at >= 0) e.queue.splice(at, 1)
      armFront(e)
      finish()
    }
    e.queue.push(entry)
    armFront(e)
    Promise.race([call(e.remote, e.resident), e.failed]).then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error)),
    )
  })
}

/** A parameter as the app passes it: the scenario itself where the worker takes a reference to it. */
type Local<P> = P extends ScenarioRef ? Scenario : P

/**
 * One engine method as a plain async function taking scenarios (sent to the worker as references to what it holds):
 * what an `EngineQuery` or a state class is given to ask.
 */
export type EngineCall<K extends keyof EngineApi> = EngineApi[K] extends (...args: infer P) => infer R
  ? (...args: { [I in keyof P]: Local<P[I]> }) => Promise<Awaited<R>>
  : never

/**
 * Calls `method` in the worker with the time limit `ms` (see {@link withEngine}). Scenarios go as references: whole
 * the first time (and to a fresh worker), then as what changed, then as a version number.
 */
export function inWorker<K extends keyof EngineApi>(method: K, ms?: number): EngineCall<K> {
  const call = (...args: unknown[]) =>
    withEngine(
      (remote, resident) =>
        resident.call(args, (refs) => (remote[method] as unknown as (...a: unknown[]) => Promise<unknown>)(...refs)),
      ms,
    )
  return call as EngineCall<K>
}

/** Validates a policy in the worker (the worker fetches the AWS catalog for the services it names). */
export function validateInWorker(...args: Parameters<EngineApi['validate']>): Promise<Diagnostic[]> {
  return withEngine((remote) => remote.validate(...args))
}

/** The quick fixes of each diagnostic of `text`, computed in the worker, in the diagnostics' order. */
export function quickFixesInWorker(...args: Parameters<EngineApi['quickFixes']>): Promise<QuickFix[][]> {
  return withEngine((remote) => remote.quickFixes(...args))
}

/** Every AWS service prefix with its readable name (the worker fetches the catalog's index once). */
export function catalogServicesInWorker(): Promise<readonly ServiceSummary[]> {
  return withEngine((remote) => remote.catalogServices())
}

/** The actions of one AWS service with access level and description (the worker fetches that service only). */
export function catalogActionsInWorker(
  ...args: Parameters<EngineApi['catalogActions']>
): Promise<readonly ActionSummary[]> {
  return withEngine((remote) => remote.catalogActions(...args))
}

/** Global condition keys plus those of the given services and actions, marked when they apply to the actions. */
export function catalogConditionKeysInWorker(
  ...args: Parameters<EngineApi['catalogConditionKeys']>
): Promise<readonly ConditionKeySummary[]> {
  return withEngine((remote) => remote.catalogConditionKeys(...args))
}
