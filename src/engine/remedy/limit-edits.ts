// What limits the principal or its account, lifted for this request: the permissions boundary (the action added,
// or the boundary removed), the session (the action allowed in its session policy, or the role assumed again), and
// the SCP level that found no allow (a statement added, a new SCP, or FullAWSAccess attached again).
import { requestEnvironment, requestTime } from '../account/request-context'
import { isoSeconds } from '../scenario/clock'
import { MAX_POLICIES_PER_NODE } from '../scenario/quotas'
import { placeAccount } from '../account/resolve-org'
import { FULL_AWS_ACCESS_NAME, type OrganizationPolicy, type Scenario } from '../scenario/model'
import type { SimulationResult } from '../account/simulate-types'
import type { StatementRef } from '../trace/types'
import { allowStatement, appended, diff, newName } from './allow-edits'
import { fitsQuota, lineDiff, newDocument, prettyText, readDocument, statementsOf, writeBody } from './documents'
import { replaceSession } from '../scenario/edits/core'
import { updateNode } from '../scenario/edits/org'
import { attachOrganizationPolicy } from '../scenario/edits/org-policies'
import { customerPolicy, principalSession } from './scenario-edits'
import { makeChange } from './sentences'
import { nodeText, orgSlot, removalEdit, slotDocument, slotOf } from './slots'
import { plainEnglish } from '../messages/plain'
import { entityText, sourceMessage } from '../messages/sources'
import type { RemedyOp } from './types'
import type { Edit, World } from './world'

/** A statement added to the permissions boundary (a new default version). */
export function boundaryAllowEdits(world: World, result: SimulationResult): Edit[] {
  const ref: StatementRef = { policyId: 'boundary', type: 'boundary', policyIndex: 0, index: 0 }
  const slot = slotOf(world, result, ref)
  const doc = slot && slotDocument(slot)
  if (!slot?.editable || !doc) return []
  const next = appended(doc, allowStatement(world, statementsOf(doc)))
  const written = slot.write(world, next)
  if (!written) return []
  const policy = customerPolicy(written.scenario, result.sources['boundary']?.arn)
  const version = policy?.versions.find((v) => v.isDefault)?.id ?? ''
  const params = { policy: result.sources['boundary']?.policyName ?? slot.label, version, action: world.request.action }
  return [
    {
      key: `add:${slot.key}`,
      group: `add:${slot.key}`,
      change: makeChange('boundary', 'add-boundary', params, slot.text, diff(doc, next), 1),
      apply: (w) => (w.scenario === world.scenario ? written : undefined),
    },
  ]
}

/** Taking the boundary away from the principal. */
export function boundaryRemoval(world: World, result: SimulationResult): Edit[] {
  const slot = slotOf(world, result, { policyId: 'boundary', type: 'boundary', policyIndex: 0, index: 0 })
  return slot?.removal ? [removalEdit(slot, 'boundary')] : []
}

/** A statement in the session's inline session policy (or a new one when it has only managed session policies). */
export function sessionAllowEdits(world: World, result: SimulationResult): Edit[] {
  const session = principalSession(world.scenario, result.principal)
  if (!session) return []
  const { action } = world.request
  const policies = session.policies ?? []
  const first = policies.findIndex((p) => readDocument(p) !== undefined)
  const before = first >= 0 ? readDocument(policies[first]) : undefined
  const next = before
    ? appended(before, allowStatement(world, statementsOf(before)))
    : newDocument(allowStatement(world, []))
  if (!fitsQuota('session', [next])) return []
  const list = before ? policies.map((p, i) => (i === first ? writeBody(p, next) : p)) : [...policies, next]
  const op: RemedyOp = before ? 'add-session' : 'new-session-policy'
  const policy = sourceMessage('policyLabel.sessionPolicy', { n: before ? first + 1 : list.length })
  return [
    {
      key: `add:session:${session.sessionName}`,
      group: `add:session:${session.sessionName}`,
      change: makeChange(
        'session',
        op,
        { session: session.sessionName, policy, action },
        entityText('session', session.sessionName),
        diff(before, next),
        1,
      ),
      apply: (w) => {
        const current = principalSession(w.scenario, result.principal)
        const scenario = current && replaceSession(w.scenario, current, { ...current, policies: list })
        return scenario && { ...w, scenario }
      },
    },
  ]
}

