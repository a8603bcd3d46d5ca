// The evaluation logic of the IAM User Guide: explicit deny, SCPs, RCPs, resource policy, identity policies,
// permissions boundary, session policies — same-account and cross-account, with the special rules of STS and KMS.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
import type { Diagnostic } from '../diagnostics'
import { arnAccount } from '../match/arn'
import type { PolicyKind } from '../policy/kinds'
import { callerArn, isIamCaller, parseCaller, type Caller } from '../request/caller'
import { buildContext } from '../request/context'
import type { DecisionRule, PolicyType, PolicyTypeTrace, RuleCode, StatementRef, Trace, Verdict } from '../trace/types'
import { compiled } from './compile'
import { checkRequest, mapPlaced, placePolicies, type EvaluationInput, type Placed, type PlacedPolicy } from './input'
import { runGroup, viaBit, type GroupResult } from './run-policies'
import type { MatchEnv } from './statement'

/** The answer to one request. `trace` is computed when first read, so the fast path stays fast. */
export interface EvaluationResult {
  decision: Verdict
  trace: Trace
}

/** The actions whose resource-based policy is the role's trust policy, lower case. */
export const TRUST_ACTIONS: ReadonlySet<string> = new Set([
  'sts:assumerole',
  'sts:assumerolewithsaml',
  'sts:assumerolewithwebidentity',
  'sts:tagsession',
  'sts:setsourceidentity',
])

/** A KMS key's ARN: a `kms:` action on one needs the key policy to allow. */
export const KMS_KEY_ARN = /^arn:[^:]+:kms:[^:]*:\d{12}:key\//

interface Prepared {
  caller: Caller
  action: string
  resource: string
  resourceAccount: string | undefined
  crossAccount: boolean
  context: ReturnType<typeof buildContext>
  placed: Placed
  trust: boolean
  kmsKey: boolean
}

function prepare(input: unknown, placedFor?: (kind: PolicyKind) => Placed): Prepared {
  const request = checkRequest(input)
  const caller = parseCaller(request.principal)
  const resourceAccount = request.resourceAccount ?? arnAccount(request.resource) ?? caller.account
  const action = request.action
  const lower = action.toLowerCase()
  const trust = TRUST_ACTIONS.has(lower)
  const kmsKey = lower.startsWith('kms:') && KMS_KEY_ARN.test(request.resource)
  const resourceKind: PolicyKind = trust ? 'trust' : 'resource'
  return {
    caller,
    action,
    resource: request.resource,
    resourceAccount,
    crossAccount: caller.account !== undefined && resourceAccount !== undefined && caller.account !== resourceAccount,
    context: buildContext(request.context, caller),
    placed: placedFor ? placedFor(resourceKind) : placePolicies(input as EvaluationInput, resourceKind),
    trust,
    kmsKey,
  }
}

interface Outcome {
  decision: Verdict
  rule: RuleCode
  message: string
  /** Policy groups whose allowing statements made the allow (for `decisive`). */
  allowFrom: Group[]
}

interface Group {
  type: PolicyType
  level?: number
  result: GroupResult
  applies: boolean
  note: string
}

const TYPE_LABEL: Record<PolicyType, string> = {
  scp: 'service control policies',
  rcp: 'resource control policies',
  resource: 'resource-based policy',
  identity: 'identity-based policies',
  boundary: 'permissions boundary',
  session: 'session policies',
}

function groupLabel(g: { type: PolicyType; level?: number }, trust: boolean): string {
  if (g.level !== undefined) return `${g.type === 'scp' ? 'SCPs' : 'RCPs'} at level ${g.level}`
  if (g.type === 'resource' && trust) return 'role trust policy'
  return TYPE_LABEL[g.type]
}

