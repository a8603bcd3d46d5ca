// Makes the import-iac messages ({ key, params }); their English templates are in import-iac.en.ts, which only the
// English renderer and the app's catalogs import (the engine's code never needs the templates to make a message).
import { message, type MessageParam } from './message'
import type { ImportIacMessageKey, ImportIacMessage } from './import-iac.en'

/** Makes an IaC import message (a key the table lacks is a type error). */
export function importIacMessage(
  key: ImportIacMessageKey,
  params?: Readonly<Record<string, MessageParam>>,
): ImportIacMessage {
  return message(key, params)
}
