// Ways to stop an explicit Deny statement from applying: narrow it (take the action or resource out of its list, or
// add it to NotAction/NotResource), delete it, or delete or detach its policy when nothing narrower is possible.
import type { SimulationResult } from '../account/simulate-types'
import type { StatementRef } from '../trace/types'
import { isObject, lineDiff, prettyText, statementsOf, withStatements, type StatementObject } from './documents'
import { makeChange } from './sentences'
import { removalEdit, slotDocument, slotOf } from './slots'
import type { RemedyKind, RemedyOp } from './types'
import type { Edit, World } from './world'

/** The remedy kind of a change to a policy of this type. */
function kindOf(type: StatementRef['type'], trust: boolean): RemedyKind {
  if (type === 'identity') return 'deny'
  if (type === 'resource') return trust ? 'trust' : 'deny'
  return type
}

/** True when `list` names `value` itself: actions compare ignoring case, resources (ARNs) exactly. */
function hasExact(list: unknown, value: string, ignoreCase = true): boolean {
  const same = (v: unknown) =>
    typeof v === 'string' && (ignoreCase ? v.toLowerCase() === value.toLowerCase() : v === value)
  return Array.isArray(list) && list.some(same)
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value]
}

/**
 * Ways to stop one Deny statement from applying: take the action (or resource) out of its list, add it to its
 * NotAction (NotResource), delete the statement, or — when it is the policy's only statement or the policy cannot be
 * edited — delete or detach the policy.
 */
export function denyStatementEdits(world: World, result: SimulationResult, ref: StatementRef): Edit[] {
  const slot = slotOf(world, result, ref)
  if (!slot) return []
  const kind = kindOf(ref.type, slot.key.startsWith('trust:'))
  const doc = slotDocument(slot)
  const list = doc ? statementsOf(doc) : []
  const statement = list[ref.index]
  const out: Edit[] = []
  if (slot.editable && doc && isObject(statement)) {
    const { action, resource } = world.request
    const name = typeof statement.Sid === 'string' && statement.Sid ? statement.Sid : `#${ref.index + 1}`
    const variants: [RemedyOp, StatementObject | undefined, number][] = []
    if (hasExact(statement.Action, action) && (statement.Action as unknown[]).length > 1) {
      const rest = (statement.Action as unknown[]).filter(
        (a) => typeof a !== 'string' || a.toLowerCase() !== action.toLowerCase(),
      )
      variants.push(['remove-action', { ...statement, Action: rest }, 1])
    }
    if (statement.NotAction !== undefined && !hasExact(asList(statement.NotAction), action)) {
      variants.push(['exempt-action', { ...statement, NotAction: [...asList(statement.NotAction), action] }, 1])
    }
    if (
      resource !== '*' &&
      hasExact(statement.Resource, resource, false) &&
      (statement.Resource as unknown[]).length > 1
    ) {
      variants.push([
        'remove-resource',
        { ...statement, Resource: (statement.Resource as unknown[]).filter((r) => r !== resource) },
        1,
      ])
    }
    if (
      resource !== '*' &&
      statement.NotResource !== undefined &&
      !hasExact(asList(statement.NotResource), resource, false)
    ) {
      variants.push(['exempt-resource', { ...statement, NotResource: [...asList(statement.NotResource), resource] }, 1])
    }
    if (list.length > 1) variants.push(['drop-statement', undefined, 2])
    for (const [op, replacement, breadth] of variants) {
      const statements = replacement
        ? list.map((s, i) => (i === ref.index ? replacement : s))
        : list.filter((_, i) => i !== ref.index)
      const next = withStatements(doc, statements)
      const key = `deny:${slot.key}:${ref.index}:${op}`
      out.push({
        key,
        group: key,
        change: makeChange(
          kind,
          op,
          { policy: slot.text, statement: name, action, resource },
          slot.text,
          lineDiff(prettyText(doc), prettyText(next)),
          breadth,
        ),
        apply: (w) => slot.write(w, next),
      })
    }
  }
  if (slot.removal && (!slot.editable || list.length <= 1)) out.push(removalEdit(slot, kind))
  return out
}
