// Korean for ./views.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './views'

export const ko = {
  'views.label': '보기',
  'views.playground': '플레이그라운드',
  'views.graph': '그래프',
  'views.matrix': '액세스 매트릭스',
  'views.credentials': '자격 증명',
  'views.activity': '활동',
  'views.findings': '발견 사항',
} satisfies Messages<typeof en>