/** Assuming the role again: the session issued at the request's time, so its credentials are fresh. */
export function renewSessionEdits(world: World, result: SimulationResult): Edit[] {
  const session = principalSession(world.scenario, result.principal)
  if (!session) return []
  const now = requestTime(requestEnvironment(world.scenario, world.request))
  const time = isoSeconds(Number.isNaN(now) ? Date.now() : now)
  return [
    {
      key: `renew:${session.sessionName}`,
      group: `renew:${session.sessionName}`,
      change: makeChange(
        'session',
        'renew-session',
        { session: session.sessionName, time },
        entityText('session', session.sessionName),
        `- issuedAt: ${session.issuedAt}\n+ issuedAt: ${time}`,
        1,
      ),
      apply: (w) => {
        const current = principalSession(w.scenario, result.principal)
        const scenario = current && replaceSession(w.scenario, current, { ...current, issuedAt: time })
        return scenario && { ...w, scenario }
      },
    },
  ]
}

/** At the SCP level that found no allow: a statement in an SCP attached there, a new SCP, or FullAWSAccess again. */
export function scpAllowEdits(world: World, result: SimulationResult, level: number): Edit[] {
  const account = result.principal.account
  const placement = placeAccount(world.scenario, account)
  const node = placement?.nodes[level]
  const org = world.scenario.organization
  // The level below the last node is the account itself (its `accountPolicies` entry).
  const atAccount = !node && account !== undefined && placement !== undefined && level === placement.nodes.length
  if ((!node && !atAccount) || !org) return []
  const { action } = world.request
  const attached = node
    ? (node.scps ?? [])
    : (org.accountPolicies?.find((a) => a.account === account)?.scps ?? [FULL_AWS_ACCESS_NAME])
  const where = node ? nodeText(node) : entityText('account', account!)
  const site = node ? node.id : `account:${account}`
  /** The scenario with the SCP `name` (already in `policies` or added with it) attached at this level. */
  const attach = (scenario: Scenario, name: string, policy?: OrganizationPolicy): Scenario | undefined => {
    const o = scenario.organization
    if (!o) return undefined
    const policies = policy ? [...(o.policies ?? []), policy] : o.policies
    const withPolicy = { ...scenario, organization: { ...o, ...(policies ? { policies } : {}) } }
    if (node) {
      const root = updateNode(o.root, node.id, (n) => ({ ...n, scps: [...(n.scps ?? []), name] }))
      return { ...withPolicy, organization: { ...withPolicy.organization, root } }
    }
    const done = attachOrganizationPolicy(withPolicy, { policy: name, target: account! })
    return done.ok ? done.scenario : undefined
  }
  const out: Edit[] = []
  const customer = attached.find((name) => org.policies?.some((p) => p.name === name && p.type === 'scp'))
  if (customer !== undefined) {
    const slot = orgSlot(world, 'scp', customer, account, level)
    const doc = slotDocument(slot)
    const next = doc && appended(doc, allowStatement(world, statementsOf(doc)))
    const written = next && slot.write(world, next)
    if (written) {
      out.push({
        key: `add:${slot.key}`,
        group: `add:${slot.key}`,
        change: makeChange(
          'scp',
          'add-org-policy',
          { type: 'SCP', policy: customer, node: where, action },
          slot.text,
          diff(doc, next),
          1,
        ),
        apply: (w) => (w.scenario === world.scenario ? written : undefined),
      })
    }
  } else if (attached.length < MAX_POLICIES_PER_NODE) {
    const name = newName(
      action,
      (org.policies ?? []).map((p) => p.name),
    )
    const doc = newDocument(allowStatement(world, []))
    const policy: OrganizationPolicy = { name, type: 'scp', document: doc }
    out.push({
      key: `new-scp:${site}`,
      group: `new-scp:${site}`,
      change: makeChange(
        'scp',
        'new-scp',
        { policy: name, node: where, action },
        where,
        lineDiff('', prettyText(doc)),
        1,
      ),
      apply: (w) => {
        const scenario = attach(w.scenario, name, policy)
        return scenario && { ...w, scenario }
      },
    })
  }
  if (attached.length < MAX_POLICIES_PER_NODE && !attached.includes(FULL_AWS_ACCESS_NAME)) {
    out.push({
      key: `attach-full:${site}`,
      group: `attach-full:${site}`,
      change: makeChange(
        'scp',
        'attach-full-access',
        { node: where },
        where,
        `+ FullAWSAccess (attached to ${plainEnglish(where)})`,
        3,
      ),
      apply: (w) => {
        const scenario = attach(w.scenario, FULL_AWS_ACCESS_NAME)
        return scenario && { ...w, scenario }
      },
    })
  }
  return out
}
