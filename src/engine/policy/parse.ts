// Policy grammar: a located JSON tree becomes the policy model, collecting every grammar problem.
import { parseOperator } from '../conditions/index'
import { diagnostic, type Diagnostic, type DiagnosticCode, type Severity, type Span } from '../diagnostics'
import { LIMITS } from '../errors'
import { message, type EngineMessage } from '../messages/message'
import { parseJsonText, readValue, type JsonNode, type JsonProp } from '../json/tree'
import { ACTION_SHAPE, splitActionList } from './action-list'
import { POLICY_VERSIONS, PRINCIPAL_TYPES, STATEMENT_ELEMENTS, TOP_ELEMENTS } from './elements'
import { forbidsPrincipal, requiresPrincipal, requiresResource, type PolicyKind } from './kinds'
import type { ConditionTest, Located, Policy, PrincipalElement, Statement, StatementElement } from './model'

/** Options for {@link parsePolicy}. */
export interface ParseOptions {
  /** Where the policy is used; decides whether `Principal` and `Resource` are required or forbidden. */
  kind?: PolicyKind
}

/** Collects diagnostics for one policy. */
export class Problems {
  list: Diagnostic[] = []
  invalid = false
  errors = 0
  add(code: DiagnosticCode, severity: Severity, text: EngineMessage, path: string, span?: Span, help?: EngineMessage) {
    const extra: { help?: EngineMessage; span?: Span; path?: string } = { path }
    if (span) extra.span = span
    if (help) extra.help = help
    this.list.push(diagnostic(code, severity, text, extra))
    if (severity === 'error') {
      this.invalid = true
      this.errors++
    }
  }
}

/** Parses policy text (with positions) or a policy object (without) into the {@link Policy} model. */
export function parsePolicy(input: string | unknown, options: ParseOptions = {}): Policy {
  if (typeof input === 'string') {
    const { root, diagnostics } = parseJsonText(input)
    if (!root || diagnostics.length > 0) {
      const policy: Policy = { statements: [], diagnostics, invalid: true, textLength: input.length }
      if (root && root.type === 'object') Object.assign(policy, fromTree(root, options, diagnostics), { invalid: true })
      return policy
    }
    return { ...fromTree(root, options, []), textLength: input.length }
  }
  return parseObject(input, options).policy
}

/** Parses a policy object, also returning the JSON tree it was read as (undefined when it is not JSON). */
export function parseObject(input: unknown, options: ParseOptions = {}): { policy: Policy; tree?: JsonNode } {
  const root = readValue(input)
  if ('key' in root) {
    return {
      policy: {
        statements: [],
        diagnostics: [diagnostic('not-json', 'error', root)],
        invalid: true,
      },
    }
  }
  return { policy: fromTree(root, options, []), tree: root }
}

