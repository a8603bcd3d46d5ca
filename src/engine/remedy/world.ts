// What a remedy changes: the scenario and the request, together; and one change ready to apply to them.
import type { Scenario } from '../scenario/model'
import type { SimulationRequest } from '../account/simulate-types'
import type { RemedyChange } from './types'

/** The request and scenario a change applies to. */
export interface World {
  scenario: Scenario
  request: SimulationRequest
}

/** One change: what it is, and how to apply it (undefined when it no longer fits, e.g. over a quota). */
export interface Edit {
  /** Identifies the change among the ones tried (the same change reached in another order is not tried twice). */
  key: string
  /** Changes that do the same thing another way (the environment or the context for one key) share a group. */
  group: string
  change: RemedyChange
  apply(world: World): World | undefined
}
