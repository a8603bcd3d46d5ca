// What the policy validator says in the editor (lint messages, help lines, quick-fix titles). English is the engine's
// own (src/engine/messages/diagnostics.en.ts, written once); Korean has every key.

import { DIAGNOSTICS_EN } from '../../../engine/index'

export const en = DIAGNOSTICS_EN