/** Parses an already-built JSON tree. */
export function fromTree(root: JsonNode, options: ParseOptions, initial: Diagnostic[]): Policy {
  const p = new Problems()
  p.list.push(...initial)
  if (initial.some((d) => d.severity === 'error')) p.invalid = true
  if (root.type !== 'object') {
    p.add(
      'policy-not-object',
      'error',
      message('diag.policy-not-object'),
      '',
      root.span,
      message('diag.help.policy-not-object'),
    )
    return { statements: [], diagnostics: p.list, invalid: true }
  }
  const policy: Policy = { statements: [], diagnostics: p.list, invalid: false }
  const props = uniqueProps(root, '', p)
  for (const prop of props) {
    if (!(TOP_ELEMENTS as readonly string[]).includes(prop.key)) {
      const known = TOP_ELEMENTS.find((k) => k.toLowerCase() === prop.key.toLowerCase())
      p.add(
        'unknown-element',
        'error',
        message('diag.unknown-element.policy', { element: prop.key }),
        `/${ptr(prop.key)}`,
        prop.keySpan,
        known ? message('diag.help.element-case', { value: known }) : message('diag.help.policy-elements'),
      )
    }
  }
  const version = props.find((x) => x.key === 'Version')
  if (version) {
    if (version.value.type !== 'string' || !(POLICY_VERSIONS as readonly string[]).includes(version.value.value)) {
      p.add(
        'invalid-version',
        'error',
        message('diag.invalid-version', { value: show(version.value) }),
        '/Version',
        version.value.span,
        message('diag.help.invalid-version'),
      )
    } else policy.version = version.value.value
  }
  const id = props.find((x) => x.key === 'Id')
  if (id) {
    if (id.value.type !== 'string') p.add('invalid-id', 'error', message('diag.invalid-id'), '/Id', id.value.span)
    else policy.id = id.value.value
  }
  const st = props.find((x) => x.key === 'Statement')
  if (!st) {
    p.add(
      'missing-statement',
      'error',
      message('diag.missing-statement'),
      '',
      root.span,
      message('diag.help.missing-statement'),
    )
  } else if (st.value.type === 'object') {
    policy.statements.push(parseStatement(st.value, 0, '/Statement', options, p))
  } else if (st.value.type === 'array') {
    if (st.value.items.length === 0)
      p.add(
        'empty-statement',
        'error',
        message('diag.empty-statement'),
        '/Statement',
        st.value.span,
        message('diag.help.empty-statement'),
      )
    if (st.value.items.length > LIMITS.maxStatements) {
      p.add(
        'too-many-statements',
        'error',
        message('diag.too-many-statements', { count: st.value.items.length, limit: LIMITS.maxStatements }),
        '/Statement',
        st.value.span,
      )
    } else {
      st.value.items.forEach((item, i) => {
        if (item.type !== 'object') {
          p.add(
            'statement-not-object',
            'error',
            message('diag.statement-not-object.item', { index: i }),
            `/Statement/${i}`,
            item.span,
          )
          return
        }
        policy.statements.push(parseStatement(item, i, `/Statement/${i}`, options, p))
      })
    }
  } else {
    p.add('statement-not-object', 'error', message('diag.statement-not-object'), '/Statement', st.value.span)
  }
  checkDuplicateSids(policy.statements, p)
  policy.invalid = p.invalid
  return policy
}

/** Props of an object; a key given twice is an error (the later one wins, as in `JSON.parse`). */
function uniqueProps(node: Extract<JsonNode, { type: 'object' }>, path: string, p: Problems): JsonProp[] {
  const byKey = new Map<string, JsonProp>()
  for (const prop of node.props) {
    if (byKey.has(prop.key)) {
      p.add(
        'duplicate-key',
        'error',
        message('diag.duplicate-key', { key: prop.key }),
        `${path}/${ptr(prop.key)}`,
        prop.keySpan,
        message('diag.help.duplicate-key'),
      )
    }
    byKey.set(prop.key, prop)
  }
  return [...byKey.values()]
}

function show(node: JsonNode): string {
  switch (node.type) {
    case 'string':
      return `\`${node.value}\``
    case 'number':
      return node.raw
    case 'boolean':
      return String(node.value)
    default:
      return `(${node.type})`
  }
}

