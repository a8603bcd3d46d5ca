// Makes the import messages ({ key, params }); their English templates are in import.en.ts, which only the
// English renderer and the app's catalogs import (the engine's code never needs the templates to make a message).
import { message, type MessageParam } from './message'
import type { ImportMessageKey, ImportMessage } from './import.en'

/** Makes an import message (a key the table lacks is a type error). */
export function importMessage(key: ImportMessageKey, params?: Readonly<Record<string, MessageParam>>): ImportMessage {
  return message(key, params)
}
