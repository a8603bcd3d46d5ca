// Problems found in a scenario, each at a JSON pointer into the scenario document.
import type { Span } from '../diagnostics'
import { englishField } from '../messages/english-fields'
import type { EngineMessage } from '../messages/message'

/** One problem in a scenario document. */
export interface ScenarioIssue {
  /** JSON pointer of the value at fault (`/users/3/groups/0`); empty for the document itself. */
  path: string
  /** One line, lower-case start; user values in double quotes, field and AWS names in backticks. */
  message: string
  /** The same problem as a message, for the app to word in the reader's language (where the engine has one). */
  messageText?: EngineMessage
  severity: 'error' | 'warning'
  /** Where in the scenario text, for JSON syntax errors found by {@link parseScenarioText}. */
  span?: Span
}

/** `/users/3/groups/0: unknown group "devs"`; an issue about the whole document prints its message alone. */
export function formatIssue(issue: ScenarioIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message
}

/** Appends reference tokens to a JSON pointer, escaping `~` and `/` (RFC 6901). */
export function at(path: string, ...tokens: (string | number)[]): string {
  let out = path
  for (const t of tokens) {
    // Hot on large scenarios (every value gets a path): most tokens need no escaping.
    out +=
      typeof t === 'number' || !NEEDS_ESCAPE.test(t) ? `/${t}` : `/${t.replaceAll('~', '~0').replaceAll('/', '~1')}`
  }
  return out
}

const NEEDS_ESCAPE = /[~/]/

/** `"value"` for messages: JSON quoting, so odd characters stay visible and the text stays on one line. */
export function q(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value)
  return JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text)
}

/** Collects every problem; parsing never stops at the first. */
export class Issues {
  readonly errors: ScenarioIssue[] = []
  readonly warnings: ScenarioIssue[] = []

  /** Records an error: the scenario will not load. */
  error(path: string, message: string | EngineMessage): void {
    this.errors.push(issue(path, message, 'error'))
  }

  /** Records a warning: the scenario loads, and the warning is shown beside it. */
  warn(path: string, message: string | EngineMessage): void {
    this.warnings.push(issue(path, message, 'warning'))
  }
}

/** An issue from an English line or a message (kept as `messageText`, with its English as `message`). */
export function issue(
  path: string,
  message: string | EngineMessage,
  severity: ScenarioIssue['severity'],
): ScenarioIssue {
  if (typeof message === 'string') return { path, message, severity }
  return { path, message: englishField(message), messageText: message, severity }
}
