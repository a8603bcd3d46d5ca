// Encoding a share payload: kept apart from decoding (which words its errors) so that the engine worker, which
// encodes the links of large accounts off the page's thread, carries no message catalog.
import type { SharedState } from './schema'

/** Encodes a state as a fragment (without `#`): `z` + base64url(deflate-raw(JSON)). */
export async function encodeShare(state: SharedState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state))
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer())
  return 'z' + toBase64Url(bytes)
}

/** Encodes a state in the pre-release, uncompressed form (`j` + base64url(JSON)); kept for tests and tools. */
export function encodeLegacyShare(state: SharedState): string {
  return 'j' + toBase64Url(new TextEncoder().encode(JSON.stringify(state)))
}

/** Bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  const step = 0x8000
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step))
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}
