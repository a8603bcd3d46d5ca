// Thin Comlink wrapper around the engine: no logic here; everything lives in src/engine and is tested in Node.
import * as Comlink from 'comlink'
import { Catalog, evaluate, validatePolicyWithCatalog, type ValidateOptions } from '../src/engine/index'
import { fetchReader } from '../src/lib/catalog/fetch-reader'

// The worker is built into assets/; the catalog sits beside the app, one folder up.
const catalog = new Catalog(fetchReader(new URL('../', import.meta.url)))

const api = {
  /** Evaluates one request against its policies; see `evaluate` in src/engine. */
  evaluate,
  /** Validates a policy, loading the AWS catalog for the services it names. */
  validate: (input: string | object, options: Omit<ValidateOptions, 'catalog'> = {}) =>
    validatePolicyWithCatalog(input, { ...options, catalog }),
}

/** The API the worker exposes; the client's types derive from it, so they cannot drift. */
export type EngineApi = typeof api

Comlink.expose(api)
