// Korean for ./session.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './session'

export const ko = {
  'sessionPolicy.heading': '세션 정책(선택 사항)',
  'sessionPolicy.inline': '인라인 세션 정책(JSON)',
  'sessionPolicy.inlineHint':
    '정책 문서 하나를 입력합니다. 세션 정책은 권한을 더하지 못합니다. 세션은 역할의 정책과 세션 정책이 모두 허용하는 범위 안에서만 동작합니다.',
  'sessionPolicy.arns': '관리형 세션 정책',
  'sessionPolicy.arnInput': '관리형 정책 ARN',
  'sessionPolicy.arnHint': '역할과 같은 계정의 고객 관리형 정책이나 AWS 관리형 정책.',
  'sessionPolicy.add': '추가',
  'sessionPolicy.remove': '제거',
  'sessionPolicy.removeLabel': '{arn} 제거',
  'sessionPolicy.usage': '관리형 정책 {n}/{max}개 · 일반 텍스트 {size}/{limit}자',
  'sessionPolicy.limits': '이 세션은 역할의 정책과 세션 정책이 모두 허용하는 범위 안에서만 동작합니다.',
  'sessionPolicy.listLabel': '{session}의 세션 정책',
  'sessionPolicy.inlineItem': '인라인 세션 정책 {n}',
  'sessionPolicy.managedItem': '관리형 세션 정책 `{arn}`',
  'sessionPolicy.show': '문서 보기',
  'failure.badge': 'Failed before evaluation · 평가 전에 실패함',
  'failure.expired-token':
    '요청이 평가 전에 실패합니다. 세션 `{session}`이(가) {time}에 만료되었습니다 — AWS는 `ExpiredToken`을 반환합니다.',
  'failure.unknown-session':
    '요청이 평가 전에 실패합니다. 이 시나리오는 세션 `{session}`을(를) 발급한 적이 없어 요청에 서명할 자격 증명이 없습니다 — AWS는 `InvalidClientTokenId`를 반환합니다. 먼저 역할을 수임해 그 세션으로 동작하세요.',
} satisfies Messages<typeof en>
