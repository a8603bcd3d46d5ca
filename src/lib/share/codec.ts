// Share link payload: a one-character version prefix, then base64url (no `=` padding) of the state.
// Grammar: `z` + base64url(deflate-raw(JSON)) is the current form; `j` + base64url(JSON) is the pre-release,
// uncompressed form and keeps opening. Any other prefix was made by a newer version.
import type { ScenarioParse } from '../../engine/index'
import { t } from '../i18n/index'
import { scenarioParserReady } from '../store/scenario-parser'
import { withEngine } from '../worker/engine-client'
import { checkSharedState, type SharedState } from './schema'

export { encodeLegacyShare, encodeShare, toBase64Url } from './encode'

/** Longest fragment {@link decodeShare} reads (characters). */
export const MAX_FRAGMENT = 100_000

/** Most bytes a payload may inflate to: a decompression bomb stops here. */
export const MAX_INFLATED = 5 * 1024 * 1024

/** The outcome of {@link decodeShare}. */
export type DecodedShare = { ok: true; state: SharedState } | { ok: false; error: string }

/** Decodes and checks a fragment (with or without its `#`). Never throws; every failure has a message. */
export async function decodeShare(fragment: string): Promise<DecodedShare> {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment
  if (text.length > MAX_FRAGMENT) return failure('share.error.tooLong', { max: MAX_FRAGMENT.toLocaleString('en') })
  if (text.length === 0) return failure('share.error.empty')
  const prefix = text[0]
  if (prefix !== 'z' && prefix !== 'j') return failure('share.error.newer')
  const bytes = fromBase64Url(text.slice(1))
  if (!bytes) return failure('share.error.base64')
  let raw: Uint8Array
  if (prefix === 'z') {
    const inflated = await inflate(bytes)
    if (inflated === 'bomb') return failure('share.error.bomb', { max: '5 MB' })
    if (inflated === 'corrupt') return failure('share.error.corrupt')
    raw = inflated
  } else {
    if (bytes.length > MAX_INFLATED) return failure('share.error.bomb', { max: '5 MB' })
    raw = bytes
  }
  let json: string
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(raw)
  } catch {
    return failure('share.error.corrupt')
  }
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return failure('share.error.json')
  }
  return checkSharedState(value, checkLinkedScenario)
}

/**
 * Checks a link's scenario in the worker, so the page carries no scenario checker before its first answer. A worker
 * that fails or hangs leaves it to the page's checker, loaded then: the same check, with the same located errors.
 */
async function checkLinkedScenario(scenario: unknown): Promise<ScenarioParse> {
  try {
    return await withEngine<ScenarioParse>((remote) => remote.parseLinkedScenario({ scenario }))
  } catch {
    return (await scenarioParserReady()).parseScenario(scenario)
  }
}

function failure(key: Parameters<typeof t>[0], params?: Record<string, string | number>): DecodedShare {
  return { ok: false, error: t(key, params) }
}

/** Inflates deflate-raw bytes, reading at most {@link MAX_INFLATED} bytes of output. */
async function inflate(bytes: Uint8Array): Promise<Uint8Array | 'bomb' | 'corrupt'> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.length
      if (total > MAX_INFLATED) {
        // Stop pulling: the rest of the bomb is never inflated.
        void reader.cancel().catch(() => undefined)
        return 'bomb'
      }
      chunks.push(value)
    }
  } catch {
    return 'corrupt'
  }
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

/** Bytes of a base64url text (padding optional), or undefined when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return undefined
  const body = text.replace(/=+$/, '')
  if (body.length % 4 === 1) return undefined
  try {
    const binary = atob(body.replaceAll('-', '+').replaceAll('_', '/'))
    const out = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
    return out
  } catch {
    return undefined
  }
}
