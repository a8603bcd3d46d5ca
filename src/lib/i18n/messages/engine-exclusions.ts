// What a "what if" question left out, as the engine names it ("SCPs", "group `dev`"). English is the engine's own
// (src/engine/messages/exclusions.en.ts, written once); Korean has every key. Each phrase stands before "없이".

import { EXCLUSIONS_EN } from '../../../engine/index'

export const en = EXCLUSIONS_EN
