// Korean for ./result.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './result'

export const ko = {
  'decision.heading': '결정',
  // The English word leads so the decision reads the same to tests and assistive technology in every language.
  'decision.Allow': 'Allowed · 허용됨',
  'decision.ExplicitDeny': 'Explicitly denied · 명시적으로 거부됨',
  'decision.ImplicitDeny': 'Implicitly denied · 암시적으로 거부됨',
  'decision.pending': '엔진 워커에서 평가하는 중…',
  'decision.decidedBy': '결정한 명령문',
  'decision.decisiveList': '결정적인 명령문',
  'decision.statement': '{policy}, 명령문 {n}',
  'engine.failed': '엔진이 실패했습니다.',
  'engine.loadFailed': '엔진 워커를 불러오지 못했습니다',
  'engine.timeout': '엔진이 {seconds}초 넘게 걸려 다시 시작했습니다',
  'engine.retry': '다시 시도',
  'checks.label': '자격 증명 기반 정책 {n} 검사',
  'checks.none': 'AWS 카탈로그로 검사함: 문제 없음.',
  'trace.label': '평가 추적',
  'trace.full': '전체 추적',
  'trace.verdict.Allow': '허용',
  'trace.verdict.ExplicitDeny': '명시적 거부',
  'trace.verdict.ImplicitDeny': '허용하지 않음',
  'trace.verdict.NotApplicable': '해당 없음',
  'trace.invalidPolicy': 'AWS 정책 문법에 맞지 않아 건너뜀',
  'trace.statement': '명령문 {n}',
  'answer.heading': '결과',
  'answer.empty': '보안 주체, 작업, 리소스를 입력하면 결정이 표시됩니다.',
  'answer.unresolved': '이름은 있지만 정의되지 않음(평가에 참여하지 않음): {list}',
  'answer.open': '편집기에서 {policy}, 명령문 {n} 열기',
  'answer.missing': '요청에 없는 조건 키',
  'answer.missingAdd': '추가',
  'answer.missingAddLabel': '요청에 컨텍스트 키 {key} 추가',
  'answer.batch': '모든 작업과 리소스에 대한 결과',
  'answer.principalIs': '{arn}(으)로 평가함',
  'answer.notInScenario': '이 시나리오에 없음',
  'answer.unknownPrincipal': '계정 {account}에 `{arn}` 보안 주체가 없습니다. 정책이 없는 보안 주체로 평가했습니다.',
  'answer.unknownResource': '이 시나리오에 `{arn}` 리소스가 없습니다. 리소스 기반 정책 없이 평가했습니다.',
  'answer.didYouMean': '다음을 사용하시겠습니까?',
  'answer.useSuggestion': '{name} 사용',
} satisfies Messages<typeof en>
