// Thin Comlink wrapper around the engine: no logic here; everything lives in src/engine and is tested in Node.
import * as Comlink from 'comlink'
import { api } from './engine-api'

export type { EngineApi } from './engine-api'

Comlink.expose(api)
