// Policy grammar: a located JSON tree becomes the policy model, collecting every grammar problem.
import { parseOperator } from '../conditions/index'
import { diagnostic, type Diagnostic, type DiagnosticCode, type Severity, type Span } from '../diagnostics'
import { LIMITS } from '../errors'
import { fromValue, parseJsonText, type JsonNode, type JsonProp } from '../json/tree'
import { ACTION_SHAPE, splitActionList } from './action-list'
import { POLICY_VERSIONS, PRINCIPAL_TYPES, STATEMENT_ELEMENTS, TOP_ELEMENTS } from './elements'
import { forbidsPrincipal, KIND_NAMES, requiresPrincipal, requiresResource, type PolicyKind } from './kinds'
import type { ConditionTest, Located, Policy, PrincipalElement, Statement, StatementElement } from './model'

/** Options for {@link parsePolicy}. */
export interface ParseOptions {
  /** Where the policy is used; decides whether `Principal` and `Resource` are required or forbidden. */
  kind?: PolicyKind
}

/** Collects diagnostics for one policy. */
class Problems {
  list: Diagnostic[] = []
  invalid = false
  errors = 0
  add(code: DiagnosticCode, severity: Severity, message: string, path: string, span?: Span, help?: string) {
    const extra: { help?: string; span?: Span; path?: string } = { path }
    if (span) extra.span = span
    if (help) extra.help = help
    this.list.push(diagnostic(code, severity, message, extra))
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
  const root = fromValue(input)
  if (typeof root === 'string') {
    return {
      policy: {
        statements: [],
        diagnostics: [diagnostic('not-json', 'error', `the policy is not JSON: it holds ${root}`)],
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
    p.add('policy-not-object', 'error', 'a policy must be a JSON object', '', root.span, 'start the policy with `{`')
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
        `unknown policy element \`${prop.key}\``,
        `/${ptr(prop.key)}`,
        prop.keySpan,
        known ? `element names are case-sensitive: write \`${known}\`` : 'a policy has `Version`, `Id` and `Statement`',
      )
    }
  }
  const version = props.find((x) => x.key === 'Version')
  if (version) {
    if (version.value.type !== 'string' || !(POLICY_VERSIONS as readonly string[]).includes(version.value.value)) {
      p.add(
        'invalid-version',
        'error',
        `invalid \`Version\` ${show(version.value)}`,
        '/Version',
        version.value.span,
        '`Version` must be `2012-10-17` (current) or `2008-10-17`',
      )
    } else policy.version = version.value.value
  }
  const id = props.find((x) => x.key === 'Id')
  if (id) {
    if (id.value.type !== 'string') p.add('invalid-id', 'error', '`Id` must be a string', '/Id', id.value.span)
    else policy.id = id.value.value
  }
  const st = props.find((x) => x.key === 'Statement')
  if (!st) {
    p.add('missing-statement', 'error', 'the policy has no `Statement`', '', root.span, 'add `"Statement": [ ... ]`')
  } else if (st.value.type === 'object') {
    policy.statements.push(parseStatement(st.value, 0, '/Statement', options, p))
  } else if (st.value.type === 'array') {
    if (st.value.items.length === 0)
      p.add(
        'empty-statement',
        'error',
        '`Statement` is empty',
        '/Statement',
        st.value.span,
        'add at least one statement',
      )
    if (st.value.items.length > LIMITS.maxStatements) {
      p.add(
        'too-many-statements',
        'error',
        `the policy has ${st.value.items.length} statements; the engine accepts at most ${LIMITS.maxStatements}`,
        '/Statement',
        st.value.span,
      )
    } else {
      st.value.items.forEach((item, i) => {
        if (item.type !== 'object') {
          p.add('statement-not-object', 'error', `statement ${i} is not an object`, `/Statement/${i}`, item.span)
          return
        }
        policy.statements.push(parseStatement(item, i, `/Statement/${i}`, options, p))
      })
    }
  } else {
    p.add(
      'statement-not-object',
      'error',
      '`Statement` must be an object or an array of objects',
      '/Statement',
      st.value.span,
    )
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
        `\`${prop.key}\` appears twice in the same object`,
        `${path}/${ptr(prop.key)}`,
        prop.keySpan,
        'AWS rejects duplicate keys; merge the values into one',
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
      `unknown statement element \`${prop.key}\``,
      `${path}/${ptr(prop.key)}`,
      prop.keySpan,
      known
        ? `element names are case-sensitive: write \`${known}\``
        : `a statement has ${STATEMENT_ELEMENTS.map((k) => `\`${k}\``).join(', ')}`,
    )
  }
  const sid = get('Sid')
  if (sid) {
    if (sid.value.type === 'string') s.sid = located(sid.value.value, sid.value.span)
    else p.add('invalid-sid', 'error', '`Sid` must be a string', `${path}/Sid`, sid.value.span)
  }
  const effect = get('Effect')
  if (!effect) {
    p.add(
      'missing-effect',
      'error',
      'the statement has no `Effect`',
      path,
      node.span,
      'add `"Effect": "Allow"` or `"Effect": "Deny"`',
    )
  } else if (effect.value.type === 'string' && (effect.value.value === 'Allow' || effect.value.value === 'Deny')) {
    s.effect = effect.value.value
    if (effect.value.span) s.effectSpan = effect.value.span
  } else {
    p.add(
      'invalid-effect',
      'error',
      `invalid effect ${show(effect.value)}`,
      `${path}/Effect`,
      effect.value.span,
      '`Effect` must be `Allow` or `Deny` (case-sensitive)',
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
      'a statement cannot have both `Principal` and `NotPrincipal`',
      `${path}/NotPrincipal`,
      notPrincipal.keySpan,
    )
  }
  const kindName = options.kind ? withArticle(KIND_NAMES[options.kind]) : ''
  if (forbidsPrincipal(options.kind) && (principal || notPrincipal)) {
    const prop = (principal ?? notPrincipal)!
    p.add(
      'principal-not-allowed',
      'error',
      `${kindName} cannot have \`${prop.key}\``,
      `${path}/${ptr(prop.key)}`,
      prop.keySpan,
      `the principal of ${kindName} is whoever it is attached to; remove \`${prop.key}\``,
    )
  }
  if (requiresPrincipal(options.kind) && !principal && !notPrincipal) {
    p.add(
      'missing-principal',
      'error',
      `a statement in ${kindName} must have \`Principal\``,
      path,
      node.span,
      'add `"Principal": { "AWS": "arn:aws:iam::111122223333:root" }`',
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
    p.add(
      both,
      'error',
      `a statement cannot have both \`${a}\` and \`${b}\``,
      `${path}/${b}`,
      pb.keySpan,
      `keep either \`${a}\` or \`${b}\``,
    )
  } else if (!pa && !pb && required) {
    const where = kind ? ` in ${withArticle(KIND_NAMES[kind])}` : ''
    p.add(missing, 'error', `the statement has no \`${a}\` or \`${b}\`${where}`, path, node.span, `add \`"${a}": ...\``)
  }
}

