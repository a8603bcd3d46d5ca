// Shared states for the share tests, built from a bundled scenario.
import abac from '../../../scenarios/abac-tags.json'
import { parseScenario, type Scenario } from '../../../src/engine/index'
import { toSharedState, type SharedState } from '../../../src/lib/share/index'

export function scenario(): Scenario {
  const parsed = parseScenario(structuredClone(abac))
  if (!parsed.ok) throw new Error('fixture scenario is invalid')
  return parsed.scenario
}

export function sharedState(extra: Partial<SharedState> = {}): SharedState {
  return { ...toSharedState({ scenario: scenario() }), ...extra }
}

/** Bytes as deflate-raw, through the same stream API the app uses. */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}
