// Makes the aws-error messages ({ key, params }); their English templates are in aws-error.en.ts, which only the
// English renderer and the app's catalogs import (the engine's code never needs the templates to make a message).
import { message, type MessageParam } from './message'
import type { AwsErrorMessageKey, AwsErrorMessage } from './aws-error.en'

/** Makes an AWS error message (a key the table lacks is a type error). */
export function awsErrorMessage(
  key: AwsErrorMessageKey,
  params?: Readonly<Record<string, MessageParam>>,
): AwsErrorMessage {
  return message(key, params)
}
