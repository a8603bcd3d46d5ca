// The evaluation flow: a trace laid out as the steps of the IAM User Guide's "Policy evaluation logic" flowchart
// (explicit deny → SCPs → RCPs → resource-based policy → identity-based policies → permissions boundary → session
// policies → decision), with the path the request took, each step's verdict and the statements that decided it.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
import { RULES } from '../evaluate/rules'
import { noAllowAt, noAllowText } from '../evaluate/rule-sentences'
import { englishField } from '../messages/english-fields'
import { messageId } from '../messages/message'
import type { RuleMessage } from '../messages/rules.en'
import type { TraceMessage } from '../messages/trace.en'
import type { FlowStepId, PolicyType, PolicyTypeTrace, RuleCode, StatementRef, Trace, Verdict } from './types'

export type { FlowStepId } from './types'

/** The order of the flowchart. */
export const FLOW_STEPS: readonly FlowStepId[] = [
  'request',
  'deny',
  'scp',
  'rcp',
  'resource',
  'identity',
  'boundary',
  'session',
  'decision',
]

/**
 * What one step found:
 * - `allow`: its policies allow the request;
 * - `deny`: a statement denies it explicitly;
 * - `no-allow`: nothing in its policies allows it;
 * - `pass`: it found nothing that stops the request (no explicit deny, no RCP deny, the request started);
 * - `delegates`: a same-account resource-based policy that names only the account, leaving it to identity policies;
 * - `not-applicable`: it has no policies for this caller (no SCPs, no boundary, ...);
 * - `not-reached`: the path ended before it.
 */
export type FlowVerdict = 'allow' | 'deny' | 'no-allow' | 'pass' | 'delegates' | 'not-applicable' | 'not-reached'

/**
 * Why a step came out the way it did when its policies alone do not say it:
 * - `get-caller-identity`: `sts:GetCallerIdentity` needs no permission;
 * - `credentials-expired`: the session's credentials had expired before any policy was read;
 * - `credentials-invalid`: the session was never issued, so the request had no valid credentials;
 * - `direct`: in the same account, the resource-based policy allows on its own (it names the user or session, or
 *   allows everyone, or the caller is a service or anonymous), so the path leaves the chart with Allow;
 * - `role-grant`: the resource-based policy names the role, so it allows within the boundary and session policies;
 * - `cross-account`: across accounts both the resource-based policy and the identity side must allow;
 * - `kms-key`: a KMS key is reached only through its key policy;
 * - `aws-owned`: the request would change a resource that only AWS may change (an AWS managed policy, a role under
 *   `/aws-reserved/`, a KMS alias under `alias/aws/`);
 * - `root-cannot-assume-role`: STS never lets the account root user assume a role;
 * - `root-user`: the account root user has every permission in its own account (no identity policies apply to it).
 */
export type FlowNote =
  | 'get-caller-identity'
  | 'credentials-expired'
  | 'credentials-invalid'
  | 'direct'
  | 'role-grant'
  | 'cross-account'
  | 'kms-key'
  | 'root-cannot-assume-role'
  | 'aws-owned'
  | 'root-user'

/** One organization level of the SCP or RCP step. */
export interface FlowLevel {
  /** 0 is the organization root; the last level is the account. */
  level: number
  verdict: FlowVerdict
}

/** A policy a step read, so a reader can open it even when none of its statements applied. */
export interface FlowPolicy {
  policyId: string
  type: PolicyType
  level?: number
  name?: string
}

/** One box of the flowchart. */
export interface FlowStep {
  id: FlowStepId
  verdict: FlowVerdict
  /** The request's path went through (or ended at) this step. */
  onPath: boolean
  /** The path left the chart here (or, for `decision`, arrived at the bottom). */
  end: boolean
  /** The statements that gave the verdict: the denying ones for `deny`, the allowing ones for `allow`. */
  statements: StatementRef[]
  /** The policies the step read. */
  policies: FlowPolicy[]
  /** SCP and RCP steps: each organization level that applies, root first. */
  levels?: FlowLevel[]
  note?: FlowNote
  /** The trace's own sentences about the step's policy types: why they do not apply, what the RCPs left. */
  details: string[]
  /** The same sentences as messages. */
  detailTexts: TraceMessage[]
}