function parseStatement(
  node: Extract<JsonNode, { type: 'object' }>,
  index: number,
  path: string,
  options: ParseOptions,
  p: Problems,
): Statement {
  const s: Statement = { index, conditions: [], invalid: false, elementSpans: {} }
  if (node.span) s.span = node.span
  const errorsBefore = p.errors
  const props = uniqueProps(node, path, p)
  const get = (k: StatementElement) => props.find((x) => x.key === k)
  for (const prop of props) {
    if ((STATEMENT_ELEMENTS as readonly string[]).includes(prop.key)) {
      if (prop.keySpan) s.elementSpans[prop.key as StatementElement] = prop.keySpan
      continue
    }
    const known = STATEMENT_ELEMENTS.find((k) => k.toLowerCase() === prop.key.toLowerCase())
    p.add(
      'unknown-element',
      'error',
      message('diag.unknown-element.statement', { element: prop.key }),
      `${path}/${ptr(prop.key)}`,
      prop.keySpan,
      known
        ? message('diag.help.element-case', { value: known })
        : message('diag.help.statement-elements', { elements: STATEMENT_ELEMENTS.map((k) => `\`${k}\``).join(', ') }),
    )
  }
  const sid = get('Sid')
  if (sid) {
    if (sid.value.type === 'string') s.sid = located(sid.value.value, sid.value.span)
    else p.add('invalid-sid', 'error', message('diag.invalid-sid'), `${path}/Sid`, sid.value.span)
  }
  const effect = get('Effect')
  if (!effect) {
    p.add(
      'missing-effect',
      'error',
      message('diag.missing-effect'),
      path,
      node.span,
      message('diag.help.missing-effect'),
    )
  } else if (effect.value.type === 'string' && (effect.value.value === 'Allow' || effect.value.value === 'Deny')) {
    s.effect = effect.value.value
    if (effect.value.span) s.effectSpan = effect.value.span
  } else {
    p.add(
      'invalid-effect',
      'error',
      message('diag.invalid-effect', { value: show(effect.value) }),
      `${path}/Effect`,
      effect.value.span,
      message('diag.help.invalid-effect'),
    )
  }
  pair(props, 'Action', path, node, p, true)
  const resourceRequired = requiresResource(options.kind)
  pair(props, 'Resource', path, node, p, resourceRequired, options.kind)
  for (const [name, key] of [
    ['action', 'Action'],
    ['notAction', 'NotAction'],
  ] as const) {
    const prop = get(key)
    if (prop) s[name] = stringList(prop, `${path}/${key}`, p, checkAction)
  }
  for (const [name, key] of [
    ['resource', 'Resource'],
    ['notResource', 'NotResource'],
  ] as const) {
    const prop = get(key)
    if (prop) s[name] = stringList(prop, `${path}/${key}`, p, checkResource)
  }
  const principal = get('Principal')
  const notPrincipal = get('NotPrincipal')
  if (principal) s.principal = parsePrincipal(principal, `${path}/Principal`, p)
  if (notPrincipal) s.notPrincipal = parsePrincipal(notPrincipal, `${path}/NotPrincipal`, p)
  if (principal && notPrincipal) {
    p.add(
      'principal-and-notprincipal',
      'error',
      message('diag.principal-and-notprincipal'),
      `${path}/NotPrincipal`,
      notPrincipal.keySpan,
    )
  }
  if (options.kind && forbidsPrincipal(options.kind) && (principal || notPrincipal)) {
    const prop = (principal ?? notPrincipal)!
    p.add(
      'principal-not-allowed',
      'error',
      message(`diag.principal-not-allowed.${options.kind}`, { element: prop.key }),
      `${path}/${ptr(prop.key)}`,
      prop.keySpan,
      message(`diag.help.principal-not-allowed.${options.kind}`, { element: prop.key }),
    )
  }
  if (options.kind && requiresPrincipal(options.kind) && !principal && !notPrincipal) {
    p.add(
      'missing-principal',
      'error',
      message(`diag.missing-principal.${options.kind}`),
      path,
      node.span,
      message('diag.help.missing-principal'),
    )
  }
  const condition = get('Condition')
  if (condition) s.conditions = parseConditions(condition, `${path}/Condition`, p)
  s.invalid = p.errors > errorsBefore
  return s
}

/** The exclusive pairs of statement elements, with the codes for both present and neither present. */
const PAIRS = {
  Action: { not: 'NotAction', both: 'action-and-notaction', missing: 'missing-action' },
  Resource: { not: 'NotResource', both: 'resource-and-notresource', missing: 'missing-resource' },
} as const satisfies Record<string, { not: StatementElement; both: DiagnosticCode; missing: DiagnosticCode }>

/** Exactly one of `a` and its `Not` form (`Action`/`NotAction`) when required; never both. */
function pair(
  props: JsonProp[],
  a: keyof typeof PAIRS,
  path: string,
  node: JsonNode,
  p: Problems,
  required: boolean,
  kind?: PolicyKind,
) {
  const { not: b, both, missing } = PAIRS[a]
  const pa = props.find((x) => x.key === a)
  const pb = props.find((x) => x.key === b)
  if (pa && pb) {
    p.add(both, 'error', message(`diag.${both}`), `${path}/${b}`, pb.keySpan, message(`diag.help.${both}`))
  } else if (!pa && !pb && required) {
    p.add(
      missing,
      'error',
      message(kind ? `diag.${missing}.${kind}` : `diag.${missing}`),
      path,
      node.span,
      message(`diag.help.${missing}`),
    )
  }
}

/** A key as a JSON pointer segment (RFC 6901: `~` → `~0`, `/` → `~1`). */
function ptr(key: string): string {
  return key.includes('/') || key.includes('~') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key
}

