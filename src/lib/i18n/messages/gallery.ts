// The scenario gallery. English is the source of truth; Korean has every key.

import type { Messages } from './types'

export const en = {
  'gallery.title': 'Scenario gallery',
  'gallery.intro': 'Each scenario opens as a new workspace; your other workspaces are kept.',
  'gallery.search': 'Search scenarios',
  'gallery.count': 'Scenarios shown: {n}',
  'gallery.noMatch': 'No scenario matches “{query}”.',
  'gallery.tags': 'Tags',
  'gallery.open': 'Open',
  'gallery.close': 'Close',
  'gallery.loadFailed': 'This scenario could not be opened: {message}',
} as const

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
