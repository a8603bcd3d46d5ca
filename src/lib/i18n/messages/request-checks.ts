// The request form's field checks: the one-click fixes beside a field's message, and the sourceIp field's own check.

import type { Messages } from './types'

export const en = {
  'requestCheck.fix': 'Use {value}',
  'requestCheck.fixes': 'Fixes for {field}',
  'requestCheck.line': 'Line {n}: {message}',
  'requestCheck.sourceIp': 'Not an IP address: write e.g. 203.0.113.7 or 2001:db8::1; empty means none',
  'requestCheck.context': '{key}: {message}',
} as const

export const ko = {
  'requestCheck.fix': '{value} 사용',
  'requestCheck.fixes': '{field} 수정 제안',
  'requestCheck.line': '{n}번째 줄: {message}',
  'requestCheck.sourceIp': 'IP 주소가 아닙니다. 예: 203.0.113.7 또는 2001:db8::1. 비워 두면 없음입니다',
  'requestCheck.context': '{key}: {message}',
} satisfies Messages<typeof en>
