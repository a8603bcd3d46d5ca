// The steps of a privilege-escalation path as the person reads them ("User dev-carol → iam:CreateAccessKey → User
// admin-alice"), and each step as the request the playground asks to show its answer and trace.
import type { PathStep } from '../../engine/index'
import type { RequestDraft } from '../request/draft'
import { t } from '../i18n/index'
import { arnEntity } from './arn'
import { entityText } from './text'

/** A caller or resource of a step: the name read, and the ARN behind it. */
export interface StepEnd {
  text: string
  arn: string
}

/** One step in words. */
export interface StepView {
  /** 1-based position in the path. */
  number: number
  principal: StepEnd
  action: string
  resource: StepEnd
  /** The condition keys the request was asked with, `key = value`. */
  context: string[]
}

/** A service principal, as a trust policy names it (`lambda.amazonaws.com`). */
const SERVICE = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/

/**
 * An ARN by the entity it names (`User alice`), a service principal as a service (`AWS service
 * lambda.amazonaws.com`), else the text itself (a bucket's ARN, `*`).
 */
function end(arn: string, home: string | undefined): StepEnd {
  const entity = arnEntity(arn)
  if (entity) return { text: entityText(entity, home), arn }
  return { text: SERVICE.test(arn) ? `${t('graph.kind.service')} ${arn}` : arn, arn }
}

/** The step in words; `home` is the scenario's first account (other accounts are named). */
export function stepView(step: PathStep, index: number, home: string | undefined): StepView {
  return {
    number: index + 1,
    principal: end(step.principal, home),
    action: step.action,
    resource: end(step.resource, home),
    context: Object.entries(step.context ?? {}).map(([key, value]) => `${key} = ${value}`),
  }
}

/** The step in one line: `User dev-carol → iam:CreateAccessKey → User admin-alice`. */
export function stepLine(view: StepView): string {
  const line = `${view.principal.text} → ${view.action} → ${view.resource.text}`
  return view.context.length ? `${line} (${view.context.join(', ')})` : line
}

/** The accessible name of a step's "Open in the playground" button: which step, in full. */
export function stepOpenLabel(view: StepView): string {
  return t('findings.step.openLabel', { n: view.number, step: stepLine(view) })
}

/**
 * The request form holding the step: its caller, action and resource, and exactly its condition keys (so a key left
 * from an earlier question cannot change the answer).
 */
export function stepRequest(step: PathStep): Pick<RequestDraft, 'principal' | 'actions' | 'resources' | 'context'> {
  return { principal: step.principal, actions: [step.action], resources: [step.resource], context: { ...step.context } }
}
