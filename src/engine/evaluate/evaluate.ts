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
import type { TraceMessage } from '../messages/trace.en'
import { traceMessage } from '../messages/trace'
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
  /** `action` in lower case, computed once. */
  actionLower: string
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
  const actionLower = action.toLowerCase()
  const trust = TRUST_ACTIONS.has(actionLower)
  const kmsKey = actionLower.startsWith('kms:') && KMS_KEY_ARN.test(request.resource)
  const resourceKind: PolicyKind = trust ? 'trust' : 'resource'
  return {
    caller,
    action,
    actionLower,
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
  params: Partial<RuleParams> | undefined
  /**
   * Policy groups whose allowing statements made the allow, besides the SCP levels that apply (for `decisive`);
   * undefined for a deny, and for an allow that needs no policy (`sts:GetCallerIdentity`).
   */
  allowFrom: (Group | undefined)[] | undefined
}

interface Group {
  type: PolicyType
  level?: number
  result: GroupResult
  applies: boolean
  /** Why the group does not take part, when that is what its note says (set only when tracing). */
  note: TraceMessage | undefined
}

/** Runs one group of policies: always when it applies, and when tracing also when it does not (for the trace). */
function runOne(
  type: PolicyType,
  list: PlacedPolicy[],
  applies: boolean,
  env: MatchEnv,
  tracing: boolean,
  level: number | undefined,
): Group {
  const g: Group = { type, result: runGroup(applies || tracing ? list : [], env, tracing), applies, note: undefined }
  if (level !== undefined) g.level = level
  return g
}

function levelsOf(
  type: 'scp' | 'rcp',
  levels: PlacedPolicy[][],
  applies: boolean,
  env: MatchEnv,
  tracing: boolean,
): Group[] {
  const out: Group[] = []
  for (let l = 0; l < levels.length; l++) out.push(runOne(type, levels[l]!, applies, env, tracing, l))
  return out
}

/** Runs every policy group and applies the decision logic. */
function decide(p: Prepared, tracing: boolean): { outcome: Outcome; groups: Groups } {
  const { caller, placed } = p
  const iam = isIamCaller(caller)
  const env: MatchEnv = {
    caller,
    action: p.action,
    actionLower: p.actionLower,
    resource: p.resource,
    lookup: p.context.lookup,
    kind: 'identity',
    hasBoundary: placed.boundary.length > 0 && iam && caller.kind !== 'root',
  }
  // SCPs limit IAM principals of member accounts; not service principals or service-linked roles
  // (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html).
  const scpApplies = iam && !caller.serviceLinked
  const rcpApplies = caller.kind !== 'service'
  const hasResource = placed.resource.length > 0
  const identityApplies = iam && caller.kind !== 'root'
  const groups: Groups = {
    scpLevels: levelsOf('scp', placed.scp, scpApplies, env, tracing),
    rcpLevels: levelsOf('rcp', placed.rcp, rcpApplies, env, tracing),
    resource: runOne('resource', placed.resource, hasResource, env, tracing, undefined),
    identity: runOne('identity', placed.identity, identityApplies, env, tracing, undefined),
    boundary: placed.boundary.length
      ? runOne('boundary', placed.boundary, identityApplies, env, tracing, undefined)
      : undefined,
    session: placed.session.length ? runOne('session', placed.session, iam, env, tracing, undefined) : undefined,
  }
  if (tracing) {
    const scpNote = !iam
      ? traceMessage('policyType.note.scpNotIam')
      : caller.serviceLinked
        ? traceMessage('policyType.note.scpServiceLinked')
        : undefined
    for (const g of groups.scpLevels) g.note = scpNote
    if (!rcpApplies) for (const g of groups.rcpLevels) g.note = traceMessage('policyType.note.rcpService')
    if (!hasResource) groups.resource.note = traceMessage('policyType.note.noResourcePolicy')
    if (!identityApplies) {
      groups.identity.note =
        caller.kind === 'root'
          ? traceMessage('policyType.note.identityRoot')
          : traceMessage('policyType.note.identityNone')
    }
  }
  return { outcome: logic(p, groups), groups }
}

