// Checks that need no catalog: the policy version, policy variables, actions holding a comma or whitespace,
// wildcards in service prefixes, redundant values.
import { findVariables } from '../match/variables'
import { message } from '../messages/message'
import { hasWildcard } from '../match/wildcard'
import { hasActionSeparator, splitActionList } from '../policy/action-list'
import type { Located, Statement } from '../policy/model'
import { report, type Ctx } from './context'
import { arnCovers, arnGlob, covers, glob } from './glob-cover'

const CURRENT = '2012-10-17'

/** Suggests `Version` `2012-10-17` when the policy has none. */
export function checkVersion(ctx: Ctx): void {
  if (ctx.pointers.top('Version')) return
  const statement = ctx.pointers.top('Statement')
  const span = statement?.keySpan ?? ctx.pointers.root?.span
  report(ctx, 'missing-version', 'suggestion', message('diag.missing-version'), {
    ...(span ? { span } : {}),
    path: '',
    help: message('diag.help.missing-version'),
  })
}

/**
 * Warns about `${...}` in `Resource` and condition values when the version does not substitute them: "If you use
 * policy variables ... you must include the Version element and set it to 2012-10-17" (IAM User Guide, IAM policy
 * elements: Variables and tags).
 */
export function checkVariables(ctx: Ctx): void {
  if (ctx.policy.version === CURRENT) return
  // An invalid `Version` is already an error; saying more about it would be noise.
  if (ctx.pointers.top('Version') && ctx.policy.version === undefined) return
  const version = ctx.policy.version
  const help = message('diag.help.variable-needs-version')
  const flag = (v: Located, path: string) => {
    const first = findVariables(v.value)[0]
    if (!first) return
    const text = version
      ? message('diag.variable-needs-version.old', { variable: first.raw, version })
      : message('diag.variable-needs-version.none', { variable: first.raw })
    report(ctx, 'variable-needs-version', 'warning', text, {
      ...(v.span ? { span: v.span } : {}),
      path,
      help,
    })
  }
  for (const s of ctx.policy.statements) {
    for (const name of ['Resource', 'NotResource'] as const) {
      listOf(s, name)?.forEach((v, j) => flag(v, ctx.pointers.value(s, name, v, j)))
    }
    for (const c of s.conditions) {
      c.values.forEach((v, j) => flag(v, ctx.pointers.conditionValue(s, c.operator, c.key, v, j)))
    }
  }
}

/** The values of one list element of a statement. */
export function listOf(s: Statement, name: 'Action' | 'NotAction' | 'Resource' | 'NotResource'): Located[] | undefined {
  return name === 'Action'
    ? s.action
    : name === 'NotAction'
      ? s.notAction
      : name === 'Resource'
        ? s.resource
        : s.notResource
}

/**
 * Warns about an `Action`/`NotAction` value holding a comma or whitespace (`"s3:GetObject,PutObject"`,
 * `"s3:Get Object"`): AWS accepts the policy but reads the value as one literal action name, which matches no action
 * (in `NotAction` it excludes nothing). The parser lets only values through whose items are actions, so the fix (split
 * into separate strings, trimmed) is always at hand.
 */
export function checkActionSeparators(ctx: Ctx): void {
  for (const s of ctx.policy.statements) {
    for (const name of ['Action', 'NotAction'] as const) {
      listOf(s, name)?.forEach((v, j) => {
        const items = splitActionList(v.value)
        if (!items) return
        const comma = v.value.includes(',')
        const space = /\s/.test(v.value)
        const what = comma && space ? 'both' : comma ? 'comma' : 'space'
        const element = name === 'Action' ? 'action' : 'notAction'
        // Line breaks and tabs shown escaped, so the message stays on one line.
        const shown = v.value.replace(/[^\S ]/g, (c) => JSON.stringify(c).slice(1, -1))
        report(
          ctx,
          'action-with-separator',
          'warning',
          message(`diag.action-with-separator.${what}.${element}`, { value: shown }),
          {
            ...(v.span ? { span: v.span } : {}),
            path: ctx.pointers.value(s, name, v, j),
            help:
              items.length === 1
                ? message('diag.help.write', { value: items[0]! })
                : message('diag.help.action-list', { actions: items.map((a) => `\`${a}\``).join(', ') }),
          },
        )
      })
    }
  }
}

/**
 * Warns about `*` or `?` in a service prefix (`s3*:GetObject`): Access Analyzer's "wildcard in service name", since
 * it may match other services with similar names, now or later. `*` and `*:*` mean every action and are left to the
 * security checks.
 */
