// Problems in a scenario document, as the engine says them (src/engine/messages/scenario.en.ts); Korean has every
// key. User values arrive quoted (`"devs"`), so they stay as written.

import { SCENARIO_EN } from '../../../engine/index'

export const en = SCENARIO_EN
