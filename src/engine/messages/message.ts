// What the engine says to people, as data: a message key and its parameters. The app words each key in the reader's
// language through its typed catalogs; the engine's own English (for Node callers and tests) comes from the English
// catalogs beside this file, which the app's English catalog reuses, so each English sentence is written once.

/**
 * A value a message shows: text as is (code, ARNs, names), a number, or another message worded in the same language
 * (a phrase such as "inline policy `S3Read` of user `alice`" inside a sentence).
 */
export type MessageParam = string | number | EngineMessage

/** One sentence the engine produced, not yet worded. */
export interface EngineMessage<K extends string = string> {
  key: K
  params?: Readonly<Record<string, MessageParam>>
}

/** Whether a param is a message of its own (worded before it is put in). */
export function isMessage(value: MessageParam): value is EngineMessage {
  return typeof value === 'object'
}

/** A template cut at its placeholders once: literal text at even positions, placeholder names at odd ones. */
const pieces = new Map<string, readonly string[]>()

function piecesOf(template: string): readonly string[] {
  let cut = pieces.get(template)
  if (!cut) {
    cut = template.split(/\{(\w+)\}/)
    pieces.set(template, cut)
  }
  return cut
}

/**
 * Fills `{name}` placeholders of a template; a placeholder without a value stays as written. A param that is a
 * message is worded by `word` (by default shown as its key). Templates are cut once and cached (the trace words
 * every element it explains, so this is on a hot path).
 */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, MessageParam>> = {},
  word: (m: EngineMessage) => string = (m) => m.key,
): string {
  const cut = piecesOf(template)
  if (cut.length === 1) return template
  let out = cut[0]!
  for (let i = 1; i < cut.length; i += 2) {
    const name = cut[i]!
    const value = params[name]
    out += value === undefined ? `{${name}}` : isMessage(value) ? word(value) : String(value)
    out += cut[i + 1]!
  }
  return out
}

/** Makes a message; params are copied so the result is plain data (structured-cloneable). */
export function message<K extends string>(key: K, params?: Readonly<Record<string, MessageParam>>): EngineMessage<K> {
  return params ? { key, params: { ...params } } : { key }
}

/** The same string for equal messages (same key and params, params made the same way): to tell messages apart unworded. */
export function messageId(m: EngineMessage): string {
  return JSON.stringify(m)
}
