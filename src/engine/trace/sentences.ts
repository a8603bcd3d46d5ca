// The English of trace nodes, worded when read. Each node keeps its sentence as a message (`text`, `labelText`,
// `noteText`) and gets an own enumerable getter for the English, so JSON and structured clone still carry it. The
// getters are shared functions defined with `Object.defineProperty`: an object literal with `get message() {…}` makes a
// new function per node, and V8 then gives every node a slow dictionary shape (the trace builds hundreds of them).
import { englishField } from '../messages/english-fields'
import type { EngineMessage } from '../messages/message'

function getter(from: string): PropertyDescriptor {
  return {
    get(this: Record<string, EngineMessage>) {
      return englishField(this[from]!)
    },
    enumerable: true,
    configurable: true,
  }
}

const MESSAGE = getter('text')
const LABEL = getter('labelText')
const NOTE = getter('noteText')

/** Adds `message`: the English of the node's `text`, worded when read. */
export function withMessage<T extends { text: EngineMessage }>(node: T): T & { message: string } {
  return Object.defineProperty(node, 'message', MESSAGE) as T & { message: string }
}

/** Adds `label` (the English of `labelText`), worded when read. */
export function withLabel<T extends { labelText: EngineMessage }>(node: T): T & { label: string } {
  return Object.defineProperty(node, 'label', LABEL) as T & { label: string }
}

/** Adds `note` (the English of `noteText`), worded when read. */
export function withNote<T extends { noteText: EngineMessage }>(node: T): T & { note: string } {
  return Object.defineProperty(node, 'note', NOTE) as T & { note: string }
}
