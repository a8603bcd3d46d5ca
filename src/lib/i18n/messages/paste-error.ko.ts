// Korean for ./paste-error.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './paste-error'

export const ko = {
  'pasteError.button': '오류 붙여넣기',
  'pasteError.title': 'AWS 오류 붙여넣기',
  'pasteError.intro':
    'AWS가 호출을 거부할 때 출력한 내용(CLI, SDK, 콘솔의 AccessDenied 메시지, EC2의 UnauthorizedOperation, CloudTrail 이벤트)을 붙여넣으면 플레이그라운드가 같은 질문을 합니다.',
  'pasteError.label': 'AWS 오류 메시지',
  'pasteError.placeholder':
    'User: arn:aws:iam::111122223333:user/alice is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::bucket/key because no identity-based policy allows the s3:GetObject action',
  'pasteError.fill': '요청 채우기',
  'pasteError.cancel': '취소',
  'pasteError.heading': 'AWS 오류와 플레이그라운드 비교',
  'pasteError.agrees': '같은 답',
  'pasteError.differs': '다른 답',
  'pasteError.asked': '요청: {principal} · {action} · {resource}',
  'pasteError.sessionAdded': 'AWS가 발급한 것처럼 세션 `{arn}`을(를) 시나리오에 추가했습니다(실행 취소로 제거됩니다).',
  'pasteError.noPrincipal':
    '메시지에 호출자가 없어 보안 주체는 `{principal}`(으)로 유지됩니다. 인코딩된 메시지를 디코딩하면 호출자를 알 수 있습니다.',
  'pasteError.encoded':
    'EC2는 인코딩된 권한 부여 실패 메시지도 주었습니다. `aws sts decode-authorization-message --encoded-message …`로 AWS의 전체 판단 근거를 볼 수 있습니다.',
  'pasteError.dismiss': '닫기',
  'cliCopy.button': 'AWS CLI로 복사',
  'cliCopy.heading': '정책 시뮬레이터로 AWS에서 확인하기',
  'cliCopy.principal': '`simulate-principal-policy`: AWS 계정의 사용자 또는 역할',
  'cliCopy.custom': '`simulate-custom-policy`: 시나리오의 정책 문서',
  'cliCopy.copy': '복사',
  'cliCopy.copied': '클립보드에 복사했습니다.',
  'cliCopy.copyFailed': '브라우저가 클립보드 사용을 거부했습니다. 명령을 선택해 복사하세요.',
} satisfies Messages<typeof en>
