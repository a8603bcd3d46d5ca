// What the scenario edits say: why an edit was refused (shown by the form field), what an edit did (the undo menu's
// label) and the credential rules a password is checked against. English is the engine's own
// (src/engine/messages/edits.en.ts and credentials.en.ts, written once); Korean has every key.

import { CREDENTIALS_EN } from '../../../engine/index'
import { EDITS_EN } from '../../../engine/index'

export const en = { ...EDITS_EN, ...CREDENTIALS_EN } as const