/** Which step found no allow, for an implicit deny. */
export interface FlowNoAllow {
  step: FlowStepId
  /** The first SCP level that allows nothing, for `scp`. */
  level?: number
  /** Which step found no allow and why, e.g. "Service control policies found no allow: no SCP at level 1 allows …". */
  text: RuleMessage
  /** The same sentence in English. */
  message: string
}

/** The evaluation logic of one request, step by step. */
export interface EvaluationFlow {
  decision: Verdict
  rule: RuleCode
  /** Every step of the chart, in {@link FLOW_STEPS} order. */
  steps: FlowStep[]
  /** The step where the path ended. */
  end: FlowStepId
  /** The resource-based step is the role's trust policy (`sts:AssumeRole*`). */
  trust: boolean
  crossAccount: boolean
  /** Set for an implicit deny. */
  noAllow?: FlowNoAllow
}

const TYPE_VERDICT: Record<PolicyTypeTrace['verdict'], FlowVerdict> = {
  Allow: 'allow',
  ExplicitDeny: 'deny',
  ImplicitDeny: 'no-allow',
  NotApplicable: 'not-applicable',
}

/** The statements of the trace entries that applied with the given effect (invalid policies never apply). */
function applied(types: PolicyTypeTrace[], effect: 'Allow' | 'Deny'): StatementRef[] {
  return types.flatMap((t) =>
    t.verdict === 'NotApplicable'
      ? []
      : t.policies.flatMap((p) =>
          p.statements.filter((s) => s.outcome === 'match' && s.effect === effect).map((s) => s.ref),
        ),
  )
}

function policiesOf(types: PolicyTypeTrace[]): FlowPolicy[] {
  return types.flatMap((t) =>
    t.policies.map((p) => {
      const out: FlowPolicy = { policyId: p.id, type: p.type }
      if (p.level !== undefined) out.level = p.level
      if (p.name !== undefined) out.name = p.name
      return out
    }),
  )
}

/** The notes of the types, each once (in English and as messages). */
function notesOf(types: PolicyTypeTrace[]): Pick<FlowStep, 'details' | 'detailTexts'> {
  const details: string[] = []
  const detailTexts: TraceMessage[] = []
  const seen = new Set<string>()
  for (const t of types) {
    const id = messageId(t.noteText)
    if (seen.has(id)) continue
    seen.add(id)
    details.push(t.note)
    detailTexts.push(t.noteText)
  }
  return { details, detailTexts }
}

/** The trace's sentences worth repeating beside a verdict: why a policy type does not apply. */
function detailsOf(types: PolicyTypeTrace[]): Pick<FlowStep, 'details' | 'detailTexts'> {
  return notesOf(types.filter((t) => t.verdict === 'NotApplicable'))
}

function step(id: FlowStepId, verdict: FlowVerdict, types: PolicyTypeTrace[] = []): FlowStep {
  return {
    id,
    verdict,
    onPath: false,
    end: false,
    statements: [],
    policies: policiesOf(types),
    ...detailsOf(types),
  }
}

/** A resource-based allow that names only the caller's own account: it hands the decision to identity policies. */
function onlyDelegates(resource: PolicyTypeTrace): boolean {
  const allowing = resource.policies.flatMap((p) =>
    p.statements.filter((s) => s.outcome === 'match' && s.effect === 'Allow'),
  )
  return allowing.length > 0 && allowing.every((s) => s.principalMatch === 'account')
}

/** The sentence of an implicit deny: which step found no allow, and why. */
function noAllowMessage(trace: Trace, end: FlowStepId, trust: boolean): RuleMessage {
  return noAllowAt(end === 'resource' && trust ? 'trust' : end, noAllowText(trace.rule.code, trace.rule.params))
}

/**
 * Lays out a trace as the evaluation-logic flowchart of the IAM User Guide: which steps the request went through,
 * what each step found, where the path ended (following the trace's `rule.code` exactly), and for an implicit deny
 * which step found no allow. Pure: the same trace always gives the same flow.
 */
