// What every check reads (the parsed policy, its kind, the catalog) and how it reports, with JSON pointers.
import type { CatalogSnapshot } from '../catalog/types'
import { diagnostic, type Diagnostic, type DiagnosticCode, type Severity, type Span } from '../diagnostics'
import { fromValue, parseJsonText, type JsonNode, type JsonProp } from '../json/tree'
import type { EngineMessage } from '../messages/message'
import type { PolicyKind } from '../policy/kinds'
import type { Located, Policy, Statement } from '../policy/model'

/** The state shared by the checks of one validation. */
export interface Ctx {
  policy: Policy
  kind?: PolicyKind
  catalog?: CatalogSnapshot
  pointers: Pointers
  out: Diagnostic[]
  /** "Did you mean" searches left: each scans a service's names, so a policy of thousands of typos stops early. */
  guesses: number
}

/** Where a diagnostic points: a span in the text and a JSON pointer, plus its help line. */
export interface At {
  span?: Span
  path?: string
  help?: EngineMessage
}

/** Adds one diagnostic. */
export function report(ctx: Ctx, code: DiagnosticCode, severity: Severity, text: EngineMessage, at: At): void {
  ctx.out.push(diagnostic(code, severity, text, at))
}

/** Kinds whose `Allow` only limits what other policies grant; "grants too much" checks do not apply to them. */
export function isGuardrail(kind: PolicyKind | undefined): boolean {
  return kind === 'scp' || kind === 'rcp' || kind === 'boundary' || kind === 'session'
}

/** Escapes one JSON pointer segment (RFC 6901): `~` -> `~0`, `/` -> `~1`. */
function seg(key: string | number): string {
  return String(key).replaceAll('~', '~0').replaceAll('/', '~1')
}

type ObjectNode = Extract<JsonNode, { type: 'object' }>

/** The last prop named `key` (for duplicate keys the parser, like `JSON.parse`, keeps the last). */
function prop(node: JsonNode | undefined, key: string): JsonProp | undefined {
  return node?.type === 'object' ? node.props.findLast((p) => p.key === key) : undefined
}

/**
 * JSON pointers for parts of the model. The model does not record whether an element was a single value or a list,
 * so this reads the JSON tree again (built on first use from the text or object).
 */
export class Pointers {
  #input: unknown
  #root: JsonNode | undefined | null = null

  /** Pointers into `input` (policy text or object). */
  constructor(input: unknown) {
    this.#input = input
  }

  /** The JSON tree of the input; undefined when it does not parse. */
  get root(): JsonNode | undefined {
    if (this.#root === null) {
      if (typeof this.#input === 'string') this.#root = parseJsonText(this.#input).root
      else {
        const tree = fromValue(this.#input)
        this.#root = typeof tree === 'string' ? undefined : tree
      }
    }
    return this.#root
  }

  /** A top-level member (`Version`, `Statement`). */
  top(key: string): JsonProp | undefined {
    return prop(this.root, key)
  }

  #statementNode(s: Statement): { path: string; node?: ObjectNode } {
    const st = this.top('Statement')?.value
    if (st?.type === 'array') {
      const item = st.items[s.index]
      return { path: `/Statement/${s.index}`, ...(item?.type === 'object' ? { node: item } : {}) }
    }
    return { path: '/Statement', ...(st?.type === 'object' ? { node: st } : {}) }
  }

  /** The statement itself. */
  statement(s: Statement): string {
    return this.#statementNode(s).path
  }

  /** An element of a statement (`/Statement/0/NotAction`). */
  element(s: Statement, name: string): string {
    return `${this.statement(s)}/${seg(name)}`
  }

  /** The `j`-th value the model kept for an element (`/Statement/0/Action/2`, or the element when it is a single string). */
  value(s: Statement, name: string, v: Located, j: number): string {
    const { path, node } = this.#statementNode(s)
    return itemPath(`${path}/${seg(name)}`, prop(node, name)?.value, v, j, (n) => n.type === 'string')
  }

  /** One condition key under its operator (`/Statement/0/Condition/StringEquals/aws:TagKeys`). */
  condition(s: Statement, operator: string, key?: string): string {
    const base = `${this.statement(s)}/Condition/${seg(operator)}`
    return key === undefined ? base : `${base}/${seg(key)}`
  }

  /** One value of a condition key. */
  conditionValue(s: Statement, operator: string, key: string, v: Located, j: number): string {
    const { node } = this.#statementNode(s)
    const values = prop(prop(prop(node, 'Condition')?.value, operator)?.value, key)?.value
    return itemPath(
      this.condition(s, operator, key),
      values,
      v,
      j,
      (n) => n.type !== 'object' && n.type !== 'array' && n.type !== 'null',
    )
  }

  /** One principal of `Principal`/`NotPrincipal` of a type; `j` counts the entries of that type. */
  principal(s: Statement, element: string, type: string, v: Located, j: number): string {
    const { path, node } = this.#statementNode(s)
    const values = prop(prop(node, element)?.value, type)?.value
    return itemPath(`${path}/${seg(element)}/${seg(type)}`, values, v, j, (n) => n.type === 'string')
  }
}

const byPosition = new WeakMap<JsonNode, Map<number, number>>()

/** Item index by start offset, built once per array (elements can hold thousands of values). */
function positions(node: Extract<JsonNode, { type: 'array' }>): Map<number, number> {
  let map = byPosition.get(node)
  if (!map) {
    map = new Map(node.items.flatMap((it, i) => (it.span ? [[it.span.from, i] as const] : [])))
    byPosition.set(node, map)
  }
  return map
}

/**
 * The pointer of a value within an element that is a single value or an array. With spans the item is found by
 * position; without them, by counting the items the parser kept (`kept`), since it drops values of the wrong type.
 */
function itemPath(base: string, node: JsonNode | undefined, v: Located, j: number, kept: (n: JsonNode) => boolean) {
  if (node?.type !== 'array') return base
  let at = v.span ? (positions(node).get(v.span.from) ?? -1) : -1
  if (at < 0) {
    let seen = -1
    at = node.items.findIndex((it) => kept(it) && ++seen === j)
  }
  return at < 0 ? base : `${base}/${at}`
}
