// The request form's checks as the engine says them (src/engine/messages/request.en.ts); Korean has every key.

import { REQUEST_EN } from '../../../engine/index'

export const en = REQUEST_EN
