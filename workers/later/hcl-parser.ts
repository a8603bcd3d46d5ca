// The `.tf` parser in the browser: `@cdktf/hcl2json`'s Go program (WASM), fetched from this app's own origin and
// started on the first `.tf` import only. The package's own loader reads the file with Node's `fs`; this one fetches
// it, un-gzips it with `DecompressionStream` and talks to the Go program the same way: the program puts its functions
// on `global.__parse_terraform_config_wasm__`, and each takes its arguments plus a callback `(error, json)`.
import wasmUrl from '@cdktf/hcl2json/main.wasm.gz?url'
import type { HclParser } from '../../src/engine/index'

type Callback = (error: string | null | undefined, json?: string) => void
type GoFunctions = Record<string, ((...args: [...string[], Callback]) => void) | undefined>
interface GoRuntime {
  importObject: WebAssembly.Imports
  run(instance: WebAssembly.Instance): Promise<void>
}

const ROOT = '__parse_terraform_config_wasm__'
let started: Promise<GoFunctions> | undefined

/** The file's bytes, un-gzipped unless the server already decoded them (gzip starts with 0x1f 0x8b). */
async function wasmBytes(): Promise<ArrayBuffer> {
  const response = await fetch(wasmUrl)
  if (!response.ok) throw new Error(`the Terraform parser did not load (HTTP ${response.status})`)
  const bytes = new Uint8Array(await response.arrayBuffer())
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes.buffer
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))
  return new Response(stream).arrayBuffer()
}

async function start(): Promise<GoFunctions> {
  // Go's JS runtime: a script that defines `globalThis.Go`.
  const [bytes] = await Promise.all([wasmBytes(), import('@cdktf/hcl2json/wasm/wasm_exec.js')])
  const Go = (globalThis as unknown as { Go: new () => GoRuntime }).Go
  const go = new Go()
  const { instance } = await WebAssembly.instantiate(bytes, go.importObject)
  const root: GoFunctions = {}
  // The program looks its object up on Node's `global`, which a worker does not have.
  const scope = globalThis as Record<string, unknown>
  scope.global ??= globalThis
  scope[ROOT] = root
  // It registers its functions before it first waits, i.e. before `run` returns (or it exits, having panicked).
  void go.run(instance)
  if (typeof root.parse !== 'function') throw new Error('the Terraform parser did not start')
  return root
}

/** Parses one `.tf` file into `@cdktf/hcl2json`'s JSON; rejects with its message (`main.tf:2,7-3,1: …`). */
export const parseHcl: HclParser = async (fileName, text) => {
  started ??= start().catch((e: unknown) => {
    started = undefined
    throw e
  })
  const parse = (await started).parse!
  const json = await new Promise<string>((resolve, reject) => {
    parse(fileName, text, (error, out) => (error ? reject(new Error(error)) : resolve(out ?? 'null')))
  })
  return JSON.parse(json) as unknown
}
