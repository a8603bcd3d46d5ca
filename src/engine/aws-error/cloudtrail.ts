// A CloudTrail event AWS recorded for a refused call (`errorCode: AccessDenied`), or a log file's `{ "Records": [...] }`:
// the caller (`userIdentity`), the action (`eventSource` + `eventName`, or the sentence of `errorMessage`), the
// resource, and what the event says about the request (region, source IP, time, MFA). CloudTrail User Guide,
// "CloudTrail record contents".
import { awsErrorMessage } from '../messages/aws-error'
import { accountOfArn, readDeniedSentence, sessionOfArn } from './sentence'
import type { AwsErrorParse, AwsErrorReport } from './types'

type Json = Record<string, unknown>

const DENIED_CODES = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'Client.UnauthorizedOperation',
  'UnauthorizedAccess',
])

// Event sources whose IAM service prefix is another word.
const PREFIX_OF_SOURCE: Record<string, string> = { monitoring: 'cloudwatch', email: 'ses' }

// API operations recorded under a name that is not the action IAM authorizes.
const ACTION_OF_EVENT: Record<string, string> = {
  's3:ListObjects': 's3:ListBucket',
  's3:ListObjectsV2': 's3:ListBucket',
  's3:HeadBucket': 's3:ListBucket',
  's3:HeadObject': 's3:GetObject',
  'lambda:Invoke': 'lambda:InvokeFunction',
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/
const IPV6 = /^[0-9a-fA-F:]+:[0-9a-fA-F:.]*$/

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)

/** The IAM action of an event: `s3.amazonaws.com` + `GetObject` is `s3:GetObject` (versioned Lambda names trimmed). */
function actionOf(event: Json): string | undefined {
  const source = text(event.eventSource)
  const name = text(event.eventName)
  if (!source || !name) return undefined
  const service = source.replace(/\.amazonaws\.com$/, '')
  const prefix = PREFIX_OF_SOURCE[service] ?? service
  const action = `${prefix}:${name.replace(/\d{8}(?:v\d+)?$/, '')}`
  return ACTION_OF_EVENT[action] ?? action
}

/** The first event of a log file that was refused, or the event itself. */
function deniedEvent(value: unknown): Json | undefined {
  if (!isObject(value)) return undefined
  if (!Array.isArray(value.Records)) return value
  return value.Records.find((r): r is Json => isObject(r) && DENIED_CODES.has(String(r.errorCode)))
}

/** Reads a CloudTrail event (already parsed JSON). */
export function readCloudTrailEvent(value: unknown): AwsErrorParse {
  const event = deniedEvent(value)
  if (!event) return { ok: false, problem: { text: awsErrorMessage('awsError.noRecords') } }
  const code = text(event.errorCode)
  if (!code || !DENIED_CODES.has(code)) {
    return { ok: false, problem: { text: awsErrorMessage('awsError.notDenied', { code: code ?? '—' }) } }
  }
  const fromMessage = readDeniedSentence(text(event.errorMessage) ?? '')
  const identity = isObject(event.userIdentity) ? event.userIdentity : {}
  const sessionContext = isObject(identity.sessionContext) ? identity.sessionContext : {}
  const attributes = isObject(sessionContext.attributes) ? sessionContext.attributes : {}
  const issuer = isObject(sessionContext.sessionIssuer) ? sessionContext.sessionIssuer : {}

  const action = fromMessage?.action ?? actionOf(event)
  if (!action) return { ok: false, problem: { text: awsErrorMessage('awsError.eventNoAction') } }
  const principal = text(identity.arn) ?? fromMessage?.principal
  const resources = Array.isArray(event.resources) ? event.resources.filter(isObject) : []
  const resource = fromMessage?.resource ?? text(resources[0]?.ARN)
  const report: AwsErrorReport = { form: 'cloudtrail', code, action }
  const operation = text(event.eventName)
  if (operation) report.operation = operation
  if (principal) report.principal = principal
  if (resource) report.resource = resource
  const account = text(identity.accountId) ?? (principal && accountOfArn(principal)) ?? text(event.recipientAccountId)
  if (account) report.account = account
  if (fromMessage?.reason) report.reason = fromMessage.reason
  if (fromMessage?.unknownPlace) report.unknownPlace = fromMessage.unknownPlace

  const mfa = attributes.mfaAuthenticated === 'true' || attributes.mfaAuthenticated === true
  const session = principal ? sessionOfArn(principal) : undefined
  if (session) {
    const roleArn = text(issuer.arn)
    report.session = { ...session, ...(roleArn ? { role: roleArn } : {}), mfa }
    const issuedAt = text(attributes.creationDate)
    if (issuedAt) report.session.issuedAt = issuedAt
  }

  const environment: NonNullable<AwsErrorReport['environment']> = {}
  const region = text(event.awsRegion)
  if (region) environment.region = region
  const ip = text(event.sourceIPAddress)
  if (ip && (IPV4.test(ip) || IPV6.test(ip))) environment.sourceIp = ip
  const time = text(event.eventTime)
  if (time) environment.time = time
  if (attributes.mfaAuthenticated !== undefined) environment.mfa = mfa
  if (Object.keys(environment).length > 0) report.environment = environment
  return { ok: true, report }
}
