// Managed policy references: what a name or ARN resolves to, where a policy is attached, and rewriting those places.
import { accountOf, policyArn } from '../arns'
import { AWS_MANAGED_ARN_PREFIX, awsManagedByArnName, findAwsManagedPolicy } from '../aws-managed'
import { isAwsManagedCopy, type ManagedPolicy, type Scenario } from '../model'
import { isRefusal, noun, type Refusal, refuse, say, withField } from './core'
import { identities, type IdentityOf, withIdentities } from './identities'
import type { EngineMessage } from '../../messages/message'

/**
 * A managed policy that a reference names: one of the scenario's customer policies, or an AWS managed one. An AWS
 * managed policy is either the scenario's copy (`account: 'aws'` in `policies`, at `copy`) or a bundled one; either
 * way any account's identities can attach it, by its ARN, and the edits of customer policies leave it alone.
 */
export type ManagedPolicyTarget =
  | { kind: 'customer'; policy: ManagedPolicy; index: number; arn: string; name: string }
  | { kind: 'aws'; arn: string; name: string; copy?: { policy: ManagedPolicy; index: number } }

/**
 * Resolves a managed policy reference as the scenario check and the engine do (scenario/lookup.ts, scenario/refs.ts): an
 * ARN, else a customer managed policy by name (in `account` when given; else the default account's wins a tie),
 * else an AWS managed policy by name: the scenario's copy first, then the bundled set. AWS managed policies are
 * stored by ARN.
 */
export function resolveManagedPolicy(
  scenario: Scenario,
  ref: string,
  account?: string,
  field = 'policy',
): ManagedPolicyTarget | Refusal {
  if (ref.length === 0) return refuse(say('edit.refused.choose-policy'), field)
  const policies = scenario.policies ?? []
  const awsCopy = (match: (p: ManagedPolicy) => boolean): ManagedPolicyTarget | undefined => {
    const index = policies.findIndex((p) => isAwsManagedCopy(p) && match(p))
    if (index < 0) return undefined
    const policy = policies[index]!
    return { kind: 'aws', arn: policyArn(scenario, policy), name: policy.name, copy: { policy, index } }
  }
  if (ref.startsWith(AWS_MANAGED_ARN_PREFIX)) {
    const copy = awsCopy((p) => policyArn(scenario, p) === ref)
    if (copy) return copy
    const aws = findAwsManagedPolicy(ref)
    if (aws) return { kind: 'aws', arn: aws.arn, name: aws.name }
    const near = awsCopy((p) => p.name === ref.slice(ref.lastIndexOf('/') + 1)) ?? awsManagedByArnName(ref)
    return refuse(
      near
        ? say('edit.refused.no-aws-policy.near', { ref, arn: near.arn })
        : say('edit.refused.no-aws-policy', { ref }),
      field,
    )
  }
  const customer = (index: number): ManagedPolicyTarget => {
    const policy = policies[index]!
    return { kind: 'customer', policy, index, arn: policyArn(scenario, policy), name: policy.name }
  }
  if (ref.startsWith('arn:')) {
    const index = policies.findIndex((p) => policyArn(scenario, p) === ref)
    return index >= 0 ? customer(index) : refuse(say('edit.refused.no-policy-arn', { arn: ref }), field)
  }
  const named = policies.flatMap((p, i) =>
    p.name === ref && !isAwsManagedCopy(p) && (!account || accountOf(scenario, p) === account) ? [i] : [],
  )
  const home = scenario.accounts[0]?.id
  const index = named.find((i) => accountOf(scenario, policies[i]!) === home) ?? named[0]
  if (index !== undefined) return customer(index)
  const copy = awsCopy((p) => p.name === ref)
  if (copy) return copy
  const aws = findAwsManagedPolicy(ref)
  if (aws) return { kind: 'aws', arn: aws.arn, name: aws.name }
  return refuse(
    account
      ? say('edit.refused.no-policy.account', { name: ref, account })
      : say('edit.refused.no-policy', { name: ref }),
    field,
  )
}

