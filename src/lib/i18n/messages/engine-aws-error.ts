// Reading a pasted AWS error and comparing it with the answer, as the engine says it
// (src/engine/messages/aws-error.en.ts); Korean has every key. AWS's own words (`User: …`) stay as AWS prints them.

import { AWS_ERROR_EN } from '../../../engine/index'

export const en = AWS_ERROR_EN
