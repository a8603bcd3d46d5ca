// "Paste an error": the text AWS printed (a CLI/SDK error line, the console's message, EC2's UnauthorizedOperation) or
// a CloudTrail event, read into the request it refused. Every failure says why; JSON errors say where.
import { parseJsonText } from '../json/tree'
import { lineColumn } from '../json/tree'
import { awsErrorMessage } from '../messages/aws-error'
import { readCloudTrailEvent } from './cloudtrail'
import { readDeniedSentence } from './sentence'
import type { AwsErrorParse } from './types'

/** The longest text read: a CloudTrail event is a few kilobytes; a log file with many records fits too. */
export const AWS_ERROR_MAX_TEXT = 200_000

/** Reads a pasted AWS error message or CloudTrail event. */
export function parseAwsError(input: string): AwsErrorParse {
  const text = input.trim()
  if (text === '') return { ok: false, problem: { text: awsErrorMessage('awsError.empty') } }
  if (text.length > AWS_ERROR_MAX_TEXT) {
    const params = { length: text.length, limit: AWS_ERROR_MAX_TEXT }
    return { ok: false, problem: { text: awsErrorMessage('awsError.tooLong', params) } }
  }
  if (text.startsWith('{')) return readJson(input)
  const report = readDeniedSentence(text)
  if (!report) return { ok: false, problem: { text: awsErrorMessage('awsError.noSentence') } }
  return { ok: true, report }
}

/** A CloudTrail event: syntax errors located by line and column of the pasted text. */
function readJson(input: string): AwsErrorParse {
  const { diagnostics } = parseJsonText(input)
  const first = diagnostics.find((d) => d.severity === 'error')
  if (first) {
    const at = first.span ? lineColumn(input, first.span.from) : undefined
    return {
      ok: false,
      problem: { text: awsErrorMessage('awsError.badJson', { error: first.messageText }), ...at },
    }
  }
  return readCloudTrailEvent(JSON.parse(input) as unknown)
}