/** A key as a JSON pointer segment (RFC 6901: `~` → `~0`, `/` → `~1`). */
function ptr(key: string): string {
  return key.includes('/') || key.includes('~') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key
}

/** `an identity-based policy`, `a role trust policy`. */
function withArticle(name: string): string {
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`
}

function located(value: string, span: Span | undefined): Located {
  return span ? { value, span } : { value }
}

type ValueCheck = (value: string, path: string, span: Span | undefined, p: Problems) => void

/** A string or a non-empty array of strings. */
function stringList(prop: JsonProp, path: string, p: Problems, check?: ValueCheck): Located[] {
  const node = prop.value
  const items = node.type === 'array' ? node.items : [node]
  if (node.type === 'array' && items.length === 0) {
    p.add(
      'empty-value',
      'error',
      `\`${prop.key}\` is an empty list`,
      path,
      node.span,
      'give at least one value or remove the element',
    )
  }
  if (items.length > LIMITS.maxValues) {
    p.add(
      'too-many-values',
      'error',
      `\`${prop.key}\` has ${items.length} values; the engine accepts at most ${LIMITS.maxValues}`,
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
        `\`${prop.key}\` values must be strings, not ${item.type === 'object' || item.type === 'array' ? `an ${item.type}` : `${item.type} ${show(item)}`}`,
        at,
        item.span,
      )
      return
    }
    if (item.value.length > LIMITS.maxString) {
      p.add('value-too-long', 'error', `a \`${prop.key}\` value is ${item.value.length} characters long`, at, item.span)
      return
    }
    if (item.value === '') p.add('empty-value', 'error', `\`${prop.key}\` has an empty string`, at, item.span)
    else check?.(item.value, at, item.span, p)
    out.push(located(item.value, item.span))
  })
  return out
}

const checkAction: ValueCheck = (value, path, span, p) => {
  // A comma or whitespace between actions is no grammar error: AWS takes the value as literal text that matches no
  // action, and the validator warns about it (`action-with-separator`).
  if (value === '*' || splitActionList(value)) return
  if (!value.includes(':')) {
    p.add(
      'invalid-action',
      'error',
      `action \`${value}\` has no service prefix`,
      path,
      span,
      'write actions as `service:Action`, e.g. `s3:GetObject`',
    )
  } else if (!ACTION_SHAPE.test(value)) {
    p.add(
      'invalid-action',
      'error',
      `action \`${value}\` is not of the form \`service:Action\``,
      path,
      span,
      'an action is a service prefix, a colon and an action name; only `*` and `?` may be wildcards',
    )
  }
}