function located(value: string, span: Span | undefined): Located {
  return span ? { value, span } : { value }
}

export type ValueCheck = (value: string, path: string, span: Span | undefined, p: Problems) => void

/** A string or a non-empty array of strings. */
function stringList(prop: JsonProp, path: string, p: Problems, check?: ValueCheck): Located[] {
  const node = prop.value
  const items = node.type === 'array' ? node.items : [node]
  if (node.type === 'array' && items.length === 0) {
    p.add(
      'empty-value',
      'error',
      message('diag.empty-value.list', { element: prop.key }),
      path,
      node.span,
      message('diag.help.empty-value.list'),
    )
  }
  if (items.length > LIMITS.maxValues) {
    p.add(
      'too-many-values',
      'error',
      message('diag.too-many-values', { element: prop.key, count: items.length, limit: LIMITS.maxValues }),
      path,
      node.span,
    )
    return []
  }
  const out: Located[] = []
  items.forEach((item, i) => {
    const at = node.type === 'array' ? `${path}/${i}` : path
    if (item.type !== 'string') {
      p.add(
        'wrong-type',
        'error',
        item.type === 'object' || item.type === 'array'
          ? message(`diag.wrong-type.${item.type}`, { element: prop.key })
          : message('diag.wrong-type.value', { element: prop.key, type: item.type, value: show(item) }),
        at,
        item.span,
      )
      return
    }
    if (item.value.length > LIMITS.maxString) {
      p.add(
        'value-too-long',
        'error',
        message('diag.value-too-long', { element: prop.key, length: item.value.length }),
        at,
        item.span,
      )
      return
    }
    if (item.value === '')
      p.add('empty-value', 'error', message('diag.empty-value.string', { element: prop.key }), at, item.span)
    else check?.(item.value, at, item.span, p)
    out.push(located(item.value, item.span))
  })
  return out
}

export const checkAction: ValueCheck = (value, path, span, p) => {
  // A comma or whitespace between actions is no grammar error: AWS takes the value as literal text that matches no
  // action, and the validator warns about it (`action-with-separator`).
  if (value === '*' || splitActionList(value)) return
  if (!value.includes(':')) {
    p.add(
      'invalid-action',
      'error',
      message('diag.invalid-action.prefix', { value }),
      path,
      span,
      message('diag.help.invalid-action.prefix'),
    )
  } else if (!ACTION_SHAPE.test(value)) {
    p.add(
      'invalid-action',
      'error',
      message('diag.invalid-action.shape', { value }),
      path,
      span,
      message('diag.help.invalid-action.shape'),
    )
  }
}

export const checkResource: ValueCheck = (value, path, span, p) => {
  if (value === '*') return
  if (!value.startsWith('arn:')) {
    p.add(
      'malformed-arn',
      'error',
      message('diag.malformed-arn.not-arn', { value }),
      path,
      span,
      message('diag.help.malformed-arn.not-arn'),
    )
    return
  }
  let fields = 1
  for (let at = value.indexOf(':'); at >= 0 && fields < 6; at = value.indexOf(':', at + 1)) fields++
  if (fields < 6 && !value.endsWith('*')) {
    p.add(
      'malformed-arn',
      'error',
      message('diag.malformed-arn.parts', { value, count: fields }),
      path,
      span,
      message('diag.help.malformed-arn.parts'),
    )
  }
}

const ACCOUNT = /^\d{12}$/

function parsePrincipal(prop: JsonProp, path: string, p: Problems): PrincipalElement {
  const node = prop.value
  const el: PrincipalElement = { any: false, entries: [] }
  if (node.span) el.span = node.span
  if (node.type === 'string') {
    if (node.value === '*') el.any = true
    else
      p.add(
        'invalid-principal',
        'error',
        message('diag.invalid-principal.string', { element: prop.key }),
        path,
        node.span,
        message('diag.help.invalid-principal.string', { value: JSON.stringify(node.value) }),
      )
    return el
  }
  if (node.type !== 'object') {
    p.add('invalid-principal', 'error', message('diag.invalid-principal.shape', { element: prop.key }), path, node.span)
    return el
  }
  if (node.props.length === 0)
    p.add('empty-value', 'error', message('diag.empty-value.object', { element: prop.key }), path, node.span)
  for (const member of uniqueProps(node, path, p)) {
    const type = PRINCIPAL_TYPES.find((t) => t === member.key)
    if (!type) {
      p.add(
        'invalid-principal',
        'error',
        message('diag.invalid-principal.type', { type: member.key }),
        `${path}/${ptr(member.key)}`,
        member.keySpan,
        message('diag.help.invalid-principal.type'),
      )
      continue
    }
    for (const v of stringList(
      member,
      `${path}/${ptr(member.key)}`,
      p,
      type === 'AWS' ? checkAwsPrincipal : undefined,
    )) {
      el.entries.push(v.span ? { type, value: v.value, span: v.span } : { type, value: v.value })
    }
  }
  return el
}

