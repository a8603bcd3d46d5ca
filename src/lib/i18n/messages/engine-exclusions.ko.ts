// Korean for ./engine-exclusions.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './engine-exclusions'

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
