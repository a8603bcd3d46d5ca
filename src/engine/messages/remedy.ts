// Makes the remedy messages ({ key, params }); their English templates are in remedy.en.ts, which only the
// English renderer and the app's catalogs import (the engine's code never needs the templates to make a message).
import { message, type MessageParam } from './message'
import type { RemedyMessageKey, RemedyMessage } from './remedy.en'

/** Makes a remedy message (a key the table lacks is a type error). */
export function remedyMessage(key: RemedyMessageKey, params?: Readonly<Record<string, MessageParam>>): RemedyMessage {
  return message(key, params)
}
