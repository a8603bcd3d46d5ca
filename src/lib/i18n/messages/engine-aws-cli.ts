// What "Copy as AWS CLI" says beside the commands, as the engine says it (src/engine/messages/aws-cli.en.ts); Korean
// has every key.

import { AWS_CLI_EN } from '../../../engine/index'

export const en = AWS_CLI_EN
