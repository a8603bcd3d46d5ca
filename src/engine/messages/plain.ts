// English without code marks, for labels the engine has always given as plain text.
import { english } from './english'
import type { EngineMessage } from './message'

/** The message in English with its code spans unmarked ("inline policy S3Read of user alice"). */
export function plainEnglish(m: EngineMessage): string {
  return english(m).replaceAll('`', '')
}
