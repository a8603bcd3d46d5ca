// One request as a CloudTrail record: who (userIdentity), when (the request's clock), what (event source and name),
// on which resource (requestParameters, resources), from where (source IP, region), and how it ended (errorCode and
// AWS's access denied message), plus the playground's note of the decision.
import { requestEnvironment, uniqueId } from '../account/request-context'
import { resolveScenarioPrincipal } from '../account/resolve'
import { sessionPolicyText } from '../account/sts-session-policies'
import { stsErrorOf } from '../account/sts-validate'
import type { Scenario } from '../scenario/model'
import type { AssumeRoleRequest, AssumeRoleResult } from '../account/sts'
import type { SimulationRequest, SimulationResult } from '../account/simulate-types'
import { identityOf } from './identity'
import { temporaryKeyId, uuidOf } from './ids'
import { requestError, type RequestError } from './messages'
import { eventResourcesOf, requestParametersOf } from './parameters'
import { accessDeniedCode, eventNameOf, eventSourceOf, isDataEvent, isReadOnly } from './services'
import { EVENT_VERSION, type ActivityEvent, type PlaygroundDecision } from '../scenario/activity'

/** Stands in for the caller's address when the environment names none (an address reserved for documentation). */
const DEFAULT_SOURCE_IP = '192.0.2.0'
/** The region of requests whose environment names none, and of global services. */
const DEFAULT_REGION = 'us-east-1'
/** The user agent of requests whose environment names none. */
const DEFAULT_USER_AGENT = 'iam-playground'

// Services CloudTrail records in us-east-1 whatever the region asked for.
const GLOBAL_SERVICES = new Set(['iam', 'organizations', 'cloudfront', 'route53'])

/** Options of {@link activityEvent}. */
export interface ActivityEventOptions {
  /** When the request was made (the clock). */
  time: Date | string
  /** A seed for the record's `eventID` and `requestID`: the same seed gives the same IDs. */
  id: string
  /** Replaces the parameters derived from the resource (e.g. `AssumeRole`'s own). */
  requestParameters?: Record<string, unknown>
  responseElements?: Record<string, unknown>
  /** Replaces the error derived from the decision (e.g. a failed parameter check). */
  error?: RequestError
}

/** `2026-01-01T00:00:00Z`, with milliseconds only when there are some. */
function eventTimeText(time: Date): string {
  return time.toISOString().replace(/\.000Z$/, 'Z')
}

/** The CloudTrail record of `request`, decided as `result`, against `scenario`. */
export function activityEvent(
  scenario: Scenario,
  request: SimulationRequest,
  result: SimulationResult,
  options: ActivityEventOptions,
): ActivityEvent {
  // An unreadable time falls back to the real time, as the scenario's clock does.
  const given = new Date(options.time)
  const time = eventTimeText(Number.isNaN(given.getTime()) ? new Date() : given)
  const env = requestEnvironment(scenario, request)
  const { action, resource } = request
  const service = action.slice(0, action.indexOf(':')).toLowerCase()
  const principal = result.principal
  const { identity, console } = identityOf(scenario, principal, env, result.context, time)
  const resourceAccount = result.trace.request.resourceAccount
  const event: ActivityEvent = {
    eventVersion: EVENT_VERSION,
    userIdentity: identity,
    eventTime: time,
    eventSource: eventSourceOf(service),
    eventName: eventNameOf(action),
    awsRegion: GLOBAL_SERVICES.has(service) ? DEFAULT_REGION : (env.region ?? DEFAULT_REGION),
    sourceIPAddress: env.sourceIp ?? (principal.kind === 'service' ? principal.arn : DEFAULT_SOURCE_IP),
    userAgent: env.userAgent ?? DEFAULT_USER_AGENT,
    requestID: uuidOf(`request ${options.id}`),
    eventID: uuidOf(`event ${options.id}`),
    readOnly: isReadOnly(action),
    eventType: 'AwsApiCall',
    managementEvent: !isDataEvent(action, resource),
    eventCategory: isDataEvent(action, resource) ? 'Data' : 'Management',
  }
  const error = options.error ?? requestError(result, action, resource)
  if (error) {
    event.errorCode = error.code
    event.errorMessage = error.message
  }
  const parameters = options.requestParameters ?? requestParametersOf(action, resource)
  if (parameters) event.requestParameters = parameters
  if (options.responseElements && !error) event.responseElements = options.responseElements
  const resources = eventResourcesOf(resource, resourceAccount)
  if (resources) event.resources = resources
  const recipient = resourceAccount ?? principal.account ?? scenario.accounts[0]?.id
  if (recipient !== undefined) event.recipientAccountId = recipient
  if (console) event.sessionCredentialFromConsole = 'true'
  event.playground = decisionOf(result, action, resource)
  return event
}

