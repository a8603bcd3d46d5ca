// Makes the rules messages ({ key, params }); their English templates are in rules.en.ts, which only the
// English renderer and the app's catalogs import (the engine's code never needs the templates to make a message).
import { message, type MessageParam } from './message'
import type { RuleTextKey, RuleMessage } from './rules.en'

/** Makes a rule message (a key the table lacks is a type error). */
export function ruleMessage(key: RuleTextKey, params?: Readonly<Record<string, MessageParam>>): RuleMessage {
  return message(key, params)
}
