// The worker encodes share links from the scenario it holds: the fragment must be the one the page would make.
import { describe, expect, it } from 'vitest'
import { exampleScenario } from '../../../src/engine/index'
import { decodeShare, encodeShare } from '../../../src/lib/share/codec'
import { toSharedState } from '../../../src/lib/share/state'
import { encodeSharedState } from '../../../workers/later/share'

describe(encodeSharedState, () => {
  it('encodes the state with the scenario in its place, as the page encodes the whole state', async () => {
    const state = toSharedState({ scenario: exampleScenario(), view: 'graph' })
    const fragment = await encodeSharedState(state.scenario, { ...state, scenario: null })
    expect(fragment).toBe(await encodeShare(state))
    const decoded = await decodeShare(fragment)
    expect(decoded.ok && decoded.state.view).toBe('graph')
  })
})
