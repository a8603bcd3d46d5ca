// English without code marks, for labels the engine has always given as plain text.
import { englishField } from './english-fields'
import type { EngineMessage } from './message'

/** The message's English field with its code spans unmarked ("inline policy S3Read of user alice"). */
export function plainEnglish(m: EngineMessage): string {
  return englishField(m).replaceAll('`', '')
}