/** Runs every policy group and applies the decision logic. */
function decide(p: Prepared, tracing: boolean): { outcome: Outcome; groups: Group[] } {
  const { caller, placed } = p
  const env: MatchEnv = {
    caller,
    action: p.action,
    actionLower: p.action.toLowerCase(),
    resource: p.resource,
    lookup: p.context.lookup,
    kind: 'identity',
    hasBoundary: placed.boundary.length > 0 && isIamCaller(caller) && caller.kind !== 'root',
  }
  const iam = isIamCaller(caller)
  const groups: Group[] = []
  const add = (type: PolicyType, list: PlacedPolicy[], applies: boolean, note: string, level?: number): Group => {
    const g: Group = { type, result: runGroup(applies || tracing ? list : [], env, tracing), applies, note }
    if (level !== undefined) g.level = level
    groups.push(g)
    return g
  }
  // SCPs limit IAM principals of member accounts; not service principals or service-linked roles (rule 4).
  const scpApplies = iam && !caller.serviceLinked
  const scpNote = !iam
    ? 'SCPs do not apply: the caller is not an IAM principal of an account'
    : caller.serviceLinked
      ? 'SCPs do not limit service-linked roles'
      : ''
  const scpLevels = placed.scp.map((level, l) => add('scp', level, scpApplies, scpNote, l))
  const rcpApplies = caller.kind !== 'service'
  const rcpNote = rcpApplies ? '' : 'RCPs do not apply to service principals'
  const rcpLevels = placed.rcp.map((level, l) => add('rcp', level, rcpApplies, rcpNote, l))
  const hasResource = placed.resource.length > 0
  const resource = add(
    'resource',
    placed.resource,
    hasResource,
    hasResource ? '' : 'no resource-based policy was given',
  )
  const identityApplies = iam && caller.kind !== 'root'
  const identity = add(
    'identity',
    placed.identity,
    identityApplies,
    identityApplies
      ? ''
      : caller.kind === 'root'
        ? 'identity-based policies do not apply to the root user'
        : 'the caller has no identity-based policies',
  )
  const boundary = placed.boundary.length ? add('boundary', placed.boundary, identityApplies, '') : undefined
  const session = placed.session.length ? add('session', placed.session, iam, '') : undefined
  const outcome = logic(p, { scpLevels, rcpLevels, resource, identity, boundary, session })
  return { outcome, groups }
}

interface Groups {
  scpLevels: Group[]
  rcpLevels: Group[]
  resource: Group
  identity: Group
  boundary: Group | undefined
  session: Group | undefined
}

function firstDenying(g: Groups): Group | undefined {
  for (const x of g.scpLevels) if (x.applies && x.result.deny) return x
  for (const x of g.rcpLevels) if (x.applies && x.result.deny) return x
  for (const x of [g.resource, g.identity, g.boundary, g.session]) if (x?.applies && x.result.deny) return x
  return undefined
}

function deny(rule: RuleCode, message: string): Outcome {
  return { decision: 'ImplicitDeny', rule, message, allowFrom: [] }
}

const VIA_DIRECT = viaBit('user') | viaBit('session') | viaBit('service') | viaBit('federated')
const VIA_WILDCARD = viaBit('wildcard')
const VIA_ROLE = viaBit('role')

