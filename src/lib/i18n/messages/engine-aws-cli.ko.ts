// Korean for ./engine-aws-cli.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './engine-aws-cli'

export const ko = {
  'awsCli.principalCommand':
    'AWS 계정에 있는 그대로의 `{source}`에 대해 묻습니다. 시나리오가 아니라 그 계정에 연결된 정책이 쓰입니다(먼저 만들어 두세요. 예: 내보내기)',
  'awsCli.customCommand': '시나리오의 정책 문서를 인라인으로 넘겨 시뮬레이션합니다. 계정이 필요 없습니다',
  'awsCli.sessionAsRole':
    '시뮬레이터는 역할 세션이 아니라 역할을 받습니다. 역할 `{role}`을(를) 시뮬레이션하며 세션 정책과 세션 태그는 시뮬레이션되지 않습니다',
  'awsCli.noPrincipalCommand':
    '`simulate-principal-policy`는 사용자, 그룹, 역할만 받습니다. `{principal}`은(는) 문서로만 시뮬레이션할 수 있습니다(`simulate-custom-policy`)',
  'awsCli.orgPolicies':
    'SCP는 `simulate-principal-policy`에서만 실제 조직의 것으로 시뮬레이션되고, 리소스 제어 정책(RCP)은 전혀 시뮬레이션되지 않습니다',
  'awsCli.callerNotUser':
    '리소스 기반 정책은 IAM 사용자 호출자(`--caller-arn`)에 대해서만 시뮬레이션됩니다. `{principal}`은(는) 사용자가 아니므로 리소스 정책이 이를 지정할 수 없습니다',
  'awsCli.sessionPolicies': 'AWS 정책 시뮬레이터는 세션 정책을 시뮬레이션하지 않습니다',
} satisfies Messages<typeof en>
