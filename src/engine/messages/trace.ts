// Makes the trace messages ({ key, params }); their English templates are in trace.en.ts, which only the
// English renderer and the app's catalogs import (the engine's code never needs the templates to make a message).
import { message, type EngineMessage, type MessageParam } from './message'
import type { TraceMessageKey, TraceMessage } from './trace.en'

/** Makes a trace message (a key the table lacks is a type error). */
export function traceMessage(key: TraceMessageKey, params?: Readonly<Record<string, MessageParam>>): TraceMessage {
  return message(key, params)
}

/**
 * Makes a trace message around `params` as given, without the copy {@link traceMessage} makes: for the trace's hot
 * path, where `params` is a fresh object literal of plain values that nothing else holds.
 */
export function traceText(key: TraceMessageKey, params?: Record<string, MessageParam>): TraceMessage {
  return params ? { key, params } : { key }
}

/** The messages one after the other (`first; then; …`); undefined for none. */
export function joined<K extends string>(
  messages: readonly EngineMessage<K>[],
): EngineMessage<K | 'trace.joined'> | undefined {
  const last = messages.at(-1)
  if (last === undefined) return undefined
  return messages
    .slice(0, -1)
    .reduceRight<EngineMessage<K | 'trace.joined'>>((then, first) => message('trace.joined', { first, then }), last)
}

/** Values as a list of code spans: `` `a`, `b` ``. */
export function codeList(values: readonly string[]): string {
  return values.map((v) => `\`${v}\``).join(', ')
}
