// `terraform show -json` output → scenario: a state (`values.root_module`) or a plan (`planned_values.root_module`,
// `resource_changes`, `configuration`), with child modules. A plan's values known only after apply are resolved
// from the configuration's references to other resources where possible, else listed as values to fill in.
import { importIacMessage } from '../../messages/import-iac'
import { q } from '../../scenario/issues'
import { kindOf, ImportRun, readJsonText } from './context'
import { tfAttribute, type ArnContext } from './terraform-attributes'
import { mapTerraform, type TfResource } from './terraform-resources'
import type { IacImportOptions, IacImportResult } from './types'

type Obj = Record<string, unknown>

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Imports `terraform show -json` output, as text or already parsed. Never throws on bad input. */
export function importTerraformJson(input: unknown, options: IacImportOptions = {}): IacImportResult {
  const run = new ImportRun(options)
  const title = { en: 'Imported from Terraform', ko: 'Terraform에서 가져옴' }
  const description = {
    en: 'Imported from `terraform show -json` output.',
    ko: '`terraform show -json` 출력에서 가져왔습니다.',
  }
  let value = input
  if (typeof input === 'string') {
    const parsed = readJsonText(input, run)
    if (!parsed) return run.finish(title, description)
    value = parsed.value
  }
  const root = isObj(value)
    ? isObj(value.planned_values)
      ? value.planned_values.root_module
      : isObj(value.values)
        ? value.values.root_module
        : undefined
    : undefined
  if (!isObj(value) || !isObj(root)) {
    run.fail('', importIacMessage('importIac.notTerraform', { kind: kindOf(value) }))
    return run.finish(title, description)
  }
  const resources: TfResource[] = []
  collect(root, resources, run)
  const account = accountFromArns(resources)
  const b = run.builder(account)
  const ctx: ArnContext = { account: b.account, partition: run.partition, region: run.region }
  if (isObj(value.planned_values)) fillUnknowns(value, resources, ctx, run)
  mapTerraform(resources, b, run.warn)
  return run.finish(title, description)
}

/** Managed resources of a module and its child modules, in order. */
function collect(module: Obj, out: TfResource[], run: ImportRun): void {
  if (Array.isArray(module.resources)) {
    for (const r of module.resources as unknown[]) {
      if (!isObj(r) || typeof r.type !== 'string' || typeof r.address !== 'string') {
        run.warn(
          String(module.address ?? ''),
          importIacMessage('importIac.notObject', { what: 'a resource', kind: kindOf(r) }),
        )
        continue
      }
      if (r.mode === 'data') continue
      out.push({
        type: r.type,
        name: typeof r.name === 'string' ? r.name : r.address,
        address: r.address,
        values: isObj(r.values) ? { ...r.values } : {},
      })
    }
  }
  if (Array.isArray(module.child_modules)) {
    for (const child of module.child_modules as unknown[]) if (isObj(child)) collect(child, out, run)
  }
}

/** The account most IAM ARNs in the values name. */
function accountFromArns(resources: readonly TfResource[]): string | undefined {
  const counts = new Map<string, number>()
  for (const r of resources) {
    const arn = r.values.arn
    const m = typeof arn === 'string' ? /^arn:[\w-]+:iam::(\d{12}):/.exec(arn) : null
    if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1)
  }
  let best: string | undefined
  let n = 0
  for (const [account, c] of counts) if (c > n) [best, n] = [account, c]
  return best
}

/**
 * For each attribute a plan marks unknown (`after_unknown`): a value filled in by the options, else the attribute
 * of the one resource the configuration's expression references, else a `${address.attr}` placeholder, listed.
 */
function fillUnknowns(plan: Obj, resources: TfResource[], ctx: ArnContext, run: ImportRun): void {
  const byAddress = new Map(resources.map((r) => [r.address, r]))
  const refs = configurationReferences(plan)
  const changes = Array.isArray(plan.resource_changes) ? (plan.resource_changes as unknown[]) : []
  for (const change of changes) {
    if (!isObj(change) || typeof change.address !== 'string' || !isObj(change.change)) continue
    const r = byAddress.get(change.address)
    const unknown = change.change.after_unknown
    if (!r || !isObj(unknown)) continue
    for (const [attr, flag] of Object.entries(unknown)) {
      if (flag !== true || (r.values[attr] !== undefined && r.values[attr] !== null)) continue
      const location = `${r.address}.${attr}`
      const filled = run.filled(location)
      if (filled !== undefined) {
        r.values[attr] = filled
        continue
      }
      const resolved = resolveReference(refs.get(`${configAddress(r.address)}.${attr}`), r.address, byAddress, ctx)
      if (resolved !== undefined) {
        r.values[attr] = resolved
        continue
      }
      if (!isUsed(r.type, attr)) continue
      r.values[attr] = `\${${location}}`
      run.open(location, location, importIacMessage('importIac.unknown', { ref: q(location) }))
    }
  }
}

/** Attributes that only describe a resource (or that AWS fills in), so an unknown one changes nothing. */
const COMPUTED_ONLY = new Set(['arn', 'id', 'unique_id', 'create_date', 'tags_all', 'policy_id', 'thumbprint_list'])

/** Attributes the importer reads (an unknown `arn` or `id` of a user is of no consequence). */
function isUsed(type: string, attr: string): boolean {
  if (type === 'aws_kms_key' && attr === 'arn') return true
  return !COMPUTED_ONLY.has(attr)
}

/** A resource address without instance keys (`module.a[0].aws_iam_role.x["k"]` → `module.a.aws_iam_role.x`). */
function configAddress(address: string): string {
  return address.replace(/\[[^\]]*\]/g, '')
}

/** `configAddress.attr` → the references of its expression, from the plan's `configuration` (modules included). */
function configurationReferences(plan: Obj): Map<string, string[]> {
  const out = new Map<string, string[]>()
  const walk = (module: unknown, prefix: string) => {
    if (!isObj(module)) return
    for (const r of Array.isArray(module.resources) ? (module.resources as unknown[]) : []) {
      if (!isObj(r) || typeof r.address !== 'string' || !isObj(r.expressions)) continue
      for (const [attr, expr] of Object.entries(r.expressions)) {
        if (isObj(expr) && Array.isArray(expr.references)) {
          out.set(
            `${prefix}${r.address}.${attr}`,
            expr.references.filter((x): x is string => typeof x === 'string'),
          )
        }
      }
    }
    if (isObj(module.module_calls)) {
      for (const [name, call] of Object.entries(module.module_calls)) {
        if (isObj(call)) walk(call.module, `${prefix}module.${name}.`)
      }
    }
  }
  if (isObj(plan.configuration)) walk(plan.configuration.root_module, '')
  return out
}

/** The value of the first reference of the form `type.name.attr` that names a resource of the plan. */
function resolveReference(
  refs: string[] | undefined,
  from: string,
  byAddress: ReadonlyMap<string, TfResource>,
  ctx: ArnContext,
): unknown {
  if (!refs) return undefined
  const prefix = /^(.*\.)?[^.]+\.[^.]+$/.exec(configAddress(from))?.[1] ?? ''
  for (const ref of refs) {
    const m = /^([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)$/.exec(ref)
    if (!m) continue
    const target = byAddress.get(`${prefix}${m[1]}.${m[2]}`)
    if (!target) continue
    const value = tfAttribute(target, m[3]!, ctx)
    if (value !== undefined) return value
  }
  return undefined
}
