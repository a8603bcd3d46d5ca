// A policy's statement traces, built when first read. Reading `.trace` then costs what deciding costs plus one small
// object per policy; the hundreds of element and condition nodes are made only for a reader who looks at them (JSON,
// structured clone and the app's views all do, through an ordinary property read).
import type { PolicyTrace, StatementTrace } from './types'

const HOLDER = Symbol('statements')

interface Holder {
  build: (() => StatementTrace[]) | undefined
  list: StatementTrace[] | undefined
}

type WithHolder = PolicyTrace & { [HOLDER]: Holder }

// One shared getter and setter (a function per object would give every policy trace a slow dictionary shape). The
// list is kept in the holder, never by redefining the property, so a frozen trace still reads.
const STATEMENTS: PropertyDescriptor = {
  get(this: WithHolder): StatementTrace[] {
    const h = this[HOLDER]
    if (h.list === undefined) {
      h.list = h.build!()
      h.build = undefined
    }
    return h.list
  },
  set(this: WithHolder, list: StatementTrace[]) {
    this[HOLDER].list = list
    this[HOLDER].build = undefined
  },
  enumerable: true,
  configurable: true,
}

/**
 * Gives `trace` its `statements` as an own enumerable property whose list `build` makes on first read (JSON and
 * structured clone read it like any other); the holder of the list is a non-enumerable symbol, which neither carries.
 */
export function statementsOnRead(trace: Omit<PolicyTrace, 'statements'>, build: () => StatementTrace[]): PolicyTrace {
  Object.defineProperty(trace, HOLDER, { value: { build, list: undefined } satisfies Holder })
  return Object.defineProperty(trace, 'statements', STATEMENTS) as PolicyTrace
}