/** Every group in the order of the trace: SCP levels, RCP levels, resource, identity, boundary, session. */
function listOf(g: Groups): Group[] {
  const out = [...g.scpLevels, ...g.rcpLevels, g.resource, g.identity]
  if (g.boundary) out.push(g.boundary)
  if (g.session) out.push(g.session)
  return out
}

interface Groups {
  scpLevels: Group[]
  rcpLevels: Group[]
  resource: Group
  identity: Group
  boundary: Group | undefined
  session: Group | undefined
}

function denies(x: Group | undefined): boolean {
  return !!x && x.applies && x.result.deny
}

function firstDenying(g: Groups): Group | undefined {
  for (const x of g.scpLevels) if (denies(x)) return x
  for (const x of g.rcpLevels) if (denies(x)) return x
  if (denies(g.resource)) return g.resource
  if (denies(g.identity)) return g.identity
  if (denies(g.boundary)) return g.boundary
  if (denies(g.session)) return g.session
  return undefined
}

function deny(rule: RuleCode, params?: Partial<RuleParams>): Outcome {
  return { decision: 'ImplicitDeny', rule, params, allowFrom: undefined }
}

function allowed(rule: RuleCode, from: (Group | undefined)[], params?: Partial<RuleParams>): Outcome {
  return { decision: 'Allow', rule, params, allowFrom: from }
}

/** A group that applies and allows. */
function allows(x: Group | undefined): boolean {
  return !!x && x.applies && x.result.allow
}

/** The permissions boundary or the session policies, when one of them applies and allows nothing. */
function limits(g: Groups): Outcome | undefined {
  if (g.boundary?.applies && !g.boundary.result.allow) return deny('boundary-no-allow')
  if (g.session?.applies && !g.session.result.allow) return deny('session-no-allow')
  return undefined
}

const VIA_DIRECT = viaBit('user') | viaBit('session') | viaBit('service') | viaBit('federated')
const VIA_WILDCARD = viaBit('wildcard')
const VIA_ROLE = viaBit('role')
const VIA_ACCOUNT = viaBit('account')

// Each rule below is one row of `RULES` (./rules.ts), which names the User Guide page that states it.
function logic(p: Prepared, g: Groups): Outcome {
  const { caller } = p
  if (p.actionLower === 'sts:getcalleridentity' && isIamCaller(caller)) {
    return { decision: 'Allow', rule: 'get-caller-identity', params: undefined, allowFrom: undefined }
  }
  // 1. An explicit deny in any policy that applies wins.
  const denying = firstDenying(g)
  if (denying) {
    const params: Partial<RuleParams> = { type: denying.type }
    if (denying.level !== undefined) params.level = denying.level
    return { decision: 'ExplicitDeny', rule: 'explicit-deny', params, allowFrom: undefined }
  }
  // 2. Every SCP level must allow (FullAWSAccess is what usually does).
  for (const level of g.scpLevels) {
    if (level.applies && !level.result.allow) return deny('scp-no-allow', { level: level.level ?? 0 })
  }
  // RCPs: RCPFullAWSAccess is always attached, so an RCP can only deny explicitly (handled above).
  // Resources only AWS may change: no policy can allow a write to them; an explicit deny still wins (above).
  const owned = awsOwnedResource(p.actionLower, p.resource)
  if (owned) return deny('aws-owned-resource', { owned })

  const res = g.resource.result
  const via = res.allowVia

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
  if (p.trust && !res.allow) return deny('trust-no-allow')

  if (p.crossAccount) {
    if (!res.allow) return deny('cross-account-resource-no-allow')
    if (caller.kind === 'root') return allowed('cross-account-allow', [g.resource])
    if (!g.identity.result.allow) return deny('cross-account-identity-no-allow')
    return limits(g) ?? allowed('cross-account-allow', [g.resource, g.identity, g.boundary, g.session])
  }

  // Same account. Naming the user or session ARN, or everyone, grants on its own, unlimited by boundary and
  // session policies (a trust policy excepted: the boundary still limits it); naming the role grants for its
  // sessions but within the boundary and session policies;
  // naming the account delegates to identity policies.
  const direct = (via & (VIA_DIRECT | VIA_WILDCARD)) !== 0 || (p.trust && (via & VIA_ROLE) !== 0)
  if (direct) {
    // A role's trust policy is the exception: a user it names still needs its permissions boundary to allow
    // `sts:AssumeRole` (IAM User Guide, "Update a role trust policy": "If a permissions boundary is set for the user,
    // then it must allow the sts:AssumeRole action").
    if (p.trust && g.boundary?.applies && !g.boundary.result.allow) return deny('boundary-no-allow')
    const named = (via & (VIA_DIRECT | VIA_ROLE)) !== 0
    return allowed(p.trust ? 'trust-allow' : 'resource-policy-direct', [g.resource], {
      via: named ? 'named' : 'wildcard',
    })
  }
  const roleGrant = (via & VIA_ROLE) !== 0
  if (roleGrant || g.identity.result.allow) {
    const limited = limits(g)
    if (limited) return limited
    if (g.identity.result.allow) return allowed('identity-allow', [g.identity, g.boundary, g.session])
    return allowed('resource-policy-role', [g.resource, g.identity, g.boundary, g.session])
  }
  return deny('no-allow', { delegated: (via & VIA_ACCOUNT) !== 0 })
}

