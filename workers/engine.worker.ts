// Thin Comlink wrapper around the engine: no logic here; everything lives in src/engine and is tested in Node.
import * as Comlink from 'comlink'
import { evaluate } from '../src/engine/index'

const api = {
  /** Evaluates one request against its policies; see `evaluate` in src/engine. */
  evaluate,
}

/** The API the worker exposes; the client's types derive from it, so they cannot drift. */
export type EngineApi = typeof api

Comlink.expose(api)
