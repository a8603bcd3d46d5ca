// Korean for ./engine-request.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './engine-request'

export const ko = {
  'check.principal-not-arn':
    '`{value}`은(는) 보안 주체가 아닙니다. ARN(`arn:aws:iam::111122223333:user/NAME`), `user/NAME`, `role/NAME`, `assumed-role/ROLE/SESSION`, `root`, 계정 ID, 서비스 보안 주체(`ec2.amazonaws.com`) 또는 `anonymous`로 입력하세요',
  'check.principal-not-arn-fix':
    '`{value}`은(는) 보안 주체 ARN도 `user/NAME` 같은 짧은 형식도 아닙니다. `{fix}`을(를) 뜻했나요?',
  'check.action-not-name': '`{value}`은(는) 작업이 아닙니다. `서비스:작업` 형식으로 입력하세요. 예: `s3:GetObject`',
  'check.action-pattern': '`{value}`은(는) 패턴입니다. 요청은 작업 하나를 묻습니다. 예: `s3:GetObject`',
  'check.resource-not-arn':
    '`{value}`은(는) ARN이 아닙니다. `arn:aws:SERVICE:REGION:ACCOUNT:RESOURCE` 형식으로 입력하거나, 리소스가 없는 작업이면 `*`를 입력하세요',
  'check.context-too-long': '`{key}`의 키 또는 값이 {max}자보다 깁니다',
  'check.environment-too-long': '{max}자보다 깁니다',
  'check.source-ip': '`{value}`은(는) IP 주소가 아닙니다. 예: `203.0.113.7` 또는 `2001:db8::1`',
  'check.resource-none-needed':
    '`{action}`은(는) 리소스 유형 없이 동작합니다. AWS는 이 작업을 `{resource}`이(가) 아니라 `*`에 대해 묻습니다',
  'check.resource-star':
    '`{action}`의 리소스 유형은 {types}입니다. `*`로 물으면 `Resource`가 모든 텍스트와 일치하는 명령문만 적용됩니다',
  'check.resource-type-mismatch':
    '`{action}`의 리소스 유형은 {types}입니다. `{resource}`은(는) {service}의 `{type}` 유형 리소스입니다',
  'check.resource-type-unknown':
    '`{action}`의 리소스 유형은 {types}입니다. `{resource}`은(는) 이 중 어느 것도 아닙니다',
} satisfies Messages<typeof en>