export const checkAwsPrincipal: ValueCheck = (value, path, span, p) => {
  if (value === '*' || ACCOUNT.test(value)) return
  const m = /^arn:[^:]+:(iam|sts)::(\d{12}|\*):(.+)$/.exec(value)
  if (!m) {
    p.add(
      'invalid-principal',
      'error',
      message('diag.invalid-principal.aws', { value }),
      path,
      span,
      message('diag.help.invalid-principal.aws'),
    )
    return
  }
  if (value.includes('*') && value !== '*') {
    p.add(
      'invalid-principal',
      'error',
      message('diag.invalid-principal.wildcard', { value }),
      path,
      span,
      message('diag.help.invalid-principal.wildcard'),
    )
  }
}

function parseConditions(prop: JsonProp, path: string, p: Problems): ConditionTest[] {
  const node = prop.value
  if (node.type !== 'object') {
    p.add(
      'invalid-condition',
      'error',
      message('diag.invalid-condition'),
      path,
      node.span,
      message('diag.help.invalid-condition'),
    )
    return []
  }
  const tests: ConditionTest[] = []
  for (const op of uniqueProps(node, path, p)) {
    const opPath = `${path}/${ptr(op.key)}`
    if (!parseOperator(op.key)) {
      p.add(
        'unknown-condition-operator',
        'error',
        message('diag.unknown-condition-operator', { operator: op.key }),
        opPath,
        op.keySpan,
        message('diag.help.unknown-condition-operator'),
      )
    }
    if (op.value.type !== 'object') {
      p.add(
        'invalid-condition',
        'error',
        message('diag.invalid-condition.operator', { operator: op.key }),
        opPath,
        op.value.span,
      )
      continue
    }
    if (op.value.props.length === 0)
      p.add('empty-value', 'error', message('diag.empty-value.operator', { operator: op.key }), opPath, op.value.span)
    for (const key of uniqueProps(op.value, opPath, p)) {
      const keyPath = `${opPath}/${ptr(key.key)}`
      const items = key.value.type === 'array' ? key.value.items : [key.value]
      if (key.value.type === 'array' && items.length === 0) {
        p.add(
          'empty-value',
          'error',
          message('diag.empty-value.condition-key', { key: key.key }),
          keyPath,
          key.value.span,
        )
      }
      const values: Located[] = []
      items.forEach((item, i) => {
        const at = key.value.type === 'array' ? `${keyPath}/${i}` : keyPath
        if (item.type === 'string') values.push(located(item.value, item.span))
        else if (item.type === 'number') values.push(located(item.raw, item.span))
        else if (item.type === 'boolean') values.push(located(String(item.value), item.span))
        else p.add('wrong-type', 'error', message(`diag.wrong-type.condition.${item.type}`), at, item.span)
      })
      const test: ConditionTest = { operator: op.key, key: key.key, values }
      if (op.keySpan) test.operatorSpan = op.keySpan
      if (key.keySpan) test.keySpan = key.keySpan
      if (key.span) test.span = key.span
      tests.push(test)
    }
  }
  return tests
}

function checkDuplicateSids(statements: Statement[], p: Problems) {
  const seen = new Set<string>()
  for (const s of statements) {
    if (!s.sid || s.sid.value === '') continue
    if (seen.has(s.sid.value)) {
      p.add(
        'duplicate-sid',
        'error',
        message('diag.duplicate-sid', { sid: s.sid.value }),
        `/Statement/${s.index}/Sid`,
        s.sid.span,
        message('diag.help.duplicate-sid'),
      )
    }
    seen.add(s.sid.value)
  }
}
