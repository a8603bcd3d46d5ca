// `.tf` files → scenario. The HCL itself is parsed by `@cdktf/hcl2json` (WASM, loaded by Node's `fs`), which the
// caller injects; this module reads its output: resources, `variable` defaults, `locals`, and the expressions it
// leaves as `${…}` strings (`jsonencode`, references to other resources, `var.x`, `local.y`).
import { importIacMessage } from '../../messages/import-iac'
import { q } from '../../scenario/issues'
import { ImportRun, kindOf } from './context'
import { evaluateTemplate, Open, placeholder } from './hcl-expression'
import { tfAttribute, type ArnContext } from './terraform-attributes'
import { mapTerraform, type TfResource } from './terraform-resources'
import type { IacImportOptions, IacImportResult } from './types'

/** The output of `@cdktf/hcl2json`'s `parse` for one file (blocks keyed by type and name, each a list of bodies). */
export type HclParse = Record<string, unknown>

/** Parses one `.tf` file's text into {@link HclParse}; rejects with a message like `file.tf:2,10-3,1: …`. */
export type HclParser = (fileName: string, text: string) => Promise<unknown>

type Obj = Record<string, unknown>

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

const TITLE = { en: 'Imported from Terraform', ko: 'Terraform에서 가져옴' }
const DESCRIPTION = {
  en: 'Imported from Terraform configuration (`.tf`).',
  ko: 'Terraform 구성(`.tf`)에서 가져왔습니다.',
}

/** Parses `.tf` files with the injected parser and imports them; a syntax error is reported with its location. */
export async function importTerraformHclFiles(
  files: readonly { name: string; text: string }[],
  parse: HclParser,
  options: IacImportOptions = {},
): Promise<IacImportResult> {
  const parsed: HclParse[] = []
  for (const f of files) {
    try {
      parsed.push((await parse(f.name, f.text)) as HclParse)
    } catch (e) {
      const run = new ImportRun(options)
      const error = e instanceof Error ? e.message : String(e)
      const m = /([^\s[:]+):(\d+),(\d+)(?:-\d+(?:,\d+)?)?:\s*([^\]]*)/.exec(error)
      const pos = m ? { line: Number(m[2]), column: Number(m[3]) } : undefined
      run.fail(f.name, importIacMessage('importIac.badHcl', { error: m ? m[4]!.trim() : error }), pos)
      return run.finish(TITLE, DESCRIPTION)
    }
  }
  return importTerraformHcl(parsed, options)
}

/** Imports already-parsed `.tf` files (the output of `@cdktf/hcl2json`, one object per file). Never throws. */
export function importTerraformHcl(
  input: HclParse | readonly HclParse[],
  options: IacImportOptions = {},
): IacImportResult {
  const run = new ImportRun(options)
  const files = Array.isArray(input) ? input : [input]
  const bad = files.find((f) => !isObj(f))
  if (bad !== undefined || files.length === 0) {
    run.fail('', importIacMessage('importIac.notHcl', { kind: kindOf(bad) }))
    return run.finish(TITLE, DESCRIPTION)
  }
  const b = run.builder()
  const ctx: ArnContext = { account: b.account, partition: run.partition, region: run.region }
  const config = new HclConfig(files as HclParse[], run, ctx)
  mapTerraform(config.resources(), b, run.warn)
  return run.finish(TITLE, DESCRIPTION)
}

/** The blocks of all files, and the evaluation of their expressions with references between them. */
class HclConfig {
  private readonly bodies = new Map<string, { type: string; name: string; body: Obj }>()
  private readonly variables = new Map<string, Obj>()
  private readonly locals = new Map<string, unknown>()
  private readonly evaluated = new Map<string, unknown>()
  private readonly evaluating = new Set<string>()
  private location = ''

