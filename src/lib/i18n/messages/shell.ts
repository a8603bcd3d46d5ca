// The app shell: title, panes, undo and redo, save status, edit conflicts, embed link, update notice.
// English is the source of truth; Korean has every key.

import type { Messages } from './types'

export const en = {
  'app.title': 'IAM Playground',
  'app.tagline':
    'Evaluates AWS IAM policies in your browser. The engine runs in a Web Worker; nothing is sent to a server.',
  'embed.open': 'Open in playground ↗',
  'conflict.label': 'Another tab changed this workspace',
  'conflict.keepMine': 'Keep my version',
  'conflict.takeTheirs': "Use the other tab's version",
  'app.loading': 'Opening your workspace…',
  'layout.resize': 'Resize {pane}',
  'layout.account': 'account pane',
  'layout.editor': 'editor pane',
  'shell.scenarios': 'Scenarios',
  'shell.language': 'Language',
  'shell.toolbar': 'Workspace tools',
  'history.undo': 'Undo',
  'history.undoNamed': 'Undo {label}',
  'history.redo': 'Redo',
  'history.redoNamed': 'Redo {label}',
  'history.restored': 'Restore edits made before the page closed',
  'saveStatus.saved': 'Saved',
  'saveStatus.saving': 'Saving…',
  'saveStatus.unsaved': 'Unsaved changes',
  'saveStatus.error': 'Not saved: storage unavailable',
  'saveStatus.conflict': 'Conflict',
  'offline.updateAvailable': 'A newer version of the playground is available.',
  'offline.reload': 'Reload',
} as const

export const ko = {
  'app.title': 'IAM 플레이그라운드',
  'app.tagline':
    '브라우저에서 AWS IAM 정책을 평가합니다. 엔진은 웹 워커에서 실행되며, 아무것도 서버로 보내지 않습니다.',
  'embed.open': '플레이그라운드에서 열기 ↗',
  'conflict.label': '다른 탭에서 이 작업 공간을 변경했습니다',
  'conflict.keepMine': '내 버전 유지',
  'conflict.takeTheirs': '다른 탭의 버전 사용',
  'app.loading': '작업 공간을 여는 중…',
  'layout.resize': '{pane} 크기 조정',
  'layout.account': '계정 창',
  'layout.editor': '편집기 창',
  'shell.scenarios': '시나리오',
  'shell.language': '언어',
  'shell.toolbar': '작업 공간 도구',
  'history.undo': '실행 취소',
  'history.undoNamed': '실행 취소: {label}',
  'history.redo': '다시 실행',
  'history.redoNamed': '다시 실행: {label}',
  'history.restored': '페이지를 닫기 전에 한 편집 복원',
  'saveStatus.saved': '저장됨',
  'saveStatus.saving': '저장하는 중…',
  'saveStatus.unsaved': '저장되지 않은 변경 사항',
  'saveStatus.error': '저장 안 됨: 저장소를 사용할 수 없음',
  'saveStatus.conflict': '충돌',
  'offline.updateAvailable': '플레이그라운드의 새 버전을 사용할 수 있습니다.',
  'offline.reload': '새로 고침',
} satisfies Messages<typeof en>
