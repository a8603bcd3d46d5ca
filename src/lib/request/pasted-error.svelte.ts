// The AWS error last pasted: what it asked, so the answer can show AWS's reason beside the playground's while the
// form still asks that question.
// Only the record lives here (the answer reads it on every page); filling the form is in ./aws-error.ts, which loads
// with the dialog.
import type { AwsErrorReport } from '../../engine/index'
import type { RequestDraft } from './draft'

/** The question a pasted error filled in. */
export interface Asked {
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

  /** Remembers a pasted error, the question it filled in, and the session added for it. */
  record(report: AwsErrorReport, asked: Asked, addedSession?: string): void {
    this.report = report
    this.#asked = asked
    this.addedSession = addedSession
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
