// Korean for ./matrix-columns.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './matrix-columns'

export const ko = {
  'matrixColumn.chosen': '선택한 리소스 {resource}에 대해 물었습니다',
  'matrixColumn.account': '{resource}에 대해 물었습니다. 선택한 리소스는 이 작업의 리소스 유형이 아닙니다',
  'matrixColumn.noTypes': '*에 대해 물었습니다. 이 작업은 리소스 유형 없이 동작합니다',
  'matrixColumn.noFit': '{resource}에 대해 물었습니다. 계정에 이 작업의 리소스 유형인 리소스가 없습니다',
  'matrixColumn.unchecked': '{resource}에 대해 물었습니다. AWS 카탈로그에 이 작업이 없습니다',
  'matrixColumn.list': '열마다 물은 리소스',
} satisfies Messages<typeof en>
