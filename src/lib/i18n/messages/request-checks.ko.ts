// Korean for ./request-checks.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './request-checks'

export const ko = {
  'requestCheck.fix': '{value} 사용',
  'requestCheck.fixes': '{field} 수정 제안',
  'requestCheck.line': '{n}번째 줄: {message}',
  'requestCheck.blocked': '결정을 보려면 요청 양식에서 표시된 필드를 고치세요.',
} satisfies Messages<typeof en>
