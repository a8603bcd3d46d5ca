// The "scenario" part of the English catalog (see ../parts.ts): the feature catalogs below.
import * as engineScenario from '../messages/engine-scenario'

export const messages = {
  ...engineScenario.en,
} as const
