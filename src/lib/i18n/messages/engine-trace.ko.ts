// Korean for ./engine-trace.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './engine-trace'

export const ko = {
  'trace.joined': '{first}; {then}',

  'element.action.matched': '`{action}`이(가) `{pattern}`와(과) 일치합니다',
  'element.action.none': '`{action}`이(가) {patterns} 중 어느 것과도 일치하지 않습니다',
  'element.notAction.excluded': '`{action}`은(는) `NotAction`의 `{pattern}`에 의해 제외됩니다',
  'element.notAction.covered': '`{action}`은(는) `NotAction` {patterns}에 없으므로 이 명령문의 대상입니다',
  'element.resource.trust': '신뢰 정책의 명령문은 그 정책이 속한 역할을 대상으로 합니다',
  'element.resource.missing': '명령문에 `Resource`가 없습니다',
  'element.resource.matched': '`{resource}`이(가) `{pattern}`와(과) 일치합니다',
  'element.resource.none': '`{resource}`이(가) {patterns} 중 어느 것과도 일치하지 않습니다',
  'element.notResource.excluded': '`{resource}`은(는) `NotResource`의 `{pattern}`에 의해 제외됩니다',
  'element.notResource.covered': '`{resource}`은(는) `NotResource` {patterns}에 없으므로 이 명령문의 대상입니다',
  'element.variableNoValue':
    '`{entry}`은(는) 어떤 값과도 일치하지 않습니다. 요청에 정책 변수 `{variable}`의 값이 없습니다',
  'element.principal.covered': '`{caller}`은(는) `Principal` `{entry}`에 해당합니다({how})',
  'element.principal.notAmong': '`{caller}`은(는) `Principal` {patterns}에 없습니다',
  'element.principal.missing': '명령문에 `Principal`이 없어 아무에게도 적용되지 않습니다',
  'element.notPrincipal.excluded': '`{caller}`은(는) `NotPrincipal`의 `{entry}`에 의해 제외됩니다',
  'element.notPrincipal.boundary':
    '`{caller}`에게는 권한 경계가 있고, `NotPrincipal`을 쓴 `Deny`는 이런 보안 주체를 항상 거부합니다',
  'element.notPrincipal.covered': '`{caller}`은(는) `NotPrincipal` {patterns}에 없으므로 이 명령문의 대상입니다',

  'principal.how.user': '호출자를 지정함',
  'principal.how.session': '역할 세션을 지정함',
  'principal.how.role': '역할을 지정함',
  'principal.how.account': '계정을 지정함: 그 계정의 자격 증명 기반 정책에 맡김',
  'principal.how.wildcard': '모든 사람을 지정함',
  'principal.how.service': '서비스를 지정함',
  'principal.how.federated': '자격 증명 공급자를 지정함',

  'condition.held': '`{key}`에 대한 조건 `{operator}` 충족: 요청 값 {request}, 정책 값 {values}',
  'condition.failed': '`{key}`에 대한 조건 `{operator}` 불충족: 요청 값 {request}, 정책 값 {values}',
  'condition.missing.held':
    '`{key}`에 대한 조건 `{operator}` 충족: 요청에 `{key}`이(가) 없고, 이 연산자는 키가 없을 때 충족됩니다',
  'condition.missing.failed': '`{key}`에 대한 조건 `{operator}` 불충족: 요청에 `{key}`이(가) 없습니다',
  'condition.error.held': '`{key}`에 대한 조건 `{operator}` 충족: {error}',
  'condition.error.failed': '`{key}`에 대한 조건 `{operator}` 불충족: {error}',
  'condition.operator.unknown': '`{operator}`은(는) 알 수 없는 조건 연산자입니다',
  'condition.operator.suggest':
    '`{operator}`은(는) 알 수 없는 조건 연산자입니다(연산자 이름은 대소문자를 구분합니다. `{suggestion}`을(를) 쓰려던 것인가요?)',
  'condition.policyValue.arn': '정책 값 `{value}`은(는) 콜론으로 나뉜 부분이 여섯 개보다 적어 ARN이 아닙니다',
  'condition.policyValue.binary': '정책 값 `{value}`은(는) base64가 아닙니다',
  'condition.policyValue.bool': '정책 값 `{value}`은(는) `true`나 `false`가 아닙니다',
  'condition.policyValue.date': '정책 값 `{value}`은(는) 날짜가 아닙니다',
  'condition.policyValue.ip': '정책 값 `{value}`은(는) IP 주소나 CIDR 범위가 아닙니다',
  'condition.policyValue.null': '`Null`의 정책 값 `{value}`은(는) `true`나 `false`여야 합니다',
  'condition.policyValue.numeric': '정책 값 `{value}`은(는) 숫자가 아닙니다',
  'condition.policyValue.variable': '{problem}(`{family}` 연산자에는 정책 변수를 쓸 수 없습니다)',
  'condition.requestValue.arn': '요청 값 `{value}`은(는) ARN이 아닙니다',
  'condition.requestValue.binary': '요청 값 `{value}`은(는) base64가 아닙니다',
  'condition.requestValue.bool': '요청 값 `{value}`은(는) `true`나 `false`가 아닙니다',
  'condition.requestValue.date':
    '요청 값 `{value}`은(는) 날짜가 아닙니다(`2026-01-01T00:00:00Z` 같은 ISO 8601 형식이나 유닉스 시간(초)이어야 합니다)',
  'condition.requestValue.ip': '요청 값 `{value}`은(는) IP 주소가 아닙니다',
  'condition.requestValue.numeric': '요청 값 `{value}`은(는) 숫자가 아닙니다',

  'statement.policyInvalid': '건너뜀: AWS가 거부할 정책이므로 어떤 명령문도 효력이 없습니다',
  'statement.invalid': '건너뜀: 명령문이 정책 문법에 맞지 않습니다',
  'statement.allows': '적용됨: 요청을 허용합니다',
  'statement.denies': '적용됨: 요청을 거부합니다',
  'statement.allowsVia': '적용됨: 요청을 허용합니다(`Principal`이 {how})',
  'statement.deniesVia': '적용됨: 요청을 거부합니다(`Principal`이 {how})',
  'statement.doesNotApply': '적용되지 않음: {reason}',
  'statement.conditionFailed': '적용되지 않음: 조건이 충족되지 않았습니다',

  'policyType.scp': '서비스 제어 정책',
  'policyType.rcp': '리소스 제어 정책',
  'policyType.resource': '리소스 기반 정책',
  'policyType.identity': '자격 증명 기반 정책',
  'policyType.boundary': '권한 경계',
  'policyType.session': '세션 정책',
  'policyType.trust': '역할 신뢰 정책',
  'policyType.scpLevel': '수준 {level}의 SCP',
  'policyType.rcpLevel': '수준 {level}의 RCP',
  'policyType.note.scpNotIam': 'SCP가 적용되지 않습니다. 호출자가 계정의 IAM 보안 주체가 아닙니다',
  'policyType.note.scpServiceLinked': 'SCP는 서비스 연결 역할을 제한하지 않습니다',
  'policyType.note.rcpService': 'RCP는 서비스 보안 주체에 적용되지 않습니다',
  'policyType.note.noResourcePolicy': '리소스 기반 정책이 없습니다',
  'policyType.note.identityRoot': '자격 증명 기반 정책은 루트 사용자에게 적용되지 않습니다',
  'policyType.note.identityNone': '호출자에게 자격 증명 기반 정책이 없습니다',
  'policyType.note.denies': '{type}의 명령문이 요청을 거부합니다',
  'policyType.note.allows': '{type}에서 요청을 허용합니다',
  'policyType.note.allow': '{type}에서 요청을 허용합니다',
  'policyType.note.rcpPass': '적용되는 RCP 명령문이 없습니다. RCPFullAWSAccess가 요청을 다른 정책에 맡깁니다',
  'policyType.note.nothing': '{type}에 요청을 허용하는 것이 없습니다',

  'rule.get-caller-identity': '`sts:GetCallerIdentity`에는 권한이 필요 없습니다. 항상 허용됩니다',
  'rule.credentials-expired':
    '세션 `{principal}`의 자격 증명이 {expiresAt}에 만료되었습니다. 이 자격 증명으로 보낸 요청은 모두 거부됩니다',
  'rule.credentials-invalid':
    '이 시나리오는 세션 `{principal}`을(를) 발급한 적이 없습니다. 요청에 서명할 자격 증명이 없으므로 요청이 거부됩니다',
  'rule.explicit-deny': '{type}의 명시적 거부: 명시적 거부는 어떤 허용보다도 우선합니다',
  'rule.scp-no-allow': '조직 수준 {level}의 어떤 SCP도 `{action}`을(를) 허용하지 않습니다',
  'rule.aws-owned-resource': 'AWS 관리형 정책은 바꿀 수 없습니다. 정책이 무엇을 허용하든 AWS만 업데이트합니다',
  'rule.aws-owned-resource.role':
    '`/aws-reserved/` 아래의 역할은 보호됩니다. 정책이 무엇을 허용하든 AWS만 변경할 수 있습니다',
  'rule.aws-owned-resource.alias':
    '`alias/aws/` 아래의 KMS 별칭은 AWS 관리형 키의 것입니다. 정책이 무엇을 허용하든 누구도 만들거나 바꾸거나 삭제할 수 없습니다',
  'rule.root-cannot-assume-role': '계정 루트 사용자는 역할을 수임할 수 없습니다',
  'rule.kms-key-policy-no-allow':
    'KMS 키 정책이 이 요청을 허용하지 않습니다. 자격 증명 기반 정책만으로는 KMS 키에 액세스할 수 없습니다',
  'rule.root-user': '계정 루트 사용자는 자기 계정에서 모든 권한을 가집니다',
  'rule.anonymous-no-allow': '익명 요청은 모든 사람을 허용하는 리소스 기반 정책이 있어야만 허용됩니다',
  'rule.service-allow': '{type}에서 서비스 보안 주체 `{principal}`을(를) 허용합니다',
  'rule.service-allow.provider': '{type}에서 자격 증명 공급자 `{principal}`을(를) 허용합니다',
  'rule.service-no-allow': '{type} 가운데 서비스 보안 주체 `{principal}`을(를) 허용하는 것이 없습니다',
  'rule.service-no-allow.provider': '{type} 가운데 자격 증명 공급자 `{principal}`을(를) 허용하는 것이 없습니다',
  'rule.trust-no-allow': '역할의 신뢰 정책이 `{principal}`에게 `{action}`을(를) 허용하지 않습니다',
  'rule.cross-account-resource-no-allow':
    '계정 간 요청: 계정 {resourceAccount}의 리소스에 `{principal}`을(를) 허용하는 리소스 기반 정책이 없습니다',
  'rule.cross-account-identity-no-allow':
    '계정 간 요청: 리소스 기반 정책은 허용하지만, 허용하는 자격 증명 기반 정책이 없습니다',
  'rule.cross-account-allow': '계정 간 요청: 리소스 기반 정책과 호출자 쪽 정책이 모두 허용합니다',
  'rule.cross-account-allow.root': '계정 간 요청: 리소스 기반 정책이 다른 계정을 허용합니다',
  'rule.boundary-no-allow': '권한 경계가 `{action}`을(를) 허용하지 않습니다',
  'rule.session-no-allow': '`{action}`을(를) 허용하는 세션 정책이 없습니다',
  'rule.resource-policy-direct': '리소스 기반 정책이 `{principal}`을(를) 지정해 허용합니다',
  'rule.resource-policy-direct.wildcard': '리소스 기반 정책이 모든 사람을 허용합니다(`Principal: "*"`)',
  'rule.resource-policy-direct.anonymous': '리소스 기반 정책이 익명 액세스를 허용합니다(`Principal: "*"`)',
  'rule.trust-allow': '신뢰 정책이 `{principal}`을(를) 지정해 허용합니다',
  'rule.trust-allow.wildcard': '신뢰 정책이 모든 사람을 허용합니다(`Principal: "*"`)',
  'rule.identity-allow': '자격 증명 기반 정책이 허용하고, 거부하는 정책은 없습니다',
  'rule.resource-policy-role': '리소스 기반 정책이 역할을 지정해 허용합니다',
  'rule.no-allow': '`{resource}`에 대한 `{action}`을(를) 허용하는 정책이 없습니다: 암시적 거부',
  'rule.no-allow.delegated': '리소스 기반 정책은 계정에 맡기지만, 허용하는 자격 증명 기반 정책이 없습니다',

  'noAllow.credentials-expired': '세션 자격 증명이 만료되어 어떤 정책도 평가하지 않았습니다',
  'noAllow.credentials-invalid': '발급된 적이 없는 세션이므로 어떤 정책도 평가하지 않았습니다',
  'noAllow.trust-no-allow': '역할의 신뢰 정책이 `{principal}`에게 `{action}`을(를) 허용하지 않습니다',
  'noAllow.kms-key-policy-no-allow':
    'KMS 키 정책이 요청을 허용하지 않으며, 자격 증명 기반 정책만으로는 KMS 키에 액세스할 수 없습니다',
  'noAllow.anonymous-no-allow': '익명 액세스를 허용하는 리소스 기반 정책이 없습니다',
  'noAllow.service-no-allow': '`{principal}`을(를) 허용하는 리소스 기반 정책이 없습니다',
  'noAllow.cross-account-resource-no-allow':
    '계정 간 요청인데, 리소스가 속한 계정의 리소스 기반 정책 가운데 호출자를 허용하는 것이 없습니다',
  'noAllow.root-cannot-assume-role': '계정 루트 사용자는 신뢰 정책과 관계없이 역할을 수임할 수 없습니다',
  'noAllow.no-allow':
    '`{action}`을(를) 허용하는 자격 증명 기반 정책이 없고, 그 자체로 허용하는 리소스 기반 정책도 없습니다',
  'noAllow.cross-account-identity-no-allow':
    '리소스 기반 정책은 허용하지만, 계정 간 요청에는 자격 증명 기반 정책의 허용도 필요한데 허용하는 것이 없습니다',

  'noAllow.step.request': '인증 단계에서 허용을 찾지 못했습니다: {reason}',
  'noAllow.step.deny': '명시적 거부 확인 단계에서 허용을 찾지 못했습니다: {reason}',
  'noAllow.step.scp': '서비스 제어 정책에서 허용을 찾지 못했습니다: {reason}',
  'noAllow.step.rcp': '리소스 제어 정책에서 허용을 찾지 못했습니다: {reason}',
  'noAllow.step.resource': '리소스 기반 정책에서 허용을 찾지 못했습니다: {reason}',
  'noAllow.step.trust': '역할 신뢰 정책에서 허용을 찾지 못했습니다: {reason}',
  'noAllow.step.identity': '자격 증명 기반 정책에서 허용을 찾지 못했습니다: {reason}',
  'noAllow.step.boundary': '권한 경계에서 허용을 찾지 못했습니다: {reason}',
  'noAllow.step.session': '세션 정책에서 허용을 찾지 못했습니다: {reason}',
  'noAllow.step.decision': '결정 단계에서 허용을 찾지 못했습니다: {reason}',
} satisfies Messages<typeof en>
