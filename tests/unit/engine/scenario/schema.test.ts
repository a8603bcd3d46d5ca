// scenarios/scenario.schema.json (for editors) against the parser's field table and the scenario files: a tiny
// structural check, no schema library. It follows $ref, properties, items, additionalProperties and oneOf.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SCENARIO_VERSION } from '../../../../src/engine/scenario/model'
import { SCENARIO_SHAPE } from '../../../../src/engine/scenario/fields'
import { exampleScenario } from '../../../../src/engine/scenario/example'
import type { Prop, Shape } from '../../../../src/engine/scenario/shape'
import schemaJson from '../../../../scenarios/scenario.schema.json'

interface Schema {
  $ref?: string
  type?: string
  properties?: Record<string, Schema>
  required?: string[]
  additionalProperties?: boolean | Schema
  items?: Schema
  oneOf?: Schema[]
  const?: unknown
  description?: string
}

const schema = schemaJson as unknown as Schema & { $defs: Record<string, Schema> }

function resolve(s: Schema): Schema {
  if (!s.$ref) return s
  const name = s.$ref.replace('#/$defs/', '')
  const target = schema.$defs[name]
  if (!target) throw new Error(`dangling $ref ${s.$ref}`)
  return resolve(target)
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array'
  if (value === null) return 'null'
  return typeof value
}

/** Pointers of properties the schema does not know, and of required properties that are missing. */
function structuralProblems(value: unknown, s: Schema, path = ''): string[] {
  const node = resolve(s)
  if (node.oneOf) {
    const fit = node.oneOf.map(resolve).find((alt) => alt.type === jsonType(value))
    return fit ? structuralProblems(value, fit, path) : [`${path}: no alternative for ${jsonType(value)}`]
  }
  if (Array.isArray(value))
    return node.items ? value.flatMap((v, i) => structuralProblems(v, node.items!, `${path}/${i}`)) : []
  if (typeof value !== 'object' || value === null) return []
  const out: string[] = []
  for (const r of node.required ?? []) if (!(r in value)) out.push(`${path}: missing ${r}`)
  for (const [k, v] of Object.entries(value)) {
    const known = node.properties?.[k]
    if (known) out.push(...structuralProblems(v, known, `${path}/${k}`))
    else if (node.additionalProperties === false) out.push(`${path}/${k}: unknown`)
    else if (typeof node.additionalProperties === 'object')
      out.push(...structuralProblems(v, node.additionalProperties, `${path}/${k}`))
  }
  return out
}

/** Differences between the parser's shape table and the schema: property names and required sets, everywhere. */
function drift(shape: Shape, s: Schema, path: string, seen = new Set<Shape>()): string[] {
  if (shape.kind === 'lazy') return drift(shape.get(), s, path, seen)
  if (seen.has(shape)) return []
  seen.add(shape)
  const node = resolve(s)
  switch (shape.kind) {
    case 'object': {
      const target = node.oneOf ? node.oneOf.map(resolve).find((alt) => alt.type === 'object')! : node
      const ours = Object.keys(shape.props).sort()
      const theirs = Object.keys(target.properties ?? {}).sort()
      if (ours.join() !== theirs.join()) return [`${path}: parser has [${ours}], schema has [${theirs}]`]
      const required = (p: [string, Prop]) => p[1].required === true
      const ourRequired = Object.entries(shape.props)
        .filter(required)
        .map(([k]) => k)
        .sort()
      const out =
        ourRequired.join() === [...(target.required ?? [])].sort().join() ? [] : [`${path}: required sets differ`]
      if (target.additionalProperties !== false) out.push(`${path}: schema allows unknown properties`)
      for (const [k, prop] of Object.entries(shape.props))
        out.push(...drift(prop.shape, target.properties![k]!, `${path}/${k}`, seen))
      return out
    }
    case 'array':
      return node.items ? drift(shape.of, node.items, `${path}/*`, seen) : [`${path}: schema has no items`]
    case 'oneOf': {
      const objectAlt = shape.of.find((alt) => alt.kind === 'object')
      return objectAlt ? drift(objectAlt, node, path, seen) : []
    }
    default:
      return []
  }
}

const files = import.meta.glob<unknown>(
  ['../../../../scenarios/*.json', '!../../../../scenarios/scenario.schema.json'],
  {
    eager: true,
    import: 'default',
  },
)

describe('scenario.schema.json', () => {
  it('is draft 2020-12 and describes every field', () => {
    expect(schemaJson.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    const undescribed: string[] = []
    const walk = (s: Schema, path: string) => {
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        if (!v.description && !(v.$ref && resolve(v).description)) undescribed.push(`${path}/${k}`)
        walk(v, `${path}/${k}`)
        if (v.items) walk(v.items, `${path}/${k}/*`)
      }
      for (const alt of s.oneOf ?? []) walk(alt, path)
    }
    walk(schema, '')
    for (const [name, def] of Object.entries(schema.$defs)) walk(def, `#${name}`)
    expect(undescribed).toEqual([])
  })

  it('knows the current version', () => {
    expect(schema.properties!.version!.const).toBe(SCENARIO_VERSION)
  })

  it('has the same properties and required fields as the parser, everywhere', () => {
    expect(drift(SCENARIO_SHAPE, schema, '')).toEqual([])
  })

  it('the structural check finds unknown and missing properties', () => {
    const s = exampleScenario() as unknown as Record<string, unknown>
    s.extra = 1
    delete (s.roles as Record<string, unknown>[])[0]!.trustPolicy
    expect(structuralProblems(s, schema)).toEqual(['/roles/0: missing trustPolicy', '/extra: unknown'])
  })

  it('the example scenario has only properties the schema knows', () => {
    expect(structuralProblems(exampleScenario(), schema)).toEqual([])
  })

  it.each(Object.entries(files).map(([path, raw]) => [path.replace(/^.*\//, ''), raw]))(
    '%s has only properties the schema knows',
    (_name, raw) => {
      expect(structuralProblems(raw, schema)).toEqual([])
    },
  )
})

describe('scenarios/README.md', () => {
  it('annotates the example scenario exactly', () => {
    const readme = readFileSync(new URL('../../../../scenarios/README.md', import.meta.url), 'utf8')
    const block = /<!-- example:start -->\s*```json\n([\s\S]*?)\n```/.exec(readme)
    expect(block).not.toBeNull()
    expect(JSON.parse(block![1]!)).toEqual(exampleScenario())
  })
})
