// The AWS error last pasted: what it asked, so the answer can show AWS's reason beside the playground's while the
// form still asks that question.
import { addSession, type AwsErrorReport } from '../../engine/index'
import type { ScenarioDocument } from '../state/document.svelte'
import type { Question } from '../state/question.svelte'
import { requestOfAwsError } from './aws-error'
import type { RequestDraft } from './draft'

/** The question a pasted error filled in. */
interface Asked {
  principal: string
  action: string
  resource: string
}

/** The pasted error and the question it filled in; one per page. */
export class PastedError {
  /** What was read from the pasted text. */
  report: AwsErrorReport | undefined = $state.raw()
  /** The session ARN added to the scenario for it, if any. */
  addedSession: string | undefined = $state()
  #asked: Asked | undefined = $state.raw()

  /** Fills the request form from `report` (adding the session it names when needed) and asks it. */
  fill(report: AwsErrorReport, document: ScenarioDocument, question: Question): void {
    const { patch, session } = requestOfAwsError(document.scenario, report, question.request)
    this.addedSession = undefined
    // The principal is the session's ARN as AWS printed it; an edit the scenario refuses leaves the answer to say why.
    if (session && document.edit(addSession(document.scenario, session)) === undefined)
      this.addedSession = patch.principal
    this.report = report
    this.#asked = { principal: patch.principal, action: patch.actions[0]!, resource: patch.resources[0]! }
    question.setRequest(patch)
    void question.evaluate()
  }

  /** Whether the form still asks the question the error filled in. */
  asks(draft: RequestDraft): boolean {
    const asked = this.#asked
    return (
      asked !== undefined &&
      draft.principal === asked.principal &&
      draft.actions.length === 1 &&
      draft.actions[0] === asked.action &&
      draft.resources.length === 1 &&
      draft.resources[0] === asked.resource
    )
  }

  /** Forgets the pasted error. */
  clear(): void {
    this.report = undefined
    this.addedSession = undefined
    this.#asked = undefined
  }
}

/** The page's pasted error. */
export const pastedError = new PastedError()
