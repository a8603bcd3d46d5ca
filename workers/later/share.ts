// Share links, encoded here rather than on the page: serialising and compressing a large account's scenario took the
// page's thread over 100 ms after each pause in typing. The scenario arrives as a reference to the one this worker
// already holds (see src/lib/worker/resident-client.ts), so the page sends only what changed.
import type { Scenario } from '../../src/engine/index'
import { encodeShare } from '../../src/lib/share/encode'
import type { SharedState } from '../../src/lib/share/schema'

/** The fragment of `state` with `scenario` in its place (the state's `scenario: null` keeps the key's order). */
export function encodeSharedState(
  scenario: Scenario,
  state: Omit<SharedState, 'scenario'> & { scenario: null },
): Promise<string> {
  return encodeShare({ ...state, scenario })
}
