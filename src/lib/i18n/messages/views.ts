// The top-level views' tab names. English is the source of truth; Korean has every key.

import type { Messages } from './types'

export const en = {
  'views.label': 'Views',
  'views.playground': 'Playground',
  'views.graph': 'Graph',
  'views.matrix': 'Access matrix',
  'views.credentials': 'Credentials',
  'views.activity': 'Activity',
  'views.findings': 'Findings',
} as const

export const ko = {
  'views.label': '보기',
  'views.playground': '플레이그라운드',
  'views.graph': '그래프',
  'views.matrix': '액세스 매트릭스',
  'views.credentials': '자격 증명',
  'views.activity': '활동',
  'views.findings': '발견 사항',
} satisfies Messages<typeof en>
