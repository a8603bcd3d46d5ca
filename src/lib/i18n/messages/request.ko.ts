// Korean for ./request.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './request'

export const ko = {
  'request.heading': '요청',
  'request.principal': '보안 주체 (Principal)',
  'request.action': '작업 (Action)',
  'request.resource': '리소스 (Resource)',
  'request.identityPolicy': '자격 증명 기반 정책 {n}',
  'request.form': '요청',
  'request.several': '여러 개',
  'request.severalHint': '한 줄에 하나씩',
  'request.actions': '작업 (Action)',
  'request.resources': '리소스 (Resource)',
  'request.needPrincipal': '요청하는 보안 주체를 선택하세요.',
  'request.needAction': '작업을 입력하세요. 예: s3:GetObject',
  'request.needResource': '리소스 ARN을 입력하세요. 리소스가 없는 작업이면 *를 입력합니다.',
  'request.environment': '환경',
  'request.time': '시각',
  'request.timeHint': 'ISO 8601 형식, 예: 2025-01-31T12:00:00Z. 비워 두면 현재 시각입니다',
  'request.sourceIp': '소스 IP',
  'request.region': '리전',
  'request.mfa': 'MFA',
  'request.mfaWhatIf': '{name}에게 MFA 디바이스가 있다고 가정',
  'request.mfaWhatIfRoot': '루트 사용자에게 MFA 디바이스가 있다고 가정',
  'request.mfaWhatIfHint':
    '이 사용자에게는 MFA 디바이스가 없습니다(자격 증명과 발견 사항에 표시된 대로). 이 요청만 MFA로 로그인한 것처럼 평가합니다.',
  'request.secureTransport': '보안 전송',
  'request.context': '컨텍스트 키',
  'request.contextKey': '컨텍스트 키 {n}',
  'request.contextValue': '{key}의 값',
  'request.contextRemove': '컨텍스트 키 {key} 제거',
  'request.contextAdd': '컨텍스트 키 추가',
  'request.contextNone': '시나리오가 채우는 키 말고는 컨텍스트 키가 없습니다.',
  'request.evaluate': '평가',
  'request.shortcut': '양식 어디에서나 Ctrl+Enter 또는 ⌘+Enter를 누르면 평가합니다.',
} satisfies Messages<typeof en>
