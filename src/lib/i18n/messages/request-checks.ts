// The request form's field checks: the one-click fixes beside a field's message, and the answer pane's pointer to them.

import type { Messages } from './types'

export const en = {
  'requestCheck.fix': 'Use {value}',
  'requestCheck.fixes': 'Fixes for {field}',
  'requestCheck.line': 'Line {n}: {message}',
  'requestCheck.blocked': 'Correct the marked field of the request form to see the decision.',
} as const

export const ko = {
  'requestCheck.fix': '{value} 사용',
  'requestCheck.fixes': '{field} 수정 제안',
  'requestCheck.line': '{n}번째 줄: {message}',
  'requestCheck.blocked': '결정을 보려면 요청 양식에서 표시된 필드를 고치세요.',
} satisfies Messages<typeof en>
