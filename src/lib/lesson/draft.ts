// The question a lesson opens with: its first request check in the request form, so the answer beside the lesson
// changes as the learner works (the lesson scenarios carry no saved requests of their own).
import type { Lesson, RequestCheck, Scenario } from '../../engine/index'
import { draftFor, type RequestDraft } from '../request/draft'

/** An EC2 instance or Lambda function: a check "from" it runs as its role's session, which the form cannot ask. */
const WORKLOAD = /^arn:[^:]+:(ec2|lambda):/

/** The request form for a lesson's scenario: its saved request if it has one, else the lesson's first request check. */
export function lessonDraft(lesson: Pick<Lesson, 'check'>, scenario: Scenario): RequestDraft {
  if (scenario.requests?.length) return draftFor(scenario)
  const check = lesson.check.find((c): c is RequestCheck => c.kind === 'request' && !WORKLOAD.test(c.request.principal))
  if (!check) return draftFor(scenario)
  const { principal, action, resource, environment, context } = check.request
  return {
    principal,
    actions: [action],
    resources: [resource],
    environment: { ...(scenario.environment ?? {}), ...(environment ?? {}) },
    context: { ...(context ?? {}) },
  }
}
