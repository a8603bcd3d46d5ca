// "What if" questions: leaving policies out of one simulation (one policy, one policy type, or one group's
// policies), as the IAM policy simulator's "policies to exclude" does, without changing the scenario. The policies
// are named by stable keys ({@link policyKey}) so a choice still names the same policy after other ones are left out.
import { exclusionMessage } from '../messages/exclusions'
import type { SourceMessage } from '../messages/sources.en'
import { entityText, sourceMessage } from '../messages/sources'
import type { PolicyType } from '../trace/types'
import type { Exclusion, ExclusionText, PolicySource, SimulationResult } from './simulate-types'

/**
 * A policy's stable key, for {@link Exclusion} `policy`: unlike the trace's policy ids (`identity[2]`), it does not
 * move when other policies are left out. `inline:user/alice/S3Read`, `inline:group/dev/Logs`,
 * `managed:arn:aws:iam::aws:policy/ReadOnlyAccess`, `boundary`, `session:…`, `scp:DenyOutsideSeoul`, `rcp:…`,
 * `resource`, `trust`, `account-setting:…`.
 */
export function policyKey(source: PolicySource): string {
  switch (source.kind) {
    case 'inline':
    case 'group-inline':
      return `inline:${source.entity?.kind ?? ''}/${source.entity?.name ?? ''}/${source.policyName}`
    case 'managed':
    case 'group-managed':
      return `managed:${source.arn ?? source.policyName}`
    case 'session':
      return `session:${source.arn ?? source.policyName}`
    case 'boundary':
    case 'resource':
    case 'trust':
      return source.kind
    case 'scp':
    case 'rcp':
    case 'account-setting':
      return `${source.kind}:${source.policyName}`
  }
}

/** The same exclusion, as one string (to compare and deduplicate). */
export function exclusionKey(exclusion: Exclusion): string {
  switch (exclusion.kind) {
    case 'policy':
      return `policy ${exclusion.id}`
    case 'type':
      return `type ${exclusion.type}`
    case 'group':
      return `group ${exclusion.name}`
  }
}

/** Whether `exclusion` takes out a policy of `type` that came from `source`. */
export function excludes(exclusion: Exclusion, type: PolicyType, source: PolicySource): boolean {
  switch (exclusion.kind) {
    case 'policy':
      return policyKey(source) === exclusion.id
    case 'type':
      return exclusion.type === type
    case 'group':
      return (
        (source.kind === 'group-inline' || source.kind === 'group-managed') &&
        source.entity?.kind === 'group' &&
        source.entity.name === exclusion.name
      )
  }
}

/** A policy named briefly: "SCP `X`", "AWS managed policy `Y`", "inline policy `Z` of user `alice`". */
export function policyPhrase(source: PolicySource): SourceMessage {
  const policy = source.policyName
  switch (source.kind) {
    case 'inline':
    case 'group-inline': {
      const entity = source.entity
      return entity && (entity.kind === 'user' || entity.kind === 'group' || entity.kind === 'role')
        ? sourceMessage('policyLabel.inline', { policy, entity: entityText(entity.kind, entity.name) })
        : source.text
    }
    case 'managed':
    case 'group-managed':
      return source.arn?.startsWith('arn:aws:iam::aws:')
        ? sourceMessage('policyLabel.awsManaged', { policy })
        : sourceMessage('policyLabel.customerManaged', { policy })
    case 'boundary':
      return sourceMessage('policyLabel.boundary', { policy })
    case 'scp':
      return sourceMessage('policyLabel.scp', { policy })
    case 'rcp':
      return sourceMessage('policyLabel.rcp', { policy })
    case 'session':
    case 'resource':
    case 'trust':
    case 'account-setting':
      return source.nameText ?? source.text
  }
}

/** An exclusion as a phrase; a `policy` one is named from the first source it matches, if any. */
export function exclusionText(exclusion: Exclusion, matched: readonly PolicySource[] = []): ExclusionText {
  switch (exclusion.kind) {
    case 'type':
      return exclusionMessage(`exclusion.type.${exclusion.type}`)
    case 'group':
      return exclusionMessage('exclusion.group', { name: exclusion.name })
    case 'policy': {
      const first = matched.find((s) => policyKey(s) === exclusion.id)
      return first ? policyPhrase(first) : exclusionMessage('exclusion.policy', { id: exclusion.id })
    }
  }
}

const ORDER: readonly PolicyType[] = ['scp', 'rcp', 'resource', 'identity', 'boundary', 'session']

/** The policy type of a trace policy id (`scp[1][0]` → `scp`). */
function typeOfId(id: string): PolicyType {
  return id.replace(/\[.*$/, '') as PolicyType
}

/** One thing an answer's "what if" can leave out, with its phrase. */
export interface ExclusionChoice {
  exclusion: Exclusion
  text: ExclusionText
}

/** The choices of a "what if" question about `result`, from the policies that took part (its `sources`). */
export interface ExclusionChoices {
  /** Each policy once, in the trace's order (a managed policy met directly and through a group is one choice). */
  policies: ExclusionChoice[]
  /** Each policy type that had a policy. */
  types: ExclusionChoice[]
  /** Each of the user's groups that gave a policy. */
  groups: ExclusionChoice[]
}

/** What a "what if" about this answer can leave out: the policies, policy types and groups that took part. */
export function exclusionChoices(result: Pick<SimulationResult, 'sources'>): ExclusionChoices {
  const out: ExclusionChoices = { policies: [], types: [], groups: [] }
  const seen = new Set<string>()
  const add = (list: ExclusionChoice[], exclusion: Exclusion, text: ExclusionText) => {
    const key = exclusionKey(exclusion)
    if (seen.has(key)) return
    seen.add(key)
    list.push({ exclusion, text })
  }
  // The trace's order of policy types: SCPs, RCPs, resource-based, identity-based, boundary, session.
  const entries = Object.entries(result.sources).sort(
    ([a], [b]) => ORDER.indexOf(typeOfId(a)) - ORDER.indexOf(typeOfId(b)),
  )
  for (const [, source] of entries) add(out.policies, { kind: 'policy', id: policyKey(source) }, policyPhrase(source))
  const present = new Set(entries.map(([id]) => typeOfId(id)))
  for (const type of ORDER) {
    if (present.has(type)) add(out.types, { kind: 'type', type }, exclusionText({ kind: 'type', type }))
  }
  for (const [, source] of entries) {
    if ((source.kind === 'group-inline' || source.kind === 'group-managed') && source.entity?.kind === 'group') {
      const exclusion: Exclusion = { kind: 'group', name: source.entity.name }
      add(out.groups, exclusion, exclusionText(exclusion))
    }
  }
  return out
}
