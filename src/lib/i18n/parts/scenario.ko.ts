// The "scenario" part of the Korean catalog (see ../parts.ts): the feature catalogs below.
import * as engineScenario from '../messages/engine-scenario.ko'
import type { Messages } from '../messages/types'
import type { messages as en } from './scenario.en'

export const messages: Messages<typeof en> = {
  ...engineScenario.ko,
}
