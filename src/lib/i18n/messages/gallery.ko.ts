// Korean for ./gallery.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './gallery'

export const ko = {
  'gallery.title': '시나리오 갤러리',
  'gallery.intro': '시나리오는 새 작업 공간으로 열리며, 다른 작업 공간은 그대로 남습니다.',
  'gallery.search': '시나리오 검색',
  'gallery.count': '표시된 시나리오: {n}',
  'gallery.noMatch': '“{query}”와(과) 일치하는 시나리오가 없습니다.',
  'gallery.tags': '태그',
  'gallery.open': '열기',
  'gallery.close': '닫기',
  'gallery.loadFailed': '이 시나리오를 열 수 없습니다: {message}',
} satisfies Messages<typeof en>
