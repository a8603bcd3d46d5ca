// The engine's English where a bundle needs a sentence in English whatever the reader's language (AWS's own error
// text in an activity record): the templates load on first use, in a chunk of their own.
import type { EngineMessage } from './message'

/** The engine's English renderer (`english` of english.ts), its templates loaded on demand. */
export async function loadEnglish(): Promise<(m: EngineMessage) => string> {
  return (await import('./english')).english
}
