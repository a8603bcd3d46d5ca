// Korean for ./remedy.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './remedy'

export const ko = {
  'remedy.heading': '무엇이 있으면 허용될까',
  'remedy.running': '찾는 중…',
  'remedy.count': '{n}가지 방법',
  'remedy.countOne': '1가지 방법',
  'remedy.none': '찾지 못함',
  'remedy.hint':
    '이 요청을 허용하게 만드는 가장 작은 변경입니다. 각 변경은 요청을 다시 시뮬레이션해서 확인했습니다. 정책 변경은 실행 취소로 되돌릴 수 있습니다.',
  'remedy.list': '요청을 허용하게 만드는 변경',
  'remedy.apply': '적용',
  'remedy.preview': '변경 내용 보기',
  'remedy.combined': '다음을 모두 함께:',
  'remedy.shared': '이 정책은 다른 자격 증명 {n}개에도 연결되어 있습니다.',
  'remedy.applied': '적용함: {label}',
  'remedy.undo': '되돌리기',
  'remedy.undoLabel': '되돌리기: {label}',
  'remedy.stale': '그 사이에 시나리오나 요청이 바뀌어 제안을 새로 계산했습니다.',
  'remedy.failed': '찾기에 실패했습니다: {error}',
  'remedy.kind.context': '요청',
  'remedy.kind.tag': '태그',
  'remedy.kind.add-statement': '허용 명령문',
  'remedy.kind.deny': '거부 명령문',
  'remedy.kind.boundary': '권한 경계',
  'remedy.kind.scp': 'SCP',
  'remedy.kind.rcp': 'RCP',
  'remedy.kind.session': '세션',
  'remedy.kind.trust': '신뢰 정책',
  'remedy.kind.combined': '여러 변경',
} satisfies Messages<typeof en>
