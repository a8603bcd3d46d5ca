// Korean for ./engine-remedy.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './engine-remedy'

export const ko = {
  'remedy.op.set-context': '컨텍스트 키 `{key}`을(를) `{value}`(으)로 설정해 요청',
  'remedy.op.remove-context': '컨텍스트 키 `{key}` 없이 요청',
  'remedy.op.set-environment': '요청 환경에 {fields}을(를) 지정해 `{key}`이(가) `{value}`이(가) 되도록 요청',
  'remedy.op.set-tag': '{entity}에 태그 `{key}` = `{value}` 지정',
  'remedy.op.new-inline': '{entity}에 `{action}`을(를) 허용하는 인라인 정책 `{policy}` 추가',
  'remedy.op.add-inline': '{entity}의 인라인 정책 `{policy}`에 `{action}`을(를) 허용하는 명령문 추가',
  'remedy.op.add-managed':
    '고객 관리형 정책 `{policy}`에 `{action}`을(를) 허용하는 명령문 추가(새 기본 버전 `{version}`)',
  'remedy.op.add-resource': '{policy}에 {principal}의 `{action}` 호출을 허용하는 명령문 추가',
  'remedy.op.new-resource-policy': '`{resource}`에 {principal}의 `{action}` 호출을 허용하는 리소스 기반 정책 추가',
  'remedy.op.add-trust': '역할 `{role}`의 신뢰 정책에 `{action}`용으로 {principal} 추가',
  'remedy.op.add-boundary': '권한 경계 `{policy}`에 `{action}` 추가(새 기본 버전 `{version}`)',
  'remedy.op.remove-boundary': '{entity}에서 권한 경계 `{policy}` 제거',
  'remedy.op.add-org-policy': '{node}에 연결된 {type} `{policy}`에 `{action}`을(를) 허용하는 명령문 추가',
  'remedy.op.new-scp': '`{action}`을(를) 허용하는 SCP `{policy}`을(를) 만들어 {node}에 연결',
  'remedy.op.attach-full-access': '{node}에 SCP `FullAWSAccess` 다시 연결',
  'remedy.op.add-session': '세션 `{session}`의 {policy}에서 `{action}` 허용',
  'remedy.op.new-session-policy': '세션 `{session}`에 `{action}`을(를) 허용하는 세션 정책 전달',
  'remedy.op.renew-session': '역할 다시 수임: {time}에 발급된 새 세션 `{session}`',
  'remedy.op.remove-action': '{policy}의 명령문 `{statement}`에서 `Action` 목록의 `{action}` 빼기',
  'remedy.op.exempt-action': '{policy}의 명령문 `{statement}`에서 `NotAction` 목록에 `{action}` 추가',
  'remedy.op.remove-resource': '{policy}의 명령문 `{statement}`에서 `Resource` 목록의 `{resource}` 빼기',
  'remedy.op.exempt-resource': '{policy}의 명령문 `{statement}`에서 `NotResource` 목록에 `{resource}` 추가',
  'remedy.op.drop-statement': '{policy}의 명령문 `{statement}` 삭제',
  'remedy.op.delete-inline': '{policy} 삭제',
  'remedy.op.detach-policy': '{entity}에서 {policy} 분리',
  'remedy.op.detach-org-policy': '{node}에서 {policy} 분리',
  'remedy.op.delete-policy': '{policy} 삭제',

  'remedy.fields': '{fields}',
  'remedy.principal.arn': '`{arn}`',
  'remedy.principal.anonymous': '모든 사람(익명 액세스)',
  'remedy.target.context': '요청 컨텍스트',
  'remedy.target.environment': '요청 환경',

  'remedy.unreachable.root-cannot-assume-role':
    '계정 루트 사용자는 역할을 수임할 수 없습니다. 정책이나 요청을 어떻게 바꿔도 허용되지 않습니다. IAM 사용자나 역할로 로그인하세요.',
  'remedy.unreachable.aws-owned-resource':
    '이 리소스는 AWS만 변경할 수 있습니다(AWS 관리형 정책, `/aws-reserved/` 아래의 역할, `alias/aws/` 아래의 별칭). 정책이나 요청을 어떻게 바꿔도 허용되지 않습니다. 대신 직접 관리하는 리소스로 복사해 사용하세요.',
  'remedy.unreachable.session-not-issued':
    '이 시나리오는 세션 `{arn}`을(를) 발급한 적이 없어, 정책이나 요청을 어떻게 바꿔도 유효해지지 않습니다. 먼저 역할을 수임한 뒤 그 세션으로 요청하세요.',
  'remedy.unreachable.caller-outside-scenario':
    '호출자 `{arn}`은(는) 이 시나리오에 정의되어 있지 않아 그 자신의 정책을 여기서 바꿀 수 없고, 다른 변경만으로는 요청이 허용되지 않습니다.',
  'remedy.unreachable.none-found': '요청이나 시나리오를 ({max}가지까지 함께) 바꿔서 허용되는 방법을 찾지 못했습니다.',
} satisfies Messages<typeof en>
