// What the engine says to people, as data: a message key and its parameters. The app words each key in the reader's
// language through its typed catalogs; the engine's own English (for Node callers and tests) comes from the English
// catalogs beside this file, which the app's English catalog reuses, so each English sentence is written once.

/** A value a message shows: text as is (code, ARNs, names), or a number. */
export type MessageParam = string | number

/** One sentence the engine produced, not yet worded. */
export interface EngineMessage<K extends string = string> {
  key: K
  params?: Readonly<Record<string, MessageParam>>
}

/** Fills `{name}` placeholders of a template; a placeholder without a value stays as written. */
export function fillTemplate(template: string, params: Readonly<Record<string, MessageParam>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    return value === undefined ? whole : String(value)
  })
}

/** Makes a message; params are copied so the result is plain data (structured-cloneable). */
export function message<K extends string>(key: K, params?: Readonly<Record<string, MessageParam>>): EngineMessage<K> {
  return params ? { key, params: { ...params } } : { key }
}