function logic(p: Prepared, g: Groups): Outcome {
  const { caller } = p
  const who = callerArn(caller)
  if (p.action.toLowerCase() === 'sts:getcalleridentity' && isIamCaller(caller)) {
    return {
      decision: 'Allow',
      rule: 'get-caller-identity',
      message: '`sts:GetCallerIdentity` needs no permission: it is always allowed',
      allowFrom: [],
    }
  }
  // 1. An explicit deny in any policy that applies wins.
  const denying = firstDenying(g)
  if (denying) {
    return {
      decision: 'ExplicitDeny',
      rule: 'explicit-deny',
      message: `explicit deny in the ${groupLabel(denying, p.trust)}: an explicit deny overrides every allow`,
      allowFrom: [],
    }
  }
  // 2. Every SCP level must allow (FullAWSAccess is what usually does).
  for (const level of g.scpLevels) {
    if (level.applies && !level.result.allow) {
      return deny('scp-no-allow', `no SCP at organization level ${level.level} allows \`${p.action}\``)
    }
  }
  // RCPs: RCPFullAWSAccess is always attached, so an RCP can only deny explicitly (handled above).
  const allowed = (rule: RuleCode, message: string, from: Group[]): Outcome => ({
    decision: 'Allow',
    rule,
    message,
    allowFrom: [...g.scpLevels.filter((x) => x.applies), ...from],
  })
  const res = g.resource.result
  const via = (bits: number) => (res.allowVia & bits) !== 0

  // "You cannot use AWS account root user credentials to call AssumeRole." (STS API Reference)
  if (caller.kind === 'root' && p.trust) {
    return deny('root-cannot-assume-role', 'the account root user cannot assume a role')
  }
  // No principal, not even the root user, reaches a KMS key unless its key policy allows (KMS Developer Guide).
  if (p.kmsKey && !res.allow) {
    return deny(
      'kms-key-policy-no-allow',
      'the KMS key policy does not allow this; identity-based policies alone never reach a KMS key',
    )
  }
  // The root user has every permission in its own account (SCPs above still limit it).
  if (caller.kind === 'root' && !p.crossAccount) {
    return allowed(
      'root-user',
      'the account root user has full access to its own account',
      p.kmsKey ? [g.resource] : [],
    )
  }
  if (caller.kind === 'anonymous') {
    return res.allow
      ? allowed('resource-policy-direct', 'the resource-based policy allows anonymous access (`Principal: "*"`)', [
          g.resource,
        ])
      : deny(
          'anonymous-no-allow',
          'an anonymous request is allowed only by a resource-based policy that allows everyone',
        )
  }
  if (!isIamCaller(caller)) {
    const what = caller.kind === 'service' ? 'service principal' : 'identity provider'
    return res.allow
      ? allowed('service-allow', `the ${groupLabel(g.resource, p.trust)} allows the ${what} \`${who}\``, [g.resource])
      : deny('service-no-allow', `no ${groupLabel(g.resource, p.trust)} allows the ${what} \`${who}\``)
  }

  // The permissions boundary and session policies limit every grant except a resource policy that names the
  // user or the session itself (contract rule 5; "Session policies" and "Permissions boundaries" in the User Guide).
  const limits = (): Outcome | undefined => {
    if (g.boundary?.applies && !g.boundary.result.allow) {
      return deny('boundary-no-allow', `the permissions boundary does not allow \`${p.action}\``)
    }
    if (g.session?.applies && !g.session.result.allow) {
      return deny('session-no-allow', `no session policy allows \`${p.action}\``)
    }
    return undefined
  }
  const sideGroups = () =>
    [g.identity, g.boundary, g.session].filter((x): x is Group => !!x && x.applies && x.result.allow)

  if (p.trust && !res.allow) {
    return deny('trust-no-allow', `the role's trust policy does not allow \`${who}\` to \`${p.action}\``)
  }

  if (p.crossAccount) {
    if (!res.allow) {
      return deny(
        'cross-account-resource-no-allow',
        `cross-account: the resource in account ${p.resourceAccount} has no resource-based policy that allows \`${who}\``,
      )
    }
    if (caller.kind === 'root') {
      return allowed('cross-account-allow', 'cross-account: the resource-based policy allows the other account', [
        g.resource,
      ])
    }
    if (!g.identity.result.allow) {
      return deny(
        'cross-account-identity-no-allow',
        'cross-account: the resource-based policy allows, but no identity-based policy does',
      )
    }
    const limited = limits()
    if (limited) return limited
    return allowed('cross-account-allow', 'cross-account: both the resource-based policy and the identity side allow', [
      g.resource,
      ...sideGroups(),
    ])
  }

  // Same account. Naming the user or session ARN grants on its own, unlimited by boundary and session policies;
  // naming the role grants for its sessions but within the boundary and session policies; naming the account
  // delegates to identity policies (rule 5, rule 6).
  const direct =
    via(VIA_DIRECT) ||
    (via(VIA_WILDCARD) && (caller.kind === 'user' || caller.kind === 'federated-user')) ||
    (p.trust && via(VIA_ROLE | VIA_WILDCARD))
  if (direct) {
    const kind = p.trust ? 'trust policy' : 'resource-based policy'
    const named = via(VIA_DIRECT | VIA_ROLE)
    return allowed(
      p.trust ? 'trust-allow' : 'resource-policy-direct',
      named ? `the ${kind} names \`${who}\` and allows it` : `the ${kind} allows everyone (\`Principal: "*"\`)`,
      [g.resource],
    )
  }
  const roleGrant = via(VIA_ROLE | VIA_WILDCARD)
  if (roleGrant || g.identity.result.allow) {
    const limited = limits()
    if (limited) return limited
    if (g.identity.result.allow) {
      return allowed('identity-allow', 'an identity-based policy allows, and nothing denies', sideGroups())
    }
    return allowed('resource-policy-role', 'the resource-based policy names the role and allows it', [
      g.resource,
      ...sideGroups(),
    ])
  }
  if (via(viaBit('account'))) {
    return deny('no-allow', 'the resource-based policy delegates to the account, but no identity-based policy allows')
  }
  return deny('no-allow', `no policy allows \`${p.action}\` on \`${p.resource}\`: implicit deny`)
}

