// Makes the aws-cli messages ({ key, params }); their English templates are in aws-cli.en.ts, which only the
// English renderer and the app's catalogs import (the engine's code never needs the templates to make a message).
import { message, type MessageParam } from './message'
import type { AwsCliMessageKey, AwsCliMessage } from './aws-cli.en'

/** Makes an AWS CLI note (a key the table lacks is a type error). */
export function awsCliMessage(key: AwsCliMessageKey, params?: Readonly<Record<string, MessageParam>>): AwsCliMessage {
  return message(key, params)
}