/**
 * The groups whose allowing statements made an allow: the SCP levels that apply, then the outcome's groups (the
 * identity side, the permissions boundary and the session policies count only where they apply and allow).
 */
function allowingGroups(outcome: Outcome, g: Groups): Group[] {
  if (!outcome.allowFrom) return []
  const out = g.scpLevels.filter((x) => x.applies)
  for (const x of outcome.allowFrom) {
    if (!x) continue
    if (x === g.resource || allows(x)) out.push(x)
  }
  return out
}

/** The policy types named in the singular ("the permissions boundary allows"); the others in the plural. */
const SINGULAR: ReadonlySet<string> = new Set(['policyType.resource', 'policyType.trust', 'policyType.boundary'])

function buildTrace(p: Prepared): Trace {
  const { outcome, groups: g } = decide(p, true)
  const groups = listOf(g)
  const decisive: StatementRef[] =
    outcome.decision === 'ExplicitDeny'
      ? groups.filter((x) => x.applies).flatMap((x) => x.result.denies)
      : allowingGroups(outcome, g).flatMap((x) => x.result.allows)
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
  return new Result(decide(prepared, false).outcome.decision, prepared)
}

/**
 * An {@link EvaluationResult} whose trace is built on first read. `trace` is an own, enumerable getter, so structured
 * clone and JSON read it and the trace crosses to the UI thread; it is one shared getter defined on each result (an
 * object literal's getter would be a new function per result, which V8 stores in a slow dictionary shape), and the
 * request it explains is kept in private fields, which neither JSON nor structured clone carry.
 */
class Result implements EvaluationResult {
  decision: Verdict
  declare trace: Trace
  #prepared: Prepared | undefined
  #trace: Trace | undefined

  constructor(decision: Verdict, prepared: Prepared) {
    this.decision = decision
    this.#prepared = prepared
    Object.defineProperty(this, 'trace', TRACE)
  }

  /** The trace of `r`, built once. */
  static traceOf(r: Result): Trace {
    if (r.#trace === undefined) {
      r.#trace = buildTrace(r.#prepared!)
      r.#prepared = undefined
    }
    return r.#trace
  }
}

const TRACE: PropertyDescriptor = {
  get(this: Result) {
    return Result.traceOf(this)
  },
  enumerable: true,
  configurable: true,
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
