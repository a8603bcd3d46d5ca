// "What if…" in the answer: leave out one policy, policy type or group for this question only and compare the two
// answers. `{what}` is a phrase of the engine's exclusions or sources catalog ("SCP `X`", "group `dev`").

import type { Messages } from './types'

export const en = {
  'whatIf.heading': 'What if…',
  'whatIf.hint':
    'Leave out a policy, a policy type or a group for this question only and compare the answers. The account is not changed.',
  'whatIf.policies': 'Policies',
  'whatIf.types': 'Policy types',
  'whatIf.groups': 'Groups',
  'whatIf.toggleTitle': 'Evaluate this question without {what} (click again to put it back)',
  'whatIf.compare': 'The answer with and without what is left out',
  'whatIf.with': 'With',
  'whatIf.without': 'Without {what}',
  'whatIf.summary': 'without {what}: {decision}',
  'whatIf.clear': 'Clear',
  'whatIf.pending': 'Evaluating without it…',
  'whatIf.failed': 'Could not evaluate the question without it: {error}',
  'whatIf.same': 'The decision is the same without it.',
  'whatIf.tookNoPart': '{what} took no part in this request.',
} as const

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
