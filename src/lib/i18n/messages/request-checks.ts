// The request form's field checks: the one-click fixes beside a field's message, and the sourceIp field's own check.

import type { Messages } from './types'

export const en = {
  'requestCheck.fix': 'Use {value}',
  'requestCheck.fixes': 'Fixes for {field}',
  'requestCheck.line': 'Line {n}: {message}',
  'requestCheck.context': '{key}: {message}',
} as const

export const ko = {
  'requestCheck.fix': '{value} 사용',
  'requestCheck.fixes': '{field} 수정 제안',
  'requestCheck.line': '{n}번째 줄: {message}',
  'requestCheck.context': '{key}: {message}',
} satisfies Messages<typeof en>
