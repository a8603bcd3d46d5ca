// References to a user, group or role in a lesson's checks (`user/NAME`, `group/NAME`, `role/NAME`, or an ARN).

/** The kinds of entity a reference can name. */
export type EntityKind = 'user' | 'group' | 'role'

const IAM_ENTITY_ARN = /^arn:[^:]+:iam::\d{12}:(user|group|role)\/.+$/

/** The kind a reference names (`user/NAME`, `group/NAME`, `role/NAME`, or an ARN), and the name or ARN to look up. */
export function entityRefParts(ref: string): { kind: EntityKind; key: string } | undefined {
  const arn = IAM_ENTITY_ARN.exec(ref)
  if (arn) return { kind: arn[1] as EntityKind, key: ref }
  const slash = ref.indexOf('/')
  const kind = ref.slice(0, slash)
  const name = ref.slice(slash + 1)
  if (slash < 0 || name === '' || (kind !== 'user' && kind !== 'group' && kind !== 'role')) return undefined
  return { kind, key: name }
}
