// Checking a learner's scenario against a lesson: request checks run through the simulator (and say which rule of
// the evaluation logic decided), structural rules read the scenario. Applying a lesson's solution is in solution.ts.
import {
  EngineInputError,
  freshSessionFor,
  serviceSession,
  simulate,
  type RuleParams,
  type Scenario,
  type SimulateOptions,
  type SimulationRequest,
  type Verdict,
} from '../index'
import type {
  CheckResult,
  ExpectedOutcome,
  Lesson,
  LessonCheck,
  LessonCheckResult,
  RequestCheck,
  ResultParams,
} from './model'
import { runRule } from './rules'

/** An EC2 instance or a Lambda function: a request "from" it is made by the code running there. */
const WORKLOAD = /^arn:[^:]+:(ec2:[^:]*:\d{12}:instance\/|lambda:[^:]*:\d{12}:function:)/

/** The decision meets the expectation (`Denied` takes either kind of deny). */
export function meetsExpectation(decision: Verdict, expect: ExpectedOutcome): boolean {
  return expect === 'Denied' ? decision !== 'Allow' : decision === expect
}

/** Rule parameters as plain result parameters (no undefined values). */
function plainParams(params: RuleParams): ResultParams {
  const out: ResultParams = {}
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = value
  }
  return out
}

function runRequest(scenario: Scenario, check: RequestCheck): CheckResult {
  const base = { kind: check.kind, label: check.label }
  let request: SimulationRequest = check.request
  let options: SimulateOptions = {}
  if (WORKLOAD.test(request.principal)) {
    const env = request.environment
    const session = serviceSession(scenario, request.principal, env ? { environment: env } : {})
    if (!session.ok) {
      return {
        ...base,
        ok: false,
        code: 'no-service-session',
        params: { principal: request.principal, reason: session.reason },
        reasonText: session.reasonText,
        detail: session.reason,
        ...(session.result ? { decision: session.result.decision, rule: session.result.trace.rule } : {}),
      }
    }
    request = { ...request, principal: session.sessionArn }
    options = { sessions: [session.session] }
  }
  try {
    // A check about "a session of this role" means any session of it, issued when asked.
    const fresh = options.sessions ? undefined : freshSessionFor(scenario, request)
    if (fresh) options = { sessions: [fresh] }
    const result = simulate(scenario, request, options)
    const { rule } = result.trace
    const ok = meetsExpectation(result.decision, check.expect)
    const params: ResultParams = { ...plainParams(rule.params), decision: result.decision, expect: check.expect }
    const out: CheckResult = { ...base, ok, code: rule.code, params, decision: result.decision, rule }
    if (!ok) out.detail = `expected ${check.expect}, got ${result.decision}: ${rule.message}`
    return out
  } catch (e) {
    if (!(e instanceof EngineInputError)) throw e
    return { ...base, ok: false, code: 'request-invalid', params: { message: e.message }, detail: e.message }
  }
}

/** Runs one check of a lesson against the scenario. */
export function runCheck(scenario: Scenario, check: LessonCheck): CheckResult {
  if (check.kind === 'request') return runRequest(scenario, check)
  return { kind: check.kind, label: check.label, ...runRule(scenario, check) }
}

/**
 * Checks `scenario` (the learner's, already loaded with `parseScenario`) against every check of the lesson, in
 * order. Pure; never throws for a scenario that loads.
 */
export function checkLesson(lesson: Pick<Lesson, 'check'>, scenario: Scenario): LessonCheckResult {
  const results = lesson.check.map((check) => runCheck(scenario, check))
  return { solved: results.every((r) => r.ok), results }
}
