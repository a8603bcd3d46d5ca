// Where a policy of the trace lives in the scenario, and how to replace its document or take it away: inline and
// managed policies, the permissions boundary, session policies, SCPs and RCPs, resource and trust policies.
import type { OrgNode, PolicyBody, Scenario } from '../scenario/model'
import { placeAccount } from '../account/resolve-org'
import { resolveResourceIn } from '../account/resolve-resource'
import type { SimulationResult } from '../account/simulate-types'
import type { PolicyDocument } from '../evaluate/input'
import type { StatementRef } from '../trace/types'
import { fitsQuota, lineDiff, prettyText, readDocument, writeBody, type DocumentQuota } from './documents'
import { detachManaged } from '../scenario/edits/attachments'
import { replaceResource, replaceSession, without } from '../scenario/edits/core'
import { type Identity, identityLabel, lookupIdentity, replaceIdentity } from '../scenario/edits/identities'
import { updateNode } from '../scenario/edits/org'
import { detachOrganizationPolicy } from '../scenario/edits/org-policies'
import { customerPolicy, newDefaultVersion, principalIdentity, principalSession } from './scenario-edits'
import { makeChange } from './sentences'
import type { MessageParam } from '../messages/message'
import type { SourceMessage } from '../messages/sources.en'
import { entityText, sourceMessage } from '../messages/sources'
import type { RemedyKind, RemedyOp } from './types'
import type { Edit, World } from './world'

/** Taking a whole policy away (when its only statement is the one in the way). */
export interface Removal {
  op: RemedyOp
  kind?: RemedyKind
  params: Record<string, MessageParam>
  breadth: number
  apply(world: World): World | undefined
}

/** One policy document of the scenario, found from the trace. */
export interface Slot {
  /** Stable within a world, for change keys. */
  key: string
  /** `inline policy Deny of user alice`, `customer managed policy X`, `SCP Y`, ... */
  label: string
  /** The same as a message. */
  text: SourceMessage
  body: PolicyBody | undefined
  /** False for AWS managed policies and built-in SCPs: their documents cannot be changed. */
  editable: boolean
  /** Writes a new document (a new default version for managed policies); undefined when refused (size, versions). */
  write(world: World, doc: PolicyDocument): World | undefined
  removal?: Removal
}

/** The SCP/RCP level's organization node for `account` (undefined for the account level). */
function orgNode(scenario: Scenario, account: string | undefined, level: number | undefined) {
  if (level === undefined) return undefined
  return placeAccount(scenario, account)?.nodes[level]
}

/** "user `alice`", "role `Admin`", "group `Dev`". */
export function identityText(who: Identity): SourceMessage {
  return entityText(who.kind, who.entity.name)
}

function inlineSlot(world: World, who: Identity, name: string): Slot | undefined {
  const policies = who.entity.inlinePolicies ?? []
  const index = policies.findIndex((p) => p.name === name)
  if (index < 0) return undefined
  const quota = `${who.kind}-inline` as DocumentQuota
  const label = `inline policy ${name} of ${identityLabel(who)}`
  const text = sourceMessage('policyLabel.inline', { policy: name, entity: identityText(who) })
  return {
    key: `inline:${identityLabel(who)}:${name}`,
    label,
    text,
    body: policies[index]!.document,
    editable: true,
    write: (w, doc) => {
      const list = policies.slice()
      list[index] = { name, document: writeBody(policies[index]!.document, doc) }
      if (
        !fitsQuota(
          quota,
          list.map((p) => p.document),
        )
      )
        return undefined
      const scenario = replaceIdentity(w.scenario, who, { ...who.entity, inlinePolicies: list })
      return scenario && { ...w, scenario }
    },
    removal: {
      op: 'delete-inline',
      params: { policy: text },
      breadth: 3,
      apply: (w) => {
        const list = policies.filter((_, i) => i !== index)
        const next = list.length ? { ...who.entity, inlinePolicies: list } : without(who.entity, 'inlinePolicies')
        const scenario = replaceIdentity(w.scenario, who, next)
        return scenario && { ...w, scenario }
      },
    },
  }
}

