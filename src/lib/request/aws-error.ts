// "Paste an error": the request form filled from what AWS printed. A role session the scenario never issued is added
// as AWS issued it, so the question is asked as that session rather than failing for unknown credentials.
import { freshSessionFor, type AwsErrorReport, type Scenario, type Session } from '../../engine/index'
import type { RequestDraft } from './draft'

/** The form's new contents, and the session to add first (when the message names one the scenario lacks). */
export interface FilledRequest {
  patch: Pick<RequestDraft, 'principal' | 'actions' | 'resources' | 'environment'>
  session?: Session
}

/** The Region of an ARN (`arn:aws:ec2:eu-west-1:…` → `eu-west-1`); undefined for global resources and `*`. */
function regionOfArn(arn: string | undefined): string | undefined {
  const region = arn?.startsWith('arn:') ? arn.split(':')[3] : undefined
  return region && /^[a-z]{2}(-[a-z]+)+-\d$/.test(region) ? region : undefined
}

/** The request AWS refused, as the request form's contents, starting from the form as it is. */
export function requestOfAwsError(scenario: Scenario, report: AwsErrorReport, current: RequestDraft): FilledRequest {
  const principal = report.principal ?? current.principal
  const resource = report.resource ?? '*'
  const environment = { ...current.environment }
  const region = report.environment?.region ?? regionOfArn(report.resource)
  if (region) environment.region = region
  if (report.environment?.sourceIp) environment.sourceIp = report.environment.sourceIp
  if (report.environment?.time) environment.time = report.environment.time
  if (report.environment?.mfa !== undefined) environment.mfa = report.environment.mfa
  const patch = { principal, actions: [report.action ?? current.actions[0] ?? ''], resources: [resource], environment }
  if (!report.session) return { patch }
  const request = { principal, action: patch.actions[0]!, resource, environment }
  const fresh = freshSessionFor(scenario, request)
  if (!fresh) return { patch }
  const session: Session = { ...fresh }
  if (report.session.issuedAt && !Number.isNaN(Date.parse(report.session.issuedAt))) {
    session.issuedAt = report.session.issuedAt
  }
  if (report.session.mfa) session.mfa = true
  return { patch, session }
}
