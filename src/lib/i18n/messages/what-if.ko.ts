// Korean for ./what-if.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './what-if'

export const ko = {
  'whatIf.heading': '가정해 보기…',
  'whatIf.hint':
    '이 질문에서만 정책, 정책 유형 또는 그룹 하나를 빼고 평가해 두 답을 비교합니다. 계정은 바뀌지 않습니다.',
  'whatIf.policies': '정책',
  'whatIf.types': '정책 유형',
  'whatIf.groups': '그룹',
  'whatIf.toggleTitle': '{what} 없이 이 질문을 평가합니다(다시 누르면 되돌립니다)',
  'whatIf.compare': '뺀 것이 있을 때와 없을 때의 답',
  'whatIf.with': '현재',
  'whatIf.without': '가정: {what} 없이',
  'whatIf.summary': '{what} 없이: {decision}',
  'whatIf.clear': '지우기',
  'whatIf.pending': '빼고 평가하는 중…',
  'whatIf.failed': '빼고 평가하지 못했습니다: {error}',
  'whatIf.same': '빼도 결정은 같습니다.',
  'whatIf.tookNoPart': '{what}은(는) 이 요청에 참여하지 않았습니다.',
} satisfies Messages<typeof en>
