// Makes the sts messages ({ key, params }); their English templates are in sts.en.ts, which only the
// English renderer and the app's catalogs import (the engine's code never needs the templates to make a message).
import { message, type MessageParam } from './message'
import type { StsMessageKey, StsMessage } from './sts.en'

/** Makes an STS message (a key the table lacks is a type error). */
export function stsMessage(key: StsMessageKey, params?: Readonly<Record<string, MessageParam>>): StsMessage {
  return message(key, params)
}