function decisionOf(result: SimulationResult, action: string, resource: string): PlaygroundDecision {
  const out: PlaygroundDecision = {
    decision: result.decision,
    action,
    resource,
    principal: result.principal.arn,
    rule: result.trace.rule.code,
  }
  const decisive = result.trace.decisive.map((ref) => {
    const name = result.sources[ref.policyId]?.policyName ?? ref.policyName ?? ref.policyId
    return ref.sid ? `${name}#${ref.sid}` : name
  })
  if (decisive.length) out.decisive = [...new Set(decisive)]
  return out
}

/**
 * The record of an `AssumeRole*` call made through `assumeRole`: the STS request parameters (role ARN, session
 * name, duration, external ID, source identity), the issued session in `responseElements`, or why the call failed
 * (a parameter check with `ValidationError`, an expired caller with `ExpiredToken`, else access denied).
 */
export function assumeRoleEvent(
  scenario: Scenario,
  call: AssumeRoleRequest,
  answer: AssumeRoleResult,
  options: Omit<ActivityEventOptions, 'requestParameters' | 'responseElements' | 'error'>,
): ActivityEvent {
  const action = call.action ?? 'sts:AssumeRole'
  const roleArn = answer.result.trace.request.resource
  const request: SimulationRequest = { principal: call.caller, action, resource: roleArn }
  if (call.environment) request.environment = call.environment
  const parameters: Record<string, unknown> = { roleArn, roleSessionName: call.sessionName }
  if (call.durationSeconds !== undefined) parameters.durationSeconds = call.durationSeconds
  if (call.externalId !== undefined) parameters.externalId = call.externalId
  if (call.sourceIdentity !== undefined) parameters.sourceIdentity = call.sourceIdentity
  if (call.policies?.length) parameters.policy = sessionPolicyText(call.policies[0]!)
  if (call.policyArns?.length) parameters.policyArns = call.policyArns.map((arn) => ({ arn }))
  const extra: Partial<ActivityEventOptions> = { requestParameters: parameters }
  const stsError = answer.ok ? undefined : stsErrorOf(answer.code)
  if (answer.ok) {
    const session = resolveScenarioPrincipal(scenario, answer.sessionArn, { sessions: [answer.session] })
    const roleId = session.role?.id ?? uniqueId('AROA', `${session.account}:${session.name}`)
    extra.responseElements = {
      credentials: {
        accessKeyId: temporaryKeyId(`session ${answer.sessionArn} ${answer.session.issuedAt}`),
        expiration: answer.expiresAt,
      },
      assumedRoleUser: { assumedRoleId: `${roleId}:${call.sessionName}`, arn: answer.sessionArn },
    }
  } else if (answer.code === 'caller-expired') {
    extra.error = { code: 'ExpiredToken', message: 'The security token included in the request is expired' }
  } else if (answer.code === 'caller-unknown') {
    extra.error = { code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid' }
  } else if (stsError) {
    extra.error = { code: stsError, message: answer.reason }
  } else {
    extra.error = requestError(answer.result, answer.result.trace.request.action, roleArn) ?? {
      code: accessDeniedCode('sts'),
      message: answer.reason,
    }
  }
  return activityEvent(scenario, request, answer.result, { ...options, ...extra })
}
