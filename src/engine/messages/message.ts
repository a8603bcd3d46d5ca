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

/**
 * Fills `{name}` placeholders of a template; a placeholder without a value stays as written. A param that is a
 * message is worded by `word` (by default shown as its key).
 */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, MessageParam>> = {},
  word: (m: EngineMessage) => string = (m) => m.key,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    return value === undefined ? whole : isMessage(value) ? word(value) : String(value)
  })
}

/** Makes a message; params are copied so the result is plain data (structured-cloneable). */
export function message<K extends string>(key: K, params?: Readonly<Record<string, MessageParam>>): EngineMessage<K> {
  return params ? { key, params: { ...params } } : { key }
}
