// The evaluation logic of the IAM User Guide: explicit deny, SCPs, RCPs, resource policy, identity policies,
// permissions boundary, session policies — same-account and cross-account, with the special rules of STS and KMS.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
import type { Diagnostic } from '../diagnostics'
import { arnAccount } from '../match/arn'
import type { PolicyKind } from '../policy/kinds'
import { callerArn, isIamCaller, parseCaller, type Caller } from '../request/caller'
import { buildContext } from '../request/context'
import type {
  DecisionRule,
  PolicyType,
  PolicyTypeTrace,
  RuleCode,
  RuleParams,
  StatementRef,
  Trace,
  Verdict,
} from '../trace/types'
import { awsOwnedResource } from './aws-owned'
import { compiled } from './compile'
import { checkRequest, mapPlaced, placePolicies, type EvaluationInput, type Placed, type PlacedPolicy } from './input'
import { withLabel, withNote } from '../trace/sentences'
import { traceMessage, type TraceMessage } from '../messages/trace.en'
import { decisionRule, policyGroupText } from './rule-sentences'
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
  /** What the rule's sentence says beyond the request itself. */
  params: Partial<RuleParams>
  /** Policy groups whose allowing statements made the allow (for `decisive`). */
  allowFrom: Group[]
}

interface Group {
  type: PolicyType
  level?: number
  result: GroupResult
  applies: boolean
  /** Why the group does not take part, when that is what its note says. */
  note: TraceMessage | undefined
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
  const add = (
    type: PolicyType,
    list: PlacedPolicy[],
    applies: boolean,
    note: TraceMessage | undefined,
    level?: number,
  ): Group => {
    const g: Group = { type, result: runGroup(applies || tracing ? list : [], env, tracing), applies, note }
    if (level !== undefined) g.level = level
    groups.push(g)
    return g
  }
  // SCPs limit IAM principals of member accounts; not service principals or service-linked roles
  // (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html).
  const scpApplies = iam && !caller.serviceLinked
  const scpNote = !iam
    ? traceMessage('policyType.note.scpNotIam')
    : caller.serviceLinked
      ? traceMessage('policyType.note.scpServiceLinked')
      : undefined
  const scpLevels = placed.scp.map((level, l) => add('scp', level, scpApplies, scpNote, l))
  const rcpApplies = caller.kind !== 'service'
  const rcpNote = rcpApplies ? undefined : traceMessage('policyType.note.rcpService')
  const rcpLevels = placed.rcp.map((level, l) => add('rcp', level, rcpApplies, rcpNote, l))
  const hasResource = placed.resource.length > 0
  const resource = add(
    'resource',
    placed.resource,
    hasResource,
    hasResource ? undefined : traceMessage('policyType.note.noResourcePolicy'),
  )
  const identityApplies = iam && caller.kind !== 'root'
  const identity = add(
    'identity',
    placed.identity,
    identityApplies,
    identityApplies
      ? undefined
      : caller.kind === 'root'
        ? traceMessage('policyType.note.identityRoot')
        : traceMessage('policyType.note.identityNone'),
  )
  const boundary = placed.boundary.length ? add('boundary', placed.boundary, identityApplies, undefined) : undefined
  const session = placed.session.length ? add('session', placed.session, iam, undefined) : undefined
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

function deny(rule: RuleCode, params: Partial<RuleParams> = {}): Outcome {
  return { decision: 'ImplicitDeny', rule, params, allowFrom: [] }
}

const VIA_DIRECT = viaBit('user') | viaBit('session') | viaBit('service') | viaBit('federated')
const VIA_WILDCARD = viaBit('wildcard')
const VIA_ROLE = viaBit('role')

// Each rule below is one row of `RULES` (./rules.ts), which names the User Guide page that states it.
function logic(p: Prepared, g: Groups): Outcome {
  const { caller } = p
  if (p.action.toLowerCase() === 'sts:getcalleridentity' && isIamCaller(caller)) {
    return { decision: 'Allow', rule: 'get-caller-identity', params: {}, allowFrom: [] }
  }
  // 1. An explicit deny in any policy that applies wins.
  const denying = firstDenying(g)
  if (denying) {
    const params: Partial<RuleParams> = { type: denying.type }
    if (denying.level !== undefined) params.level = denying.level
    return { decision: 'ExplicitDeny', rule: 'explicit-deny', params, allowFrom: [] }
  }
  // 2. Every SCP level must allow (FullAWSAccess is what usually does).
  for (const level of g.scpLevels) {
    if (level.applies && !level.result.allow) return deny('scp-no-allow', { level: level.level ?? 0 })
  }
  // RCPs: RCPFullAWSAccess is always attached, so an RCP can only deny explicitly (handled above).
  // Resources only AWS may change: no policy can allow a write to them; an explicit deny still wins (above).
  const owned = awsOwnedResource(p.action, p.resource)
  if (owned) return deny('aws-owned-resource', { owned })

  const allowed = (rule: RuleCode, from: Group[], params: Partial<RuleParams> = {}): Outcome => ({
    decision: 'Allow',
    rule,
    params,
    allowFrom: [...g.scpLevels.filter((x) => x.applies), ...from],
  })
  const res = g.resource.result
  const via = (bits: number) => (res.allowVia & bits) !== 0

  if (caller.kind === 'root' && p.trust) return deny('root-cannot-assume-role')
  if (p.kmsKey && !res.allow) return deny('kms-key-policy-no-allow')
  if (caller.kind === 'root' && !p.crossAccount) return allowed('root-user', p.kmsKey ? [g.resource] : [])
  if (caller.kind === 'anonymous') {
    return res.allow
      ? allowed('resource-policy-direct', [g.resource], { via: 'anonymous' })
      : deny('anonymous-no-allow')
  }
  if (!isIamCaller(caller)) {
    return res.allow ? allowed('service-allow', [g.resource]) : deny('service-no-allow')
  }

  // The permissions boundary and session policies limit every grant except a resource policy that names the
  // user, the session itself, or everyone (`Principal: "*"`).
  const limits = (): Outcome | undefined => {
    if (g.boundary?.applies && !g.boundary.result.allow) return deny('boundary-no-allow')
    if (g.session?.applies && !g.session.result.allow) return deny('session-no-allow')
    return undefined
  }
  const sideGroups = () =>
    [g.identity, g.boundary, g.session].filter((x): x is Group => !!x && x.applies && x.result.allow)

  if (p.trust && !res.allow) return deny('trust-no-allow')

  if (p.crossAccount) {
    if (!res.allow) return deny('cross-account-resource-no-allow')
    if (caller.kind === 'root') return allowed('cross-account-allow', [g.resource])
    if (!g.identity.result.allow) return deny('cross-account-identity-no-allow')
    const limited = limits()
    if (limited) return limited
    return allowed('cross-account-allow', [g.resource, ...sideGroups()])
  }

  // Same account. Naming the user or session ARN, or everyone, grants on its own, unlimited by boundary and
  // session policies; naming the role grants for its sessions but within the boundary and session policies;
  // naming the account delegates to identity policies.
  const direct = via(VIA_DIRECT | VIA_WILDCARD) || (p.trust && via(VIA_ROLE))
  if (direct) {
    const named = via(VIA_DIRECT | VIA_ROLE)
    return allowed(p.trust ? 'trust-allow' : 'resource-policy-direct', [g.resource], {
      via: named ? 'named' : 'wildcard',
    })
  }
  const roleGrant = via(VIA_ROLE)
  if (roleGrant || g.identity.result.allow) {
    const limited = limits()
    if (limited) return limited
    if (g.identity.result.allow) return allowed('identity-allow', sideGroups())
    return allowed('resource-policy-role', [g.resource, ...sideGroups()])
  }
  return deny('no-allow', { delegated: via(viaBit('account')) })
}

/** The policy types named in the singular ("the permissions boundary allows"); the others in the plural. */
const SINGULAR: ReadonlySet<string> = new Set(['policyType.resource', 'policyType.trust', 'policyType.boundary'])

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
    const labelText = policyGroupText(x.type, x.level, p.trust)
    const noteText =
      x.note ??
      (verdict === 'ExplicitDeny'
        ? traceMessage('policyType.note.denies', { type: labelText })
        : verdict === 'Allow'
          ? traceMessage(SINGULAR.has(labelText.key) ? 'policyType.note.allows' : 'policyType.note.allow', {
              type: labelText,
            })
          : x.type === 'rcp'
            ? traceMessage('policyType.note.rcpPass')
            : traceMessage('policyType.note.nothing', { type: labelText }))
    // The keys in the order the trace has always had them, the English worded when read.
    const t = withLabel({ type: x.type } as PolicyTypeTrace)
    t.labelText = labelText
    t.verdict = verdict
    withNote(t)
    t.noteText = noteText
    t.policies = x.result.policies
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
    trust: p.trust,
  }
  if (p.caller.account) request.principalAccount = p.caller.account
  if (p.resourceAccount) request.resourceAccount = p.resourceAccount
  const params: RuleParams = {
    action: p.action,
    principal: callerArn(p.caller),
    principalKind: p.caller.kind,
    resource: p.resource,
    ...outcome.params,
  }
  if (p.resourceAccount) params.resourceAccount = p.resourceAccount
  if (p.trust) params.trust = true
  const rule: DecisionRule = decisionRule(outcome.rule, params)
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
