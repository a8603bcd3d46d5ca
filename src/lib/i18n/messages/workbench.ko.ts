// Korean for ./workbench.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './workbench'

export const ko = {
  'workbench.clock.group': '시뮬레이션 시계',
  'workbench.clock.label': '시계',
  'workbench.clock.real': '실제 시간',
  'workbench.clock.hint': '시뮬레이션 계정의 시간입니다. 자격 증명의 경과, 세션 만료, 날짜 조건이 이 시간을 따릅니다.',
  'workbench.clock.plusOne': '+1일',
  'workbench.clock.plus': '+{n}일',
  'workbench.clock.plusTitle': '시계를 {n}일 앞으로',
  'workbench.clock.set': '시계 설정 (UTC)',
  'workbench.clock.reset': '실제 시간으로 되돌리기',
  'workbench.clock.more': '설정…',
  'workbench.lessons': '학습',
} satisfies Messages<typeof en>
