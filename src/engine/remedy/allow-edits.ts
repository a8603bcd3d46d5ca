// Allow statements that would let the request through, for exactly this action and resource: in the principal's
// identity policies, or in the resource's policy (the role's trust policy for sts:AssumeRole).
import { policyArn, rootArn } from '../scenario/arns'
import { findManagedPolicy } from '../scenario/lookup'
import type { PolicyBody, Resource } from '../scenario/model'
import { resolveResourceIn } from '../account/resolve-resource'
import type { SimulationResult } from '../account/simulate-types'
import { parseArn } from '../match/arn'
import type { PolicyDocument } from '../evaluate/input'
import {
  actionWord,
  fitsQuota,
  lineDiff,
  newDocument,
  prettyText,
  readDocument,
  sidFor,
  statementsOf,
  withStatements,
  writeBody,
  type DocumentQuota,
  type StatementObject,
} from './documents'
import { replaceResource } from '../scenario/edits/core'
import { type Identity, identityLabel, replaceIdentity } from '../scenario/edits/identities'
import { attachmentCount, customerPolicy, newDefaultVersion, principalIdentity } from './scenario-edits'
import { makeChange } from './sentences'
import { identityText } from './slots'
import type { RemedyMessage } from '../messages/remedy.en'
import { remedyMessage } from '../messages/remedy'
import { RESOURCE_POLICY_SERVICES, sourceMessage } from '../messages/sources'
import type { RemedyOp } from './types'
import type { Edit, World } from './world'

/**
 * An Allow statement for exactly the request's action, with a Sid unused in `taken`. `resource` is its Resource
 * element: the request's resource by default, `*` in KMS key policies, `null` for none (trust policies).
 */
export function allowStatement(
  world: World,
  taken: unknown[],
  extra: StatementObject = {},
  resource: string | null = world.request.resource,
): StatementObject {
  return {
    Sid: sidFor('Allow', world.request.action, taken),
    Effect: 'Allow',
    ...extra,
    Action: world.request.action,
    ...(resource === null ? {} : { Resource: resource }),
  }
}

/** `doc` with `statement` appended. */
export function appended(doc: PolicyDocument, statement: StatementObject): PolicyDocument {
  return withStatements(doc, [...statementsOf(doc), statement])
}

/** The preview of a document change: its changed lines (all added for a new document). */
export function diff(before: PolicyBody | PolicyDocument | undefined, after: PolicyDocument): string {
  return lineDiff(prettyText(before), prettyText(after))
}

