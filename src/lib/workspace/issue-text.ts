// A scenario problem in the page's language: the engine's message when it has one, else its English line.
import type { ScenarioIssue } from '../../engine/index'
import { word } from '../i18n'

/** The problem's sentence, without its place. */
export function issueMessage(issue: ScenarioIssue): string {
  return issue.messageText ? word(issue.messageText) : issue.message
}

/** `/users/3/groups/0: …`, or the sentence alone for a problem of the whole document (like `formatIssue`). */
export function issueText(issue: ScenarioIssue): string {
  const text = issueMessage(issue)
  return issue.path ? `${issue.path}: ${text}` : text
}
