// Korean for ./workspace-menu.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './workspace-menu'

export const ko = {
  'workspaceMenu.saved': '저장된 작업 공간',
  'workspaceMenu.none': '저장된 작업 공간이 아직 없습니다.',
  'workspaceMenu.isOpen': '(열림)',
  'workspaceMenu.new': '빈 작업 공간 만들기',
  'workspaceMenu.rename': '이름 바꾸기',
  'workspaceMenu.renameLabel': '작업 공간 이름',
  'workspaceMenu.save': '저장',
  'workspaceMenu.delete': '삭제',
  'workspaceMenu.deleteConfirm': '작업 공간 “{name}”을(를) 삭제할까요? 되돌릴 수 없습니다.',
  'workspaceMenu.deleteYes': '작업 공간 삭제',
  'workspaceMenu.export': '시나리오 파일 내보내기',
  'workspaceMenu.importAws': 'AWS 계정에서 가져오기',
  'workspaceMenu.failed': '실패했습니다: {message}',
} satisfies Messages<typeof en>
