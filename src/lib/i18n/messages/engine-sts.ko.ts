// Korean for ./engine-sts.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './engine-sts'

export const ko = {
  'sts.callerExpired': '호출하는 세션 `{caller}`이(가) 만료되었습니다',
  'sts.notSamlProvider':
    '`AssumeRoleWithSAML`은(는) `{caller}`이(가) 아니라 SAML 공급자(`arn:aws:iam::ACCOUNT:saml-provider/NAME`)가 호출합니다',
  'sts.notOidcProvider':
    '`AssumeRoleWithWebIdentity`은(는) `{caller}`이(가) 아니라 OIDC 공급자(`arn:aws:iam::ACCOUNT:oidc-provider/ISSUER` 또는 `accounts.google.com` 같은 기본 제공 공급자)가 호출합니다',
  'sts.noSamlProvider':
    'InvalidIdentityToken: 계정 {account}에 SAML 공급자 `{provider}`이(가) 없어 STS가 그 어설션을 받아들이지 않습니다',
  'sts.noOidcProvider': 'InvalidIdentityToken: 계정 {account}에 `https://{issuer}`의 OIDC 공급자가 없습니다',
  'sts.wrongAudience':
    'InvalidIdentityToken: 토큰 대상이 올바르지 않습니다: `aud` {aud}은(는) OIDC 공급자 {issuer}의 클라이언트 ID({clientIds})가 아닙니다',
  'sts.callerUnknown': '이 시나리오는 호출하는 세션 `{caller}`을(를) 발급한 적이 없습니다. 호출할 자격 증명이 없습니다',
  'sts.noRole': '시나리오에 역할 `{role}`이(가) 없습니다(`{action}`을(를) 허용할 신뢰 정책이 없습니다)',
  'sts.accessDenied': '`{caller}`에게 `{role}`에 대한 `{action}` 권한이 없습니다: {why}',
  'sts.tagSessionDenied':
    '세션 태그를 전달하려면 `sts:TagSession`이 필요한데, `{caller}`은(는) `{role}`에 대해 이 작업이 허용되지 않습니다: {why}',
  'sts.setSourceIdentityDenied':
    '소스 자격 증명을 설정하려면 `sts:SetSourceIdentity`가 필요한데, `{caller}`은(는) `{role}`에 대해 이 작업이 허용되지 않습니다: {why}',
  'sts.invalidSessionName':
    '`RoleSessionName` `{name}`이(가) 올바르지 않습니다. 문자, 숫자, `_+=,.@-`로 된 2–64자여야 합니다',
  'sts.invalidDuration': '`DurationSeconds` {duration}이(가) 올바르지 않습니다. {min}(15분) 이상의 정수여야 합니다',
  'sts.chainingDuration':
    '요청한 `DurationSeconds` {duration}이(가) 역할 체인으로 수임한 역할의 세션 한도인 1시간을 넘습니다',
  'sts.durationExceedsMax':
    '요청한 `DurationSeconds` {duration}이(가) 역할 `{role}`에 설정된 `MaxSessionDuration` {max}을(를) 넘습니다',
  'sts.tooManyTags': '세션 태그가 {count}개입니다. 최대 50개까지 전달할 수 있습니다',
  'sts.invalidTag':
    '세션 태그 `{key}`이(가) 올바르지 않습니다. 키는 1–128자이며 `aws:`로 시작할 수 없고, 값은 최대 256자입니다',
  'sts.transitiveTagUnknown': '전이 태그 키 `{key}`은(는) 전달한 세션 태그에 없습니다',
  'sts.transitiveTagConflict':
    '세션 태그 `{key}`은(는) 호출하는 세션의 전이 태그로 이미 설정되어 있어 다시 전달할 수 없습니다',
  'sts.invalidSourceIdentity':
    '`SourceIdentity` `{value}`이(가) 올바르지 않습니다. 문자, 숫자, `_+=,.@-`로 된 2–64자이며 `aws:`로 시작할 수 없습니다',
  'sts.sourceIdentityChange': '호출하는 세션에 소스 자격 증명 `{set}`이(가) 이미 있어 `{value}`(으)로 바꿀 수 없습니다',
  'sts.sessionPolicyCharacter':
    '인라인 세션 정책의 {line}행 {column}열에 문자 {char}이(가) 있습니다. 탭, 줄 바꿈, 캐리지 리턴과 공백부터 `U+00FF`까지의 문자만 쓸 수 있습니다',
  'sts.sessionPolicyMalformedAt': '인라인 세션 정책이 올바른 정책 문서가 아닙니다: {problem} ({line}행 {column}열)',
  'sts.sessionPolicyMalformed': '인라인 세션 정책이 올바른 정책 문서가 아닙니다: {problem}',
  'sts.tooManyPolicyArns':
    '관리형 세션 정책 ARN을 {count}개 전달했습니다. `PolicyArns`에는 최대 {max}개까지 넣을 수 있습니다',
  'sts.policyArnNotManaged':
    '`{arn}`은(는) 관리형 정책의 ARN이 아닙니다(`arn:aws:iam::ACCOUNT:policy/NAME`, AWS 관리형 정책은 `arn:aws:iam::aws:policy/NAME`)',
  'sts.policyArnOtherAccount':
    '관리형 세션 정책 `{arn}`이(가) 계정 {account}에 없습니다. 정책은 역할과 같은 계정에 있어야 합니다',
  'sts.policyArnNotFound': '시나리오에 관리형 정책 `{arn}`이(가) 없습니다',
  'sts.sessionPolicyTooLarge':
    '세션 정책의 일반 텍스트가 {size}자입니다(인라인 정책과 관리형 정책 ARN을 합친 길이). 최대 {max}자까지 허용됩니다',
  'sts.noResource': '시나리오에 리소스 `{arn}`이(가) 없습니다',
  'sts.notWorkload':
    '`{arn}`은(는) 역할로 실행되지 않습니다: EC2 인스턴스, Lambda 함수, Glue 개발 엔드포인트, CloudFormation 스택, SageMaker 노트북 인스턴스, CodeBuild 프로젝트가 아닙니다',
  'sts.noInstanceProfileRole':
    '`{arn}`에는 역할이 없습니다: 인스턴스 프로파일 `{profile}`이(가) 시나리오의 어떤 역할도 가리키지 않습니다',
  'sts.noExecutionRole':
    '`{arn}`에는 역할이 없습니다: 실행 역할 `{role}`이(가) 시나리오의 어떤 역할도 가리키지 않습니다',
  'sts.serviceTrustDenied': '역할 {role}의 신뢰 정책이 `{principal}`의 역할 수임을 허용하지 않습니다: {why}',
} satisfies Messages<typeof en>