export function evaluationFlow(trace: Trace): EvaluationFlow {
  const code = trace.rule.code
  const end = RULES[code].step
  const types = trace.policyTypes
  const of = (type: PolicyType) => types.filter((t) => t.type === type)
  const scps = of('scp')
  const rcps = of('rcp')
  const resource = of('resource')
  const identity = of('identity')
  const boundary = of('boundary')
  const session = of('session')
  const trust = trace.request.trust
  const { crossAccount } = trace.request
  const root = trace.request.principalKind === 'root'
  const applies = (list: PolicyTypeTrace[]) => list.filter((t) => t.verdict !== 'NotApplicable')
  const single = (list: PolicyTypeTrace[]): FlowVerdict => TYPE_VERDICT[list[0]?.verdict ?? 'NotApplicable']

  const request = step('request', 'pass')
  if (code === 'get-caller-identity') {
    request.verdict = 'allow'
    request.note = 'get-caller-identity'
  } else if (code === 'credentials-expired' || code === 'credentials-invalid') {
    request.verdict = 'no-allow'
    request.note = code
  }

  const deny = step('deny', code === 'explicit-deny' ? 'deny' : 'pass')
  if (code === 'explicit-deny') {
    deny.statements = trace.decisive
  }

  const scpLevels = applies(scps)
  const scp = step(
    'scp',
    scpLevels.length === 0 ? 'not-applicable' : code === 'scp-no-allow' ? 'no-allow' : 'allow',
    scps,
  )
  if (scpLevels.length) {
    scp.levels = scpLevels.map((t) => ({ level: t.level ?? 0, verdict: TYPE_VERDICT[t.verdict] }))
    if (scp.verdict === 'allow') scp.statements = applied(scpLevels, 'Allow')
  }
  const firstNoAllow = scpLevels.find((t) => t.verdict === 'ImplicitDeny')?.level

  const rcpLevels = applies(rcps)
  const rcp = step('rcp', rcpLevels.length === 0 ? 'not-applicable' : 'pass', rcps)
  if (rcpLevels.length) {
    rcp.levels = rcpLevels.map((t) => ({ level: t.level ?? 0, verdict: 'pass' }))
    Object.assign(rcp, notesOf(rcpLevels))
  }

  const res = step('resource', single(resource), resource)
  if (code === 'root-cannot-assume-role') res.note = 'root-cannot-assume-role'
  else if (code === 'aws-owned-resource') res.note = 'aws-owned'
  else {
    if (res.verdict === 'allow') res.statements = applied(resource, 'Allow')
    if (res.verdict === 'allow' && !crossAccount && onlyDelegates(resource[0]!)) res.verdict = 'delegates'
    if (end === 'resource' && trace.decision === 'Allow') res.note = 'direct'
    else if (code === 'resource-policy-role') res.note = 'role-grant'
    else if (code === 'kms-key-policy-no-allow') res.note = 'kms-key'
    else if (crossAccount) res.note = 'cross-account'
  }

  const id = step('identity', root ? 'allow' : single(identity), identity)
  if (root) id.note = 'root-user'
  else if (id.verdict === 'allow') id.statements = applied(identity, 'Allow')

  const bound = step('boundary', single(boundary), boundary)
  if (bound.verdict === 'allow') bound.statements = applied(boundary, 'Allow')
  const sess = step('session', single(session), session)
  if (sess.verdict === 'allow') sess.statements = applied(session, 'Allow')

  const decision = step(
    'decision',
    trace.decision === 'Allow' ? 'allow' : trace.decision === 'ExplicitDeny' ? 'deny' : 'no-allow',
  )
  const steps = [request, deny, scp, rcp, res, id, bound, sess, decision]
  const last = FLOW_STEPS.indexOf(end)
  steps.forEach((s, i) => {
    s.onPath = i <= last
    s.end = i === last
    if (i > last) {
      s.verdict = 'not-reached'
      s.statements = []
      delete s.note
    }
  })
  // The step where an implicit deny left the chart found no allow, even when it has no policy at all (no bucket
  // policy across accounts, no key policy): that absence is what denied.
  if (trace.decision === 'ImplicitDeny') steps[last]!.verdict = 'no-allow'

  const flow: EvaluationFlow = { decision: trace.decision, rule: code, steps, end, trust, crossAccount }
  if (trace.decision === 'ImplicitDeny') {
    const level = code === 'scp-no-allow' ? firstNoAllow : undefined
    const text = noAllowMessage(trace, end, trust)
    flow.noAllow = { step: end, text, message: englishField(text) }
    if (level !== undefined) flow.noAllow.level = level
  }
  return flow
}