/** A name for a new policy (letters and digits of the action), unique among `taken` ignoring case. */
export function newName(action: string, taken: string[]): string {
  const base = `Allow${actionWord(action)}`
  const lower = new Set(taken.map((t) => t.toLowerCase()))
  let name = base
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${base}${n}`
  return name
}

/** A statement added to an identity's inline policy, a new inline policy, or a new version of its own managed policies. */
export function identityAllowEdits(world: World, result: SimulationResult): Edit[] {
  const who = principalIdentity(world.scenario, result.principal)
  if (!who) return []
  const { action } = world.request
  const quota = `${who.kind}-inline` as DocumentQuota
  const inline = who.entity.inlinePolicies ?? []
  const out: Edit[] = []
  const first = inline.findIndex((p) => readDocument(p.document) !== undefined)
  if (first >= 0) {
    const policy = inline[first]!
    const doc = readDocument(policy.document)!
    const next = appended(doc, allowStatement(world, statementsOf(doc)))
    const list = inline.map((p, i) => (i === first ? { name: p.name, document: writeBody(p.document, next) } : p))
    if (
      fitsQuota(
        quota,
        list.map((p) => p.document),
      )
    ) {
      out.push(identityEdit(world, who, 'add-inline', policy.name, diff(doc, next), list))
    }
  }
  const name = newName(
    action,
    inline.map((p) => p.name),
  )
  const doc = newDocument(allowStatement(world, []))
  const list = [...inline, { name, document: doc }]
  if (
    fitsQuota(
      quota,
      list.map((p) => p.document),
    )
  ) {
    out.push(identityEdit(world, who, 'new-inline', name, lineDiff('', prettyText(doc)), list))
  }
  const account = result.principal.account
  const managed = (who.entity.managedPolicies ?? [])
    .map((ref) => customerPolicy(world.scenario, findManagedPolicy(world.scenario, ref, account)?.arn))
    .filter((p) => p !== undefined)
  for (const policy of managed.slice(0, 2)) {
    const arn = policyArn(world.scenario, policy)
    const before = readDocument(policy.versions.find((v) => v.isDefault)?.document)
    if (!before) continue
    const after = appended(before, allowStatement(world, statementsOf(before)))
    const saved = fitsQuota('managed', [after]) ? newDefaultVersion(world.scenario, policy, after) : undefined
    if (!saved) continue
    const shared = String(attachmentCount(world.scenario, arn) - 1)
    out.push({
      key: `add:managed:${arn}`,
      group: `add:managed:${arn}`,
      change: makeChange(
        'add-statement',
        'add-managed',
        { policy: policy.name, version: saved.id, action, shared },
        sourceMessage('policyLabel.customerManaged', { policy: policy.name }),
        diff(before, after),
        1,
      ),
      apply: (w) => (w.scenario === world.scenario ? { ...w, scenario: saved.scenario } : undefined),
    })
  }
  return out
}

function identityEdit(
  world: World,
  who: Identity,
  op: RemedyOp,
  policy: string,
  preview: string,
  list: { name: string; document: PolicyBody }[],
): Edit {
  const key = `${op}:${identityLabel(who)}:${policy}`
  return {
    key,
    group: key,
    change: makeChange(
      'add-statement',
      op,
      { entity: identityText(who), policy, action: world.request.action },
      sourceMessage('policyLabel.inline', { policy, entity: identityText(who) }),
      preview,
      1,
    ),
    apply: (w) => {
      const scenario = replaceIdentity(w.scenario, who, { ...who.entity, inlinePolicies: list })
      return scenario && { ...w, scenario }
    },
  }
}

/** The `Principal` element that names the caller, and how sentences name it. */
function principalElement(result: SimulationResult): { element: unknown; name: RemedyMessage } | undefined {
  const p = result.principal
  const named = (element: unknown, arn: string) => ({ element, name: remedyMessage('remedy.principal.arn', { arn }) })
  switch (p.kind) {
    case 'anonymous':
      return { element: '*', name: remedyMessage('remedy.principal.anonymous') }
    case 'service':
      return named({ Service: p.arn }, p.arn)
    case 'user':
    case 'root':
      return named({ AWS: p.arn }, p.arn)
    case 'role':
    case 'session': {
      const arn = result.context['aws:PrincipalArn']
      const roleArn = typeof arn === 'string' ? arn : `arn:aws:iam::${p.account}:role/${p.name}`
      return named({ AWS: roleArn }, roleArn)
    }
    default:
      return p.account ? named({ AWS: rootArn(p.account) }, rootArn(p.account)) : undefined
  }
}

/** A statement for the caller in the role's trust policy, or in the resource's policy (made when it has none). */
export function resourceAllowEdits(world: World, result: SimulationResult): Edit[] {
  const who = principalElement(result)
  if (!who) return []
  const { action, resource } = world.request
  const resolved = resolveResourceIn(world.scenario, action, resource)
  if (resolved.role && resolved.policy) {
    const role = resolved.role
    const doc = readDocument(role.trustPolicy)
    if (!doc) return []
    const next = appended(doc, allowStatement(world, statementsOf(doc), { Principal: who.element }, null))
    if (!fitsQuota('trust', [next])) return []
    return [
      {
        key: `add:trust:${role.name}`,
        group: `add:trust:${role.name}`,
        change: makeChange(
          'trust',
          'add-trust',
          { role: role.name, principal: who.name, action },
          sourceMessage('policyLabel.trust', { role: role.name }),
          diff(doc, next),
          1,
        ),
        apply: (w) => {
          const scenario = replaceIdentity(
            w.scenario,
            { kind: 'role', entity: role },
            { ...role, trustPolicy: writeBody(role.trustPolicy, next) },
          )
          return scenario && { ...w, scenario }
        },
      },
    ]
  }
  const parsed = parseArn(resource)
  if (!parsed || !RESOURCE_POLICY_SERVICES.has(parsed.service)) return []
  const owner = resolved.owner
  const holderArn = owner?.arn ?? (parsed.service === 's3' ? `arn:aws:s3:::${parsed.resource.split('/')[0]}` : resource)
  const before = owner?.policy === undefined ? undefined : readDocument(owner.policy)
  if (owner?.policy !== undefined && !before) return []
  const statement = allowStatement(
    world,
    before ? statementsOf(before) : [],
    { Principal: who.element },
    parsed.service === 'kms' ? '*' : resource,
  )
  const next = before ? appended(before, statement) : newDocument(statement)
  if (!fitsQuota('resource', [next])) return []
  const entry: Resource = owner
    ? { ...owner, policy: owner.policy === undefined ? next : writeBody(owner.policy, next) }
    : { arn: holderArn, policy: next }
  if (!owner && !parsed.account && result.trace.request.resourceAccount)
    entry.account = result.trace.request.resourceAccount
  // A new entry belongs to one of the scenario's accounts; a resource of another account is outside the scenario.
  const owning = entry.account ?? (parsed.account || undefined)
  if (!owner && owning !== undefined && !world.scenario.accounts.some((a) => a.id === owning)) return []
  const policyName = resolved.policy?.source.nameText ?? sourceMessage('policyLabel.resource', { name: holderArn })
  const op: RemedyOp = before ? 'add-resource' : 'new-resource-policy'
  return [
    {
      key: `add:resource:${holderArn}`,
      group: `add:resource:${holderArn}`,
      change: makeChange(
        'add-statement',
        op,
        { policy: policyName, resource: holderArn, principal: who.name, action },
        policyName,
        diff(before, next),
        1,
      ),
      apply: (w) => {
        const current = owner && (w.scenario.resources ?? []).find((r) => r.arn === owner.arn)
        const scenario = replaceResource(w.scenario, current, entry)
        return scenario && { ...w, scenario }
      },
    },
  ]
}