function buildTrace(p: Prepared): Trace {
  const { outcome, groups } = decide(p, true)
  const decisive: StatementRef[] =
    outcome.decision === 'ExplicitDeny'
      ? groups.filter((x) => x.applies).flatMap((x) => x.result.denies)
      : outcome.allowFrom.flatMap((x) => x.result.allows)
  const diagnostics: Diagnostic[] = []
  for (const group of groups) for (const pol of group.result.policies) diagnostics.push(...pol.diagnostics)
  const policyTypes: PolicyTypeTrace[] = groups.map((x) => {
    const verdict: PolicyTypeTrace['verdict'] = !x.applies
      ? 'NotApplicable'
      : x.result.deny
        ? 'ExplicitDeny'
        : x.result.allow
          ? 'Allow'
          : 'ImplicitDeny'
    const label = groupLabel(x, p.trust)
    const note =
      x.note ||
      (verdict === 'ExplicitDeny'
        ? `a statement in the ${label} denies the request`
        : verdict === 'Allow'
          ? `the ${label} allow the request`
              .replace('policy allow ', 'policy allows ')
              .replace('boundary allow ', 'boundary allows ')
          : x.type === 'rcp'
            ? `no RCP statement applies; RCPFullAWSAccess leaves the request to the other policies`
            : `nothing in the ${label} allows the request`)
    const t: PolicyTypeTrace = { type: x.type, label, verdict, note, policies: x.result.policies }
    if (x.level !== undefined) t.level = x.level
    return t
  })
  const missingKeys = [...new Set(groups.filter((x) => x.applies).flatMap((x) => x.result.missingKeys))]
  const request: Trace['request'] = {
    principal: p.caller.raw,
    principalKind: p.caller.kind,
    action: p.action,
    resource: p.resource,
    crossAccount: p.crossAccount,
  }
  if (p.caller.account) request.principalAccount = p.caller.account
  if (p.resourceAccount) request.resourceAccount = p.resourceAccount
  const rule: DecisionRule = { code: outcome.rule, message: outcome.message }
  return {
    decision: outcome.decision,
    rule,
    decisive,
    request,
    context: p.context.entries(),
    missingKeys,
    policyTypes,
    diagnostics,
  }
}

/**
 * Decides one request against the policies that apply to it. Never throws for a policy that breaks the IAM
 * grammar (it is reported in the trace and allows nothing); throws {@link EngineInputError} only for input
 * that is not an evaluation input at all.
 */
export function evaluate(input: EvaluationInput): EvaluationResult {
  return finish(prepare(input))
}

function finish(prepared: Prepared): EvaluationResult {
  const { outcome } = decide(prepared, false)
  let trace: Trace | undefined
  // An own, enumerable getter: structured clone and JSON read it, so the trace crosses to the UI thread.
  return {
    decision: outcome.decision,
    get trace() {
      return (trace ??= buildTrace(prepared))
    },
  }
}

/** The policies of an {@link EvaluationInput} without the request. */
export type PolicySet = Omit<EvaluationInput, 'request'>

/**
 * Compiles a principal's policies once and returns a function that evaluates requests against them — the
 * fast path for asking many questions of one unchanging set of policies (access matrices, benchmarks).
 * Gives exactly what {@link evaluate} gives for `{ ...policies, request }`.
 */
export function createEvaluator(policies: PolicySet): (request: EvaluationInput['request']) => EvaluationResult {
  const byKind = new Map<PolicyKind, Placed>()
  const placedFor = (kind: PolicyKind) => {
    let placed = byKind.get(kind)
    if (!placed) {
      placed = mapPlaced(placePolicies(policies, kind), (p) => ({ ...p, compiled: compiled(p.source, p.kind) }))
      byKind.set(kind, placed)
    }
    return placed
  }
  return (request) => finish(prepare({ request }, placedFor))
}
