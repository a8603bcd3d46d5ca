// The request form's text turned into the requests the engine is asked, or the field errors that keep it from being
// asked: whatever is typed or pasted, the engine only ever sees requests it can read. The field errors come from the
// engine (`requestInputIssues`), which the app asks in its worker: the page never loads that part of the engine.
import type { RequestFields, RequestIssue, SimulationRequest } from '../../engine/index'
import type { RequestDraft } from './draft'
import { filledLines } from './lines'

/** The requests of a draft, or why there are none. */
export interface FormInput {
  /** One request per filled action × resource line; empty when a field is empty or an issue is an error. */
  requests: SimulationRequest[]
  /** The fields' input errors (see `requestInputIssues`), in field order. */
  issues: RequestIssue[]
}

/** The fields of a draft the engine checks (`requestInputIssues`). */
export function inputFields(draft: RequestDraft): RequestFields {
  return {
    principal: draft.principal,
    actions: draft.actions,
    resources: draft.resources,
    context: draft.context,
    environment: draft.environment,
  }
}

/**
 * The requests the form asks (every filled action × every filled resource, the principal trimmed), or none with the
 * field errors (`issues`, the engine's `requestInputIssues` of {@link inputFields}) when the engine could not read
 * them: a principal that names no one, a line that is not an action or an ARN, a context value too long. Empty fields
 * give no request and no issue (the form says "enter an action").
 */
export function formInput(draft: RequestDraft, issues: RequestIssue[]): FormInput {
  const principal = draft.principal.trim()
  const actions = filledLines(draft.actions)
  const resources = filledLines(draft.resources)
  if (issues.some((i) => i.severity === 'error') || !principal || !actions.length || !resources.length) {
    return { requests: [], issues }
  }
  const requests: SimulationRequest[] = []
  for (const action of actions) {
    for (const resource of resources) {
      requests.push({ principal, action, resource, environment: draft.environment, context: draft.context })
    }
  }
  return { requests, issues }
}

/** The issues about one field (and line, for action and resource lines), errors first. */
export function issuesOf(issues: readonly RequestIssue[], field: RequestIssue['field']): RequestIssue[] {
  const order = { error: 0, warning: 1, info: 2 } as const
  return issues
    .filter((i) => i.field === field)
    .sort((a, b) => order[a.severity] - order[b.severity] || a.line - b.line)
}
