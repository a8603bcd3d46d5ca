// Why an Assume role call failed, as the engine says it (src/engine/messages/sts.en.ts, written once, in AWS's
// words); Korean has every key. `{why}` is the sentence of the decision rule that denied.

import { STS_EN } from '../../../engine/index'

export const en = STS_EN
