// What the Terraform and CloudFormation importers skipped, changed or left open, as the engine says it
// (src/engine/messages/import-iac.en.ts); Korean has every key.

import { IMPORT_IAC_EN } from '../../../engine/index'

export const en = IMPORT_IAC_EN