/** Whether a reference held by an identity of `holderAccount` resolves to `target` (by name, ARN or AWS name). */
export function refersTo(scenario: Scenario, ref: string, target: ManagedPolicyTarget, holderAccount: string): boolean {
  // Every way a reference resolves compares it whole to a policy's ARN or name: no other reference can be the
  // target's, and the resolution (a walk over the scenario's policies) is spared for all but these.
  if (ref !== target.arn && ref !== target.name) return false
  const resolved = resolveManagedPolicy(scenario, ref, holderAccount)
  return !isRefusal(resolved) && resolved.kind === target.kind && resolved.arn === target.arn
}

/** Where a policy is attached, as messages (`user alice`, `role Admin (as permissions boundary)`). */
export function attachmentPlaces(scenario: Scenario, target: ManagedPolicyTarget): EngineMessage[] {
  const places: EngineMessage[] = []
  for (const kind of ['user', 'group', 'role'] as const) {
    for (const e of identities(scenario, kind)) {
      const account = accountOf(scenario, e)
      if ((e.managedPolicies ?? []).some((r) => refersTo(scenario, r, target, account)))
        places.push(say('edit.place.identity', { kind: noun(kind), name: e.name }))
      const boundary = 'permissionsBoundary' in e ? e.permissionsBoundary : undefined
      if (boundary !== undefined && refersTo(scenario, boundary, target, account))
        places.push(say('edit.place.boundary', { kind: noun(kind), name: e.name }))
    }
  }
  for (const s of scenario.sessions ?? [])
    if ((s.policyArns ?? []).includes(target.arn))
      places.push(say('edit.place.session', { session: `${s.role}/${s.sessionName}` }))
  return places
}

/**
 * Passes every reference to `target` (attachments, boundaries, session policy ARNs) through `rewrite`; `undefined`
 * removes it. `original` is the scenario the references were resolved in.
 */
export function rewriteAttachments(
  scenario: Scenario,
  original: Scenario,
  target: ManagedPolicyTarget,
  rewrite: (ref: string) => string | undefined,
): Scenario {
  let next = scenario
  for (const kind of ['user', 'group', 'role'] as const) {
    let changed = false
    const list = identities(next, kind).map((e) => {
      const account = accountOf(original, e)
      const hits = (ref: string) => refersTo(original, ref, target, account)
      let copy: IdentityOf[typeof kind] = e
      if (e.managedPolicies?.some(hits)) {
        const refs = e.managedPolicies.flatMap((r) => (hits(r) ? (rewrite(r) ?? []) : [r]))
        copy = withField(copy, 'managedPolicies', refs)
      }
      const boundary = 'permissionsBoundary' in e ? e.permissionsBoundary : undefined
      if (boundary !== undefined && hits(boundary))
        copy = withField(copy as typeof e & { permissionsBoundary?: string }, 'permissionsBoundary', rewrite(boundary))
      if (copy !== e) changed = true
      return copy
    })
    if (changed) next = withIdentities(next, kind, list)
  }
  if (next.sessions?.some((s) => s.policyArns?.includes(target.arn))) {
    next = {
      ...next,
      sessions: next.sessions.map((s) =>
        s.policyArns?.includes(target.arn)
          ? withField(
              s,
              'policyArns',
              s.policyArns.flatMap((a) => (a === target.arn ? (rewrite(a) ?? []) : [a])),
            )
          : s,
      ),
    }
  }
  return next
}

/** Exposed for the account panel: the places a managed policy is attached, as messages. */
export function policyAttachments(scenario: Scenario, ref: string): EngineMessage[] | Refusal {
  const target = resolveManagedPolicy(scenario, ref)
  return isRefusal(target) ? target : attachmentPlaces(scenario, target)
}