function managedSlot(world: World, arn: string, name: string, holder: Identity | undefined, boundary: boolean): Slot {
  const policy = customerPolicy(world.scenario, arn)
  const body = policy?.versions.find((v) => v.isDefault)?.document
  const what = policy ? 'customer managed policy' : 'AWS managed policy'
  const slot: Slot = {
    key: `managed:${arn}`,
    label: boundary ? `permissions boundary ${name}` : `${what} ${name}`,
    text: sourceMessage(
      boundary ? 'policyLabel.boundary' : policy ? 'policyLabel.customerManaged' : 'policyLabel.awsManaged',
      { policy: name },
    ),
    body,
    editable: policy !== undefined,
    write: (w, doc) => {
      if (!policy || !fitsQuota('managed', [doc])) return undefined
      const saved = newDefaultVersion(w.scenario, policy, doc)
      return saved && { ...w, scenario: saved.scenario }
    },
  }
  if (!holder) return slot
  slot.removal = boundary
    ? {
        op: 'remove-boundary',
        kind: 'boundary',
        params: { policy: name, entity: identityText(holder) },
        breadth: 3,
        apply: (w) => {
          const scenario = replaceIdentity(
            w.scenario,
            holder,
            without(holder.entity as { permissionsBoundary?: string }, 'permissionsBoundary') as typeof holder.entity,
          )
          return scenario && { ...w, scenario }
        },
      }
    : {
        op: 'detach-policy',
        params: { policy: slot.text, entity: identityText(holder) },
        breadth: 3,
        apply: (w) => {
          const scenario = detachManaged(w.scenario, holder, arn)
          return scenario && { ...w, scenario }
        },
      }
  return slot
}

function sessionSlot(
  world: World,
  result: SimulationResult,
  policyName: string,
  arn: string | undefined,
): Slot | undefined {
  const session = principalSession(world.scenario, result.principal)
  if (!session) return undefined
  if (arn !== undefined) return managedSlot(world, arn, policyName, undefined, false)
  const index = Number(/^session policy (\d+)$/.exec(policyName)?.[1] ?? 0) - 1
  const policies = session.policies ?? []
  if (index < 0 || index >= policies.length) return undefined
  const label = `${policyName} of session ${session.sessionName}`
  return {
    key: `session:${session.sessionName}:${index}`,
    label,
    text: sourceMessage('policyLabel.session', { n: index + 1, session: session.sessionName }),
    body: policies[index],
    editable: true,
    write: (w, doc) => {
      if (!fitsQuota('session', [doc])) return undefined
      const list = policies.slice()
      list[index] = writeBody(policies[index], doc)
      const scenario = replaceSession(w.scenario, session, { ...session, policies: list })
      return scenario && { ...w, scenario }
    },
  }
}

export function orgSlot(
  world: World,
  type: 'scp' | 'rcp',
  name: string,
  account: string | undefined,
  level: number | undefined,
): Slot {
  const org = world.scenario.organization
  const index = org?.policies?.findIndex((p) => p.name === name && p.type === type) ?? -1
  const policy = index >= 0 ? org!.policies![index]! : undefined
  const what = type.toUpperCase()
  const slot: Slot = {
    key: `${type}:${name}`,
    label: `${what} ${name}`,
    text: sourceMessage(type === 'scp' ? 'policyLabel.scp' : 'policyLabel.rcp', { policy: name }),
    body: policy?.document,
    editable: policy !== undefined,
    write: (w, doc) => {
      const o = w.scenario.organization
      if (!o?.policies || !policy || !fitsQuota('org', [doc])) return undefined
      const policies = o.policies.slice()
      policies[index] = { ...policy, document: writeBody(policy.document, doc) }
      return { ...w, scenario: { ...w.scenario, organization: { ...o, policies } } }
    },
  }
  const node = orgNode(world.scenario, account, level)
  const attached = type === 'scp' ? node?.scps : node?.rcps
  // Every root, OU and account keeps at least one SCP attached: the last one cannot be detached.
  if (node && attached?.includes(name) && (type === 'rcp' || attached.length > 1)) {
    slot.removal = {
      op: 'detach-org-policy',
      params: { policy: slot.text, node: nodeText(node) },
      breadth: 3,
      apply: (w) => {
        const o = w.scenario.organization
        if (!o) return undefined
        const root = detachAt(o.root, node.id, type, name)
        return { ...w, scenario: { ...w.scenario, organization: { ...o, root } } }
      },
    }
  } else if (!node && account !== undefined && level !== undefined) {
    // The account level: the SCPs and RCPs in the account's `accountPolicies` entry, detached by the same edit.
    const own = org?.accountPolicies?.find((a) => a.account === account)?.[type === 'scp' ? 'scps' : 'rcps']
    if (own?.includes(name) && (type === 'rcp' || own.length > 1)) {
      slot.removal = {
        op: 'detach-org-policy',
        params: { policy: slot.text, node: entityText('account', account) },
        breadth: 3,
        apply: (w) => {
          const result = detachOrganizationPolicy(w.scenario, { policy: name, target: account })
          return result.ok ? { ...w, scenario: result.scenario } : undefined
        },
      }
    }
  }
  return slot
}