const checkResource: ValueCheck = (value, path, span, p) => {
  if (value === '*') return
  if (!value.startsWith('arn:')) {
    p.add(
      'malformed-arn',
      'error',
      `resource \`${value}\` is not an ARN`,
      path,
      span,
      'a resource is `*` or an ARN such as `arn:aws:s3:::bucket/*`',
    )
    return
  }
  let fields = 1
  for (let at = value.indexOf(':'); at >= 0 && fields < 6; at = value.indexOf(':', at + 1)) fields++
  if (fields < 6 && !value.endsWith('*')) {
    p.add(
      'malformed-arn',
      'error',
      `resource \`${value}\` has ${fields} of the 6 ARN parts`,
      path,
      span,
      'an ARN is `arn:partition:service:region:account:resource`',
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
        `\`${prop.key}\` must be \`"*"\` or an object such as \`{"AWS": ...}\``,
        path,
        node.span,
        `write \`{"AWS": ${JSON.stringify(node.value)}}\``,
      )
    return el
  }
  if (node.type !== 'object') {
    p.add('invalid-principal', 'error', `\`${prop.key}\` must be \`"*"\` or an object`, path, node.span)
    return el
  }
  if (node.props.length === 0) p.add('empty-value', 'error', `\`${prop.key}\` is an empty object`, path, node.span)
  for (const member of uniqueProps(node, path, p)) {
    const type = PRINCIPAL_TYPES.find((t) => t === member.key)
    if (!type) {
      p.add(
        'invalid-principal',
        'error',
        `unknown principal type \`${member.key}\``,
        `${path}/${ptr(member.key)}`,
        member.keySpan,
        'use `AWS`, `Service`, `Federated` or `CanonicalUser`',
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

const checkAwsPrincipal: ValueCheck = (value, path, span, p) => {
  if (value === '*' || ACCOUNT.test(value)) return
  const m = /^arn:[^:]+:(iam|sts)::(\d{12}|\*):(.+)$/.exec(value)
  if (!m) {
    p.add(
      'invalid-principal',
      'error',
      `invalid AWS principal \`${value}\``,
      path,
      span,
      'name an account ID, `arn:aws:iam::ACCOUNT:root`, a user, role or assumed-role session ARN, or `*`',
    )
    return
  }
  if (value.includes('*') && value !== '*') {
    p.add(
      'invalid-principal',
      'error',
      `wildcards are not allowed in principal ARNs: \`${value}\``,
      path,
      span,
      'use `"*"` with a condition on `aws:PrincipalArn` instead',
    )
  }
}

function parseConditions(prop: JsonProp, path: string, p: Problems): ConditionTest[] {
  const node = prop.value
  if (node.type !== 'object') {
    p.add(
      'invalid-condition',
      'error',
      '`Condition` must be an object of operators',
      path,
      node.span,
      'write `"Condition": { "StringEquals": { "aws:SourceVpc": "vpc-1" } }`',
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
        `unknown condition operator \`${op.key}\``,
        opPath,
        op.keySpan,
        'see the IAM condition operators, e.g. `StringEquals`, `ArnLike`, `IpAddress`, `Bool`',
      )
    }
    if (op.value.type !== 'object') {
      p.add('invalid-condition', 'error', `\`${op.key}\` must map condition keys to values`, opPath, op.value.span)
      continue
    }
    if (op.value.props.length === 0)
      p.add('empty-value', 'error', `\`${op.key}\` has no condition keys`, opPath, op.value.span)
    for (const key of uniqueProps(op.value, opPath, p)) {
      const keyPath = `${opPath}/${ptr(key.key)}`
      const items = key.value.type === 'array' ? key.value.items : [key.value]
      if (key.value.type === 'array' && items.length === 0) {
        p.add(
          'empty-value',
          'error',
          `condition key \`${key.key}\` has an empty list of values`,
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
        else
          p.add(
            'wrong-type',
            'error',
            `condition values must be strings, numbers or booleans, not ${item.type === 'null' ? 'null' : `an ${item.type}`}`,
            at,
            item.span,
          )
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
        `duplicate \`Sid\` \`${s.sid.value}\``,
        `/Statement/${s.index}/Sid`,
        s.sid.span,
        'each statement needs its own `Sid`',
      )
    }
    seen.add(s.sid.value)
  }
}
