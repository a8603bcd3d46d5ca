// "Paste an error": the request form filled from what AWS printed. A role session the scenario never issued is added
// as AWS issued it, so the question is asked as that session rather than failing for unknown credentials.
import { addSession, freshSessionFor, type AwsErrorReport, type Scenario, type Session } from '../../engine/index'
import type { ScenarioDocument } from '../state/document.svelte'
import type { Question } from '../state/question.svelte'
import type { RequestDraft } from './draft'
import type { PastedError } from './pasted-error.svelte'

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

/**
 * Fills the request form from `report` (adding the session it names when the scenario lacks it, as one undoable edit),
 * records it in `pasted` for the answer's comparison, and asks the question.
 */
export function fillFromAwsError(
  pasted: PastedError,
  report: AwsErrorReport,
  document: ScenarioDocument,
  question: Question,
): void {
  const { patch, session } = requestOfAwsError(document.scenario, report, question.request)
  // The principal is the session's ARN as AWS printed it; an edit the scenario refuses leaves the answer to say why.
  const added = session && document.edit(addSession(document.scenario, session)) === undefined
  pasted.record(
    report,
    { principal: patch.principal, action: patch.actions[0]!, resource: patch.resources[0]! },
    added ? patch.principal : undefined,
  )
  question.setRequest(patch)
  void question.evaluate()
}
