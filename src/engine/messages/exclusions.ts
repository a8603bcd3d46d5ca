// Makes the exclusions messages ({ key, params }); their English templates are in exclusions.en.ts, which only the
// English renderer and the app's catalogs import (the engine's code never needs the templates to make a message).
import { message, type MessageParam } from './message'
import type { ExclusionMessageKey, ExclusionMessage } from './exclusions.en'

/** Makes an exclusion message (a key the table lacks is a type error). */
export function exclusionMessage(
  key: ExclusionMessageKey,
  params?: Readonly<Record<string, MessageParam>>,
): ExclusionMessage {
  return message(key, params)
}
