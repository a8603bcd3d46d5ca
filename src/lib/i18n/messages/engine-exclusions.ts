// What a "what if" question left out, as the engine names it ("SCPs", "group `dev`"). English is the engine's own
// (src/engine/messages/exclusions.en.ts, written once); Korean has every key. Each phrase stands before "없이".

import { EXCLUSIONS_EN } from '../../../engine/index'
import type { Messages } from './types'

export const en = EXCLUSIONS_EN

export const ko = {
  'exclusion.type.scp': '모든 SCP',
  'exclusion.type.rcp': '모든 RCP',
  'exclusion.type.resource': '리소스 기반 정책',
  'exclusion.type.identity': '모든 자격 증명 기반 정책',
  'exclusion.type.boundary': '권한 경계',
  'exclusion.type.session': '모든 세션 정책',
  'exclusion.group': '그룹 `{name}`',
  'exclusion.policy': '정책 `{id}`',
} satisfies Messages<typeof en>