  constructor(
    files: readonly HclParse[],
    private readonly run: ImportRun,
    private readonly ctx: ArnContext,
  ) {
    for (const f of files) {
      for (const [type, byName] of Object.entries(isObj(f.resource) ? f.resource : {})) {
        if (!isObj(byName)) continue
        for (const [name, bodies] of Object.entries(byName)) {
          const body = Array.isArray(bodies) ? bodies[0] : bodies
          if (isObj(body)) this.bodies.set(`${type}.${name}`, { type, name, body })
        }
      }
      for (const [name, bodies] of Object.entries(isObj(f.variable) ? f.variable : {})) {
        const body = Array.isArray(bodies) ? bodies[0] : bodies
        this.variables.set(name, isObj(body) ? body : {})
      }
      for (const block of Array.isArray(f.locals) ? f.locals : isObj(f.locals) ? [f.locals] : []) {
        if (isObj(block)) for (const [k, v] of Object.entries(block)) this.locals.set(k, v)
      }
    }
  }

  /** Every resource with its attributes evaluated (open values as `${ref}` placeholders, listed). */
  resources(): TfResource[] {
    const out: TfResource[] = []
    for (const [address, { type, name, body }] of this.bodies) {
      const values: Obj = {}
      for (const key of Object.keys(body)) values[key] = placeholder(this.attribute(address, key))
      out.push({ type, name, address, values })
    }
    return out
  }

  /** One attribute of a resource, evaluated once. */
  private attribute(address: string, key: string): unknown {
    const id = `${address}.${key}`
    if (this.evaluated.has(id)) return this.evaluated.get(id)
    const r = this.bodies.get(address)
    if (!r || this.evaluating.has(id)) return undefined
    this.evaluating.add(id)
    const outer = this.location
    this.location = id
    const value = r.body[key] === undefined ? undefined : this.value(r.body[key])
    this.location = outer
    this.evaluating.delete(id)
    this.evaluated.set(id, value)
    return value
  }

  private value(v: unknown): unknown {
    if (typeof v === 'string') {
      return evaluateTemplate(
        v,
        (parts) => this.lookup(parts),
        (open) => this.report(open),
      )
    }
    if (Array.isArray(v)) return v.map((x) => this.value(x))
    if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.value(x)]))
    return v
  }

  private report(open: Open): void {
    const text =
      open.why === 'variable'
        ? importIacMessage('importIac.variable', { name: q(open.ref) })
        : open.why === 'reference'
          ? importIacMessage('importIac.unresolved', { ref: q(open.ref) })
          : importIacMessage('importIac.expression', { expr: q(open.ref) })
    this.run.open(this.location, open.ref, text)
  }

  private opened(ref: string, why: Open['why']): unknown {
    const filled = this.run.filled(ref)
    if (filled !== undefined) return filled
    const open = new Open(ref, why)
    this.report(open)
    return open
  }

  private lookup(parts: readonly string[]): unknown {
    const ref = parts.join('.')
    const [head, second, third] = parts
    if (head === 'var' && second) {
      const filled = this.run.filled(ref)
      if (filled !== undefined) return filled
      const v = this.variables.get(second)
      if (v && v.default !== undefined) return this.value(v.default)
      return this.opened(ref, 'variable')
    }
    if (head === 'local' && second && this.locals.has(second)) {
      const key = `local.${second}`
      if (this.evaluating.has(key)) return this.opened(ref, 'reference')
      this.evaluating.add(key)
      const value = this.value(this.locals.get(second))
      this.evaluating.delete(key)
      return value
    }
    if (head === 'data' && second && third && parts[3]) {
      const computed = tfAttribute({ type: second, name: third, address: ref, values: {} }, parts[3], this.ctx)
      return computed ?? this.opened(ref, 'reference')
    }
    if (head && second && third) {
      const address = `${head}.${second}`
      const r = this.bodies.get(address)
      if (r) {
        const own = this.attribute(address, third)
        if (own !== undefined) return own
        const values: Obj = {}
        for (const k of ['name', 'path', 'bucket', 'url']) {
          const v = this.attribute(address, k)
          if (typeof v === 'string') values[k] = v
        }
        const computed = tfAttribute({ type: r.type, name: r.name, address, values }, third, this.ctx)
        if (computed !== undefined) return computed
      }
    }
    return this.opened(ref, 'reference')
  }
}