export function checkServiceWildcards(ctx: Ctx): void {
  for (const s of ctx.policy.statements) {
    for (const name of ['Action', 'NotAction'] as const) {
      listOf(s, name)?.forEach((v, j) => {
        const colon = v.value.indexOf(':')
        if (colon < 0 || v.value === '*:*' || !hasWildcard(v.value.slice(0, colon))) return
        if (hasActionSeparator(v.value)) return // It matches nothing at all: `action-with-separator` says so.
        report(ctx, 'wildcard-service-prefix', 'warning', message('diag.wildcard-service-prefix', { value: v.value }), {
          ...(v.span ? { span: v.span } : {}),
          path: ctx.pointers.value(s, name, v, j),
          help: message('diag.help.wildcard-service-prefix'),
        })
      })
    }
  }
}

/**
 * Suggests removing a value another value of the same element already covers (`s3:GetObject` beside `s3:Get*`, or
 * the same value twice). Actions compare case-insensitively, resources case-sensitively with ARN wildcard rules.
 */
export function checkRedundant(ctx: Ctx): void {
  for (const s of ctx.policy.statements) {
    for (const name of ['Action', 'NotAction', 'Resource', 'NotResource'] as const) {
      const values = listOf(s, name)
      if (!values || values.length < 2) continue
      const isAction = name === 'Action' || name === 'NotAction'
      const norm = (v: string) => (isAction ? v.toLowerCase() : v)
      // A value holding a comma or whitespace matches no action: it neither covers nor is covered.
      const skip = values.map((v) => isAction && hasActionSeparator(v.value))
      const test = coverTest(values, isAction)
      const candidates = coverCandidates(values.map((v) => norm(v.value)))
      const firstOf = new Map<string, number>()
      values.forEach((v, i) => {
        if (!firstOf.has(norm(v.value))) firstOf.set(norm(v.value), i)
      })
      let budget = MAX_COMPARISONS
      values.forEach((v, i) => {
        if (skip[i]) return
        const a = v.value
        const dup = firstOf.get(norm(a))!
        let by: number | undefined = dup < i ? dup : undefined
        for (const j of by === undefined && budget > 0 ? candidates(i) : []) {
          if (budget-- <= 0) break
          if (skip[j] || norm(values[j]!.value) === norm(a)) continue
          // Two different patterns covering each other (`b/*` and `b/**`): flag only the later one.
          if (test(j, i) && (j < i || !test(i, j))) {
            by = j
            break
          }
        }
        if (by === undefined) return
        const other = values[by]!.value
        const text =
          norm(other) === norm(a)
            ? message('diag.redundant.twice', { value: a, element: name })
            : message('diag.redundant.covered', { value: a, other })
        report(ctx, isAction ? 'redundant-action' : 'redundant-resource', 'suggestion', text, {
          ...(v.span ? { span: v.span } : {}),
          path: ctx.pointers.value(s, name, v, i),
          help: message('diag.help.remove', { value: a }),
        })
      })
    }
  }
}

// Redundancy is only a suggestion: on a pathological element (thousands of patterns sharing a prefix) stop early.
const MAX_COMPARISONS = 20_000

/** The literal text before the first wildcard. */
const literalPrefix = (v: string) => v.slice(0, v.search(/[*?]/) < 0 ? v.length : v.search(/[*?]/))

/**
 * `candidates(i)`: the wildcard values that might cover value `i`, in list order. A cover's literal prefix must be a
 * prefix of the covered value's literal prefix, so values are indexed by literal prefix and looked up by each prefix
 * of the covered value's: linear in the text, not in the number of values.
 */
function coverCandidates(texts: string[]): (i: number) => number[] {
  const byPrefix = new Map<string, number[]>()
  texts.forEach((t, i) => {
    if (!/[*?]/.test(t)) return
    const p = literalPrefix(t)
    const list = byPrefix.get(p)
    if (list) list.push(i)
    else byPrefix.set(p, [i])
  })
  return (i) => {
    const p = literalPrefix(texts[i]!)
    const found: number[] = []
    for (let k = 0; k <= p.length; k++) for (const j of byPrefix.get(p.slice(0, k)) ?? []) if (j !== i) found.push(j)
    return found.sort((x, y) => x - y)
  }
}

/** `test(b, a)`: value `b` covers value `a`. Each value is prepared once; comparing pairs is then cheap. */
function coverTest(values: Located[], isAction: boolean): (b: number, a: number) => boolean {
  if (isAction) {
    const globs = values.map((v) => glob(v.value, true))
    return (b, a) => covers(globs[b]!, globs[a]!)
  }
  const globs = values.map((v) => arnGlob(v.value))
  return (b, a) => arnCovers(globs[b]!, globs[a]!)
}
