// Korean for ./shell.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './shell'

export const ko = {
  'app.title': 'IAM 플레이그라운드',
  'app.tagline':
    '브라우저에서 AWS IAM 정책을 평가합니다. 엔진은 웹 워커에서 실행되며, 아무것도 서버로 보내지 않습니다.',
  'embed.open': '플레이그라운드에서 열기 ↗',
  'conflict.label': '다른 탭에서 이 작업 공간을 변경했습니다',
  'conflict.keepMine': '내 버전 유지',
  'conflict.takeTheirs': '다른 탭의 버전 사용',
  'app.loading': '작업 공간을 여는 중…',
  'app.loadingPart': '불러오는 중…',
  'app.loadPartFailed': '이 부분을 불러오지 못했습니다: {error}',
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
  'storage.unavailable':
    '이 브라우저에서는 여기에 저장소를 쓸 수 없어 메모리에서 작업합니다. 변경 사항은 이 탭을 닫을 때까지만 유지됩니다.',
  'storage.denied':
    '브라우저가 이 페이지에서 저장소를 허용하지 않습니다(시크릿 창 또는 샌드박스 프레임). 메모리에서 작업하며, 변경 사항은 이 탭을 닫을 때까지만 유지됩니다.',
  'storage.blocked':
    '다른 플레이그라운드 탭이 저장소를 사용 중입니다. 다른 탭을 닫고 새로 고치세요. 지금은 메모리에서 작업하며, 변경 사항은 이 탭을 닫을 때까지만 유지됩니다.',
  'storage.upgradeFailed': '저장소 업그레이드에 실패했습니다. 데이터는 바뀌지 않았으며, 메모리에서 작업합니다.',
  'storage.newerVersion':
    '다른 탭이 더 새로운 버전의 플레이그라운드로 저장했습니다. 이 탭을 새로 고치세요. 지금은 메모리에서 작업하며, 변경 사항은 이 탭을 닫을 때까지만 유지됩니다.',
  'storage.quotaAtOpen':
    '브라우저 저장소가 가득 찼습니다. 메모리에서 작업하며, 변경 사항은 이 탭을 닫을 때까지만 유지됩니다.',
  'storage.quota': '브라우저 저장소가 가득 찼습니다. 최근 변경 사항은 이 탭에만 남아 있으며 저장되지 않습니다.',
  'storage.versionChange':
    '다른 탭에서 플레이그라운드가 업데이트되었습니다. 이 탭을 새로 고치세요. 지금부터의 변경 사항은 저장되지 않습니다.',
  'storage.closed': '브라우저가 저장소를 닫았습니다. 지금부터의 변경 사항은 이 탭에만 남아 있으며 저장되지 않습니다.',
  'offline.updateAvailable': '플레이그라운드의 새 버전을 사용할 수 있습니다.',
  'offline.reload': '새로 고침',
} satisfies Messages<typeof en>
