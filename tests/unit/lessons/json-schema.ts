// A small JSON Schema (draft 2020-12) validator for the keywords the repository's schemas use: enough to check the
// lesson files against scenarios/lessons/lesson.schema.json, whose `scenario` refers to scenarios/scenario.schema.json.
// Keywords it does not know make it throw, so a schema cannot silently outgrow it.

export type JsonSchema = boolean | { [keyword: string]: unknown }

/** Keywords that constrain nothing (annotations). */
const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'default', 'examples', '$defs'])

/** Keywords this validator applies. */
export const SUPPORTED_KEYWORDS = new Set([
  ...ANNOTATIONS,
  '$ref',
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'maxProperties',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'oneOf',
  'anyOf',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
])

/** The schema documents a `$ref` may name, by file name (`scenario.schema.json`); `#` is the root document. */
export type SchemaFiles = Record<string, JsonSchema>

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function escape(token: string | number): string {
  return String(token).replaceAll('~', '~0').replaceAll('/', '~1')
}

/** Resolves a JSON pointer fragment (`/$defs/user`) inside a document. */
function walkPointer(doc: JsonSchema, fragment: string): JsonSchema {
  let node: unknown = doc
  for (const raw of fragment.split('/').slice(1)) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~')
    node = (node as Record<string, unknown>)[token]
    if (node === undefined) throw new Error(`dangling $ref fragment ${fragment}`)
  }
  return node as JsonSchema
}

/**
 * Every way `value` breaks `schema`, as `POINTER: message` lines (empty when it is valid). `files` holds the other
 * schema documents relative `$ref`s name (`../scenario.schema.json` is looked up as `scenario.schema.json`).
 */
export function validate(value: unknown, root: JsonSchema, files: SchemaFiles = {}): string[] {
  const check = (v: unknown, schema: JsonSchema, doc: JsonSchema, path: string): string[] => {
    if (schema === true) return []
    if (schema === false) return [`${path}: no value is allowed here`]
    const out: string[] = []
    for (const keyword of Object.keys(schema)) {
      if (!SUPPORTED_KEYWORDS.has(keyword)) throw new Error(`unsupported JSON Schema keyword ${keyword}`)
    }
    const s = schema as Record<string, unknown>
    if (typeof s.$ref === 'string') {
      const [file, fragment = ''] = s.$ref.split('#')
      const target = file ? files[file.slice(file.lastIndexOf('/') + 1)] : doc
      if (target === undefined) throw new Error(`unknown schema file in $ref ${s.$ref}`)
      out.push(...check(v, fragment ? walkPointer(target, fragment) : target, target, path))
    }
    const type = typeOf(v)
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string]
      if (!types.some((t) => t === type || (t === 'number' && type === 'integer'))) {
        return [...out, `${path}: expected ${types.join(' or ')}, found ${type}`]
      }
    }
    if (s.enum !== undefined && !(s.enum as unknown[]).some((e) => equal(e, v))) {
      out.push(`${path}: ${JSON.stringify(v)} is not one of ${JSON.stringify(s.enum)}`)
    }
    if ('const' in s && !equal(s.const, v)) out.push(`${path}: expected ${JSON.stringify(s.const)}`)
    if (s.oneOf !== undefined) {
      const passing = (s.oneOf as JsonSchema[]).filter((alt) => check(v, alt, doc, path).length === 0).length
      if (passing !== 1) out.push(`${path}: matches ${passing} of the oneOf alternatives, not exactly one`)
    }
    if (s.anyOf !== undefined && !(s.anyOf as JsonSchema[]).some((alt) => check(v, alt, doc, path).length === 0)) {
      out.push(`${path}: matches none of the anyOf alternatives`)
    }
    if (type === 'string') {
      const text = v as string
      const length = [...text].length
      if (typeof s.minLength === 'number' && length < s.minLength) out.push(`${path}: shorter than ${s.minLength}`)
      if (typeof s.maxLength === 'number' && length > s.maxLength) out.push(`${path}: longer than ${s.maxLength}`)
      if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(text)) {
        out.push(`${path}: does not match ${s.pattern}`)
      }
    }
    if (type === 'integer' || type === 'number') {
      const n = v as number
      if (typeof s.minimum === 'number' && n < s.minimum) out.push(`${path}: less than ${s.minimum}`)
      if (typeof s.maximum === 'number' && n > s.maximum) out.push(`${path}: more than ${s.maximum}`)
    }
    if (type === 'array') {
      const items = v as unknown[]
      if (typeof s.minItems === 'number' && items.length < s.minItems)
        out.push(`${path}: fewer than ${s.minItems} items`)
      if (typeof s.maxItems === 'number' && items.length > s.maxItems)
        out.push(`${path}: more than ${s.maxItems} items`)
      if (s.uniqueItems === true && new Set(items.map((i) => JSON.stringify(i))).size !== items.length) {
        out.push(`${path}: items are not unique`)
      }
      if (s.items !== undefined) {
        items.forEach((item, i) => out.push(...check(item, s.items as JsonSchema, doc, `${path}/${i}`)))
      }
    }
    if (type === 'object') {
      const o = v as Record<string, unknown>
      const properties = (s.properties ?? {}) as Record<string, JsonSchema>
      for (const key of (s.required ?? []) as string[]) if (!(key in o)) out.push(`${path}: missing ${key}`)
      if (typeof s.maxProperties === 'number' && Object.keys(o).length > s.maxProperties) {
        out.push(`${path}: more than ${s.maxProperties} properties`)
      }
      for (const [key, child] of Object.entries(o)) {
        const at = `${path}/${escape(key)}`
        if (s.propertyNames !== undefined) out.push(...check(key, s.propertyNames as JsonSchema, doc, at))
        if (key in properties) out.push(...check(child, properties[key]!, doc, at))
        else if (s.additionalProperties === false) out.push(`${at}: unknown property`)
        else if (typeof s.additionalProperties === 'object') {
          out.push(...check(child, s.additionalProperties as JsonSchema, doc, at))
        }
      }
    }
    return out
  }
  return check(value, root, root, '')
}

/** Every keyword used anywhere in a schema document (to prove the validator understands all of them). */
export function keywordsOf(schema: JsonSchema): Set<string> {
  const found = new Set<string>()
  const walk = (s: unknown) => {
    if (typeof s !== 'object' || s === null) return
    if (Array.isArray(s)) return s.forEach(walk)
    for (const [keyword, value] of Object.entries(s)) {
      found.add(keyword)
      if (keyword === 'properties' || keyword === '$defs') Object.values(value as object).forEach(walk)
      else if (keyword !== 'enum' && keyword !== 'const' && keyword !== 'default' && keyword !== 'examples') walk(value)
    }
  }
  walk(schema)
  return found
}