/** "the organization root `Root`" or "OU `Dev`", for sentences. */
export function nodeText(node: OrgNode): SourceMessage {
  return entityText(node.id.startsWith('r-') ? 'orgRoot' : 'ou', node.name)
}

/** The tree with `name` removed from the SCPs/RCPs of the node `id`. */
function detachAt(root: OrgNode, id: string, type: 'scp' | 'rcp', name: string): OrgNode {
  const key = type === 'scp' ? 'scps' : 'rcps'
  return updateNode(root, id, (node) => ({ ...node, [key]: (node[key] ?? []).filter((n) => n !== name) }))
}

export function resourceSlot(world: World): Slot | undefined {
  const { action, resource } = world.request
  const resolved = resolveResourceIn(world.scenario, action, resource)
  if (resolved.role && resolved.policy) {
    const role = resolved.role
    return {
      key: `trust:${role.name}`,
      label: `trust policy of role ${role.name}`,
      text: sourceMessage('policyLabel.trust', { role: role.name }),
      body: role.trustPolicy,
      editable: true,
      write: (w, doc) => {
        if (!fitsQuota('trust', [doc])) return undefined
        const scenario = replaceIdentity(
          w.scenario,
          { kind: 'role', entity: role },
          { ...role, trustPolicy: writeBody(role.trustPolicy, doc) },
        )
        return scenario && { ...w, scenario }
      },
    }
  }
  const owner = resolved.owner
  if (!owner || owner.policy === undefined) return undefined
  const label = resolved.policy?.name ?? `resource-based policy of ${owner.arn}`
  const text = resolved.policy?.source.nameText ?? sourceMessage('policyLabel.resource', { name: owner.arn })
  return {
    key: `resource:${owner.arn}`,
    label,
    text,
    body: owner.policy,
    editable: true,
    write: (w, doc) => {
      if (!fitsQuota('resource', [doc])) return undefined
      const scenario = replaceResource(w.scenario, owner, { ...owner, policy: writeBody(owner.policy, doc) })
      return scenario && { ...w, scenario }
    },
    removal: {
      op: 'delete-policy',
      params: { policy: text },
      breadth: 3,
      apply: (w) => {
        const scenario = replaceResource(w.scenario, owner, without(owner, 'policy'))
        return scenario && { ...w, scenario }
      },
    },
  }
}

/** The scenario document behind one policy of the trace, found through the result's `sources`. */
export function slotOf(world: World, result: SimulationResult, ref: StatementRef): Slot | undefined {
  const source = result.sources[ref.policyId]
  if (!source) return undefined
  const account = result.principal.account
  const entity = source.entity
  switch (source.kind) {
    case 'inline':
    case 'group-inline': {
      const kind = source.kind === 'group-inline' ? 'group' : entity?.kind
      if (kind !== 'user' && kind !== 'role' && kind !== 'group') return undefined
      const who = lookupIdentity(world.scenario, kind, entity!.name, account)
      return who && inlineSlot(world, who, source.policyName)
    }
    case 'managed':
    case 'group-managed': {
      const kind = source.kind === 'group-managed' ? 'group' : entity?.kind
      const holder =
        kind === 'user' || kind === 'role' || kind === 'group'
          ? lookupIdentity(world.scenario, kind, entity!.name, account)
          : undefined
      return source.arn === undefined ? undefined : managedSlot(world, source.arn, source.policyName, holder, false)
    }
    case 'boundary':
      return source.arn === undefined
        ? undefined
        : managedSlot(world, source.arn, source.policyName, principalIdentity(world.scenario, result.principal), true)
    case 'session':
      return sessionSlot(world, result, source.policyName, source.arn)
    case 'scp':
      return orgSlot(world, 'scp', source.policyName, account, ref.level)
    case 'rcp':
      return orgSlot(world, 'rcp', source.policyName, result.trace.request.resourceAccount ?? account, ref.level)
    case 'resource':
    case 'trust':
      return resourceSlot(world)
    case 'account-setting':
      return undefined
  }
}

/** The parsed document of a slot, when it can be read. */
export function slotDocument(slot: Slot): PolicyDocument | undefined {
  return readDocument(slot.body)
}

/** The change that takes a whole policy away (see {@link Slot.removal}). */
export function removalEdit(slot: Slot, kind: RemedyKind): Edit {
  const removal = slot.removal!
  const key = `remove:${slot.key}:${removal.op}`
  const lines = lineDiff(prettyText(slot.body), '')
  return {
    key,
    group: key,
    change: makeChange(removal.kind ?? kind, removal.op, removal.params, slot.text, lines, removal.breadth),
    apply: removal.apply,
  }
}
