// What the matrix form's text areas hold: actions and services one per line, read with the line of each problem.
import { isActionName, type Scenario } from '../../engine/index'

/** A line that could not be read, numbered from 1 as the person sees it. */
export interface LineProblem {
  line: number
  text: string
}

/** The lines read, without blanks and repeats (the first spelling wins, case-insensitively), and the bad ones. */
export interface Lines {
  values: string[]
  problems: LineProblem[]
}

function readLines(text: string, ok: (value: string) => boolean, normal: (value: string) => string): Lines {
  const values: string[] = []
  const problems: LineProblem[] = []
  const seen = new Set<string>()
  text.split(/\r?\n/).forEach((raw, i) => {
    const value = normal(raw.trim())
    if (!value) return
    if (!ok(value)) problems.push({ line: i + 1, text: value })
    else if (!seen.has(value.toLowerCase())) {
      seen.add(value.toLowerCase())
      values.push(value)
    }
  })
  return { values, problems }
}

/** Actions, one per line: each must be one action (`s3:GetObject`), as a request names it. */
export function actionLines(text: string): Lines {
  return readLines(text, isActionName, (v) => v)
}

/** Service prefixes, one per line (`s3`, `EC2`), lower-cased; a trailing `:*` or `:` is forgiven. */
export function serviceLines(text: string): Lines {
  return readLines(
    text,
    (v) => /^[a-z0-9-]+$/.test(v),
    (v) => v.replace(/:\*?$/, '').toLowerCase(),
  )
}

/** Appends `more` to a one-per-line text, leaving out what it already holds (case-insensitively). */
export function appendLines(text: string, more: readonly string[]): string {
  const have = new Set(
    text
      .split(/\r?\n/)
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean),
  )
  const added = more.filter((m) => !have.has(m.toLowerCase()) && have.add(m.toLowerCase()))
  const base = text.replace(/\s+$/, '')
  return [base, ...added].filter(Boolean).join('\n')
}

/** Every policy body of the scenario: inline, trust, customer managed (every version), SCPs, RCPs and resource policies. */
function policyBodies(scenario: Scenario): unknown[] {
  const out: unknown[] = []
  for (const e of [...(scenario.users ?? []), ...(scenario.groups ?? []), ...(scenario.roles ?? [])]) {
    for (const p of e.inlinePolicies ?? []) out.push(p.document)
  }
  for (const role of scenario.roles ?? []) out.push(role.trustPolicy)
  for (const p of scenario.policies ?? []) for (const v of p.versions) out.push(v.document)
  for (const p of scenario.organization?.policies ?? []) out.push(p.document)
  for (const r of scenario.resources ?? []) if (r.policy !== undefined) out.push(r.policy)
  return out
}

/** The service prefixes the scenario's policies name in `Action`/`NotAction` (no wildcard prefixes), sorted. */
export function policyServices(scenario: Scenario): string[] {
  const found = new Set<string>()
  const walk = (value: unknown, depth: number): void => {
    if (depth > 64) return
    if (Array.isArray(value)) return value.forEach((v) => walk(v, depth + 1))
    if (typeof value !== 'object' || value === null) return
    for (const [key, v] of Object.entries(value)) {
      if (key === 'Action' || key === 'NotAction') {
        for (const a of Array.isArray(v) ? v : [v]) {
          const m = typeof a === 'string' ? /^([A-Za-z0-9-]+):/.exec(a) : null
          if (m) found.add(m[1]!.toLowerCase())
        }
      } else walk(v, depth + 1)
    }
  }
  for (const body of policyBodies(scenario)) {
    let doc = body
    if (typeof doc === 'string') {
      try {
        doc = JSON.parse(doc)
      } catch {
        continue // a broken policy names nothing the matrix could use
      }
    }
    walk(doc, 0)
  }
  return [...found].sort()
}

/** The actions of the scenario's saved requests and the request form, for a first matrix (at most `max`). */
export function startingActions(scenario: Scenario, current: readonly string[], max = 24): string[] {
  const all = [...current, ...(scenario.requests ?? []).map((r) => r.action)].map((a) => a.trim())
  return actionLines(all.join('\n')).values.slice(0, max)
}
