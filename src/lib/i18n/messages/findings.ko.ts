// Korean for ./findings.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './findings'

export const ko = {
  'findings.heading': '발견 사항',
  'findings.intro':
    'AWS Config 관리형 규칙과 잘 알려진 감사 도구의 취지를 따른 점검입니다: 자격 증명, 암호 정책, 신뢰 정책, 넓은 권한, 권한 상승, 하드코딩된 비밀.',
  'findings.running': '계정을 감사하는 중…',
  'findings.failed': '감사에 실패했습니다: {detail}',
  'findings.progress': '엔진 워커에서 권한 상승을 점검하는 중: 보안 주체 {total}개 중 {done}개',
  'findings.progressLabel': '권한 상승을 점검한 보안 주체',
  'findings.cancel': '취소',
  'findings.cancelled':
    '취소됨: 보안 주체 {total}개 중 {done}개만 권한 상승을 점검했습니다. 아래는 그때까지 찾은 발견 사항입니다.',
  'findings.none': '발견 사항이 없습니다. 이 계정은 여기서 점검하는 모든 관행을 따릅니다.',
  'findings.noneFiltered': '필터에 맞는 발견 사항이 없습니다.',
  'findings.counts': '심각도별 발견 사항',
  'findings.total': '발견 사항 {n}개',
  'findings.filterSeverity': '심각도',
  'findings.filterCheck': '점검',
  'findings.all': '전체',
  'findings.allChecks': '모든 점검',
  'findings.showing': '{total}개 중 {shown}개 표시',
  'findings.list': '발견 사항',
  'findings.entities': '대상',
  'findings.learnMore': '자세히 알아보기',
  'findings.learnMoreLabel': 'AWS 문서에서 이 점검에 대해 자세히 알아보기(새 탭에서 열림)',
  'findings.fix': '수정',
  'findings.fixLabel': '수정: {label}',
  'findings.fixed': '수정했습니다: {label}. 실행 취소로 되돌릴 수 있습니다.',
  'findings.fixStale': '이 수정은 더 이상 적용되지 않습니다. 계정이 바뀌었습니다.',
  'findings.showEntity': '플레이그라운드에서 {name} 보기',
  'findings.entity.account': '계정',
  'findings.entity.root': '루트 사용자',
  'findings.beside': '발견 사항',
  'findings.besideNone': '이 엔터티에 대한 발견 사항이 없습니다.',
  'findings.besideMore': '모든 발견 사항 보기',
  'findings.severity.critical': '심각',
  'findings.severity.high': '높음',
  'findings.severity.medium': '보통',
  'findings.severity.low': '낮음',
  'findings.severityCount': '{severity}: {n}',
  'findings.steps': '이 경로의 단계: {path}',
  'findings.step.context': '조건 키: {keys}',
  'findings.step.open': '플레이그라운드에서 열기',
  'findings.step.openLabel': '플레이그라운드에서 {n}단계 열기: {step}',
  'findings.showPath': '그래프에서 보기',
  'findings.showPathLabel': '이 경로를 그래프에서 보기: {path}',
  'findings.expected.summary': '예상한 발견 사항: {total}개 중 {passed}개가 예상대로',
  'findings.expected.list': '예상한 발견 사항',
  'findings.expected.ok': '예상대로',
  'findings.expected.failed': '예상과 다름',
  'findings.expected.asked': '{principal}에 대한 {check} 발견 사항',
  'findings.expected.askedAbsent': '{principal}에 대한 {check} 발견 사항 없음',
  'findings.expected.askedWith': '{principal}에 대한 {check} 발견 사항({keys} 포함)',
  'findings.expected.askedWithout': '{principal}에 대한 {check} 발견 사항({keys} 제외)',
  'findings.expected.notFound': '해당 발견 사항 없음: 감사 결과 {principal}에 대한 {check} 발견 사항이 없습니다.',
  'findings.expected.missing': '발견 사항에 다음이 없습니다: {keys}.',
  'findings.expected.present': '없어야 하는데 보고됨: 감사 결과 {principal}에 대한 {check} 발견 사항이 있습니다.',
  'findings.expected.unwanted': '없어야 하는데 보고됨: {keys}.',
  'findings.expected.unknownCheck': '감사에 없는 점검입니다: {check}.',
  'findings.expected.unknownTechnique': '감사에 없는 기법입니다: {keys}.',

  'findings.check.root-access-key.about': '루트 사용자에게 액세스 키가 있습니다.',
  'findings.check.root-access-key.title': '계정 {account}의 루트 사용자에게 액세스 키가 있습니다',
  'findings.check.root-access-key.explanation':
    '루트 사용자에게 활성 액세스 키가 {active}개 있습니다. 루트 자격 증명은 계정에서 무엇이든 할 수 있고 어떤 정책으로도 제한할 수 없어서, 루트 키가 유출되면 계정 전체가 넘어갑니다. 키를 삭제하고 프로그래밍 방식 액세스에는 IAM 역할이나 사용자를 쓰세요.',
  'findings.check.root-access-key.inactive.title': '계정 {account}의 루트 사용자에게 액세스 키가 있습니다',
  'findings.check.root-access-key.inactive.explanation':
    '루트 사용자에게 액세스 키가 {count}개 있고 모두 비활성입니다. 다시 활성화할 수 있는 사람은 무제한 액세스를 얻습니다. 삭제하세요.',
  'findings.check.root-mfa.about': '루트 사용자에게 MFA 디바이스가 없습니다.',
  'findings.check.root-mfa.title': '계정 {account}의 루트 사용자에게 MFA가 없습니다',
  'findings.check.root-mfa.explanation':
    '루트 암호만 있으면 누구든 로그인해서 계정에서 무엇이든 할 수 있습니다. 루트 사용자에 MFA를 켜고(하드웨어 키가 가장 좋습니다) 루트만 할 수 있는 몇 가지 작업에만 쓰세요.',
  'findings.check.password-policy.about': '계정 암호 정책이 기준(14자, 모든 문자 종류, 24개 기억, 90일)보다 약합니다.',
  'findings.check.password-policy.title': '계정 {account}의 암호 정책이 기준보다 약합니다',
  'findings.check.password-policy.explanation':
    '약한 암호는 추측되거나 다른 유출 사고에서 재사용됩니다. 기준은 대문자·소문자·숫자·기호를 포함한 14자 이상, 최근 암호 24개 기억, 90일 안에 만료입니다.',
  'findings.check.password-policy.missing.title': '계정 {account}에 암호 정책이 없습니다',
  'findings.check.password-policy.missing.explanation':
    '암호 정책이 없으면 AWS는 세 종류의 문자로 된 8자 이상의 암호를 모두 받아들이고, 만료시키지 않으며, 이전 암호를 다시 쓰게 둡니다. 기준을 만족하는 정책을 설정하세요: 모든 종류의 문자를 포함한 14자 이상, 24개 기억, 90일 안에 만료.',
  'findings.check.console-user-mfa.about': 'IAM 사용자가 MFA 없이 콘솔에 로그인할 수 있습니다.',
  'findings.check.console-user-mfa.title': '사용자 {user}이(가) MFA 없이 콘솔에 로그인합니다',
  'findings.check.console-user-mfa.explanation':
    '콘솔 암호 하나만으로는 피싱 메일 한 통이면 공격자 손에 넘어갑니다. 사용자에게 MFA 디바이스를 할당하고, aws:MultiFactorAuthPresent가 없으면 작업을 거부하는 방법도 고려하세요.',
  'findings.check.access-key-age.about': '활성 액세스 키가 90일보다 오래되었습니다.',
  'findings.check.access-key-age.title': '사용자 {user}의 액세스 키 {key}가 {days}일 되었습니다',
  'findings.check.access-key-age.explanation':
    '오래 쓰는 키는 스크립트, 노트북, 로그에 남게 됩니다. 키는 적어도 {limit}일마다 교체하세요: 두 번째 키를 만들고, 애플리케이션을 옮긴 뒤, 이전 키를 비활성화하고 삭제합니다.',
  'findings.check.unused-credentials.about': '암호나 활성 액세스 키를 90일 동안 쓰지 않았습니다.',
  'findings.check.unused-credentials.title': '사용자 {user}의 콘솔 암호를 {days}일 동안 쓰지 않았습니다',
  'findings.check.unused-credentials.explanation':
    '암호를 마지막으로 쓴 지 {days}일 되었습니다. 아무도 쓰지 않는 자격 증명은 아무도 지켜보지 않는 자격 증명입니다. 제거하세요(필요하면 사용자에게 새로 발급할 수 있습니다).',
  'findings.check.unused-credentials.never.title': '사용자 {user}의 콘솔 암호를 {days}일 동안 쓰지 않았습니다',
  'findings.check.unused-credentials.never.explanation':
    '암호를 설정한 지 {days}일 되었고 한 번도 쓰지 않았습니다. 아무도 쓰지 않는 자격 증명은 아무도 지켜보지 않는 자격 증명입니다. 제거하세요.',
  'findings.check.unused-credentials.key.title': '사용자 {user}의 액세스 키 {key}를 {days}일 동안 쓰지 않았습니다',
  'findings.check.unused-credentials.key.explanation':
    '키를 마지막으로 쓴 지 {days}일 되었습니다. 아무도 쓰지 않는 자격 증명은 아무도 지켜보지 않는 자격 증명입니다. 비활성화한 뒤 삭제하세요.',
  'findings.check.unused-credentials.keyNever.title': '사용자 {user}의 액세스 키 {key}를 {days}일 동안 쓰지 않았습니다',
  'findings.check.unused-credentials.keyNever.explanation':
    '키를 만든 지 {days}일 되었고 한 번도 쓰지 않았습니다. 아무도 쓰지 않는 자격 증명은 아무도 지켜보지 않는 자격 증명입니다. 비활성화한 뒤 삭제하세요.',
  'findings.check.two-active-keys.about': 'IAM 사용자에게 활성 액세스 키가 두 개 있습니다.',
  'findings.check.two-active-keys.title': '사용자 {user}에게 활성 액세스 키가 {count}개 있습니다',
  'findings.check.two-active-keys.explanation':
    '활성 키 두 개는 교체하는 동안만 쓰라고 있는 것입니다. 오래 두면 유출될 수 있는 것이 두 배가 됩니다. 교체를 마무리하세요: 오래된 키({key})를 비활성화합니다.',
  'findings.check.user-attached-policies.about': '정책이 그룹이나 역할이 아니라 IAM 사용자에게 직접 붙어 있습니다.',
  'findings.check.user-attached-policies.title': '사용자 {user}에게 직접 붙은 정책이 있습니다({count})',
  'findings.check.user-attached-policies.explanation':
    '사용자마다 따로 준 권한은 서로 달라지고 검토하기 어렵습니다. 정책을 가진 그룹에 사용자를 넣거나, 역할을 수임하게 하세요.',
  'findings.check.inline-policies.about': '사용자, 그룹 또는 역할에 인라인 정책이 있습니다.',
  'findings.check.inline-policies.user.title': '사용자 {name}에게 인라인 정책이 있습니다({count})',
  'findings.check.inline-policies.user.explanation':
    '인라인 정책은 한 자격 증명과 운명을 같이합니다. 재사용하거나 버전을 관리하거나 한곳에서 검토할 수 없습니다. 고객 관리형 정책을 쓰고, 인라인 정책은 엄격한 일대일 부여에만 쓰세요.',
  'findings.check.inline-policies.group.title': '그룹 {name}에 인라인 정책이 있습니다({count})',
  'findings.check.inline-policies.group.explanation':
    '인라인 정책은 한 자격 증명과 운명을 같이합니다. 재사용하거나 버전을 관리하거나 한곳에서 검토할 수 없습니다. 고객 관리형 정책을 쓰고, 인라인 정책은 엄격한 일대일 부여에만 쓰세요.',
  'findings.check.inline-policies.role.title': '역할 {name}에 인라인 정책이 있습니다({count})',
  'findings.check.inline-policies.role.explanation':
    '인라인 정책은 한 자격 증명과 운명을 같이합니다. 재사용하거나 버전을 관리하거나 한곳에서 검토할 수 없습니다. 고객 관리형 정책을 쓰고, 인라인 정책은 엄격한 일대일 부여에만 쓰세요.',
  'findings.check.admin-access.about': '정책이 모든 리소스에 모든 작업(*:*)을 허용합니다.',
  'findings.check.admin-access.title': '정책 {policy}이(가) 모든 리소스에 모든 작업을 허용합니다',
  'findings.check.admin-access.explanation':
    '완전한 관리자 권한입니다. 이 정책을 가진 사람은 자신에게 더 많은 권한을 주는 것까지 무엇이든 할 수 있습니다. 업무에 필요한 작업과 리소스만 허용하고, 관리자 권한은 MFA로 수임하는 소수의 역할에만 두세요.',
  'findings.check.admin-access.partial.title': '정책 {policy}이(가) 모든 리소스에 모든 작업을 허용합니다',
  'findings.check.admin-access.partial.explanation':
    '이 정책의 명령문(Statement)이 완전한 관리자 권한에 가깝습니다: 몇 가지를 뺀 모든 작업이거나, 조건이 맞을 때만입니다. 이런 권한은 AWS가 작업을 추가할수록 넓어집니다. 대신 업무에 필요한 작업과 리소스를 나열하세요.',
  'findings.check.passrole-any.about': '정책이 모든 역할에 대한 iam:PassRole을 허용합니다.',
  'findings.check.passrole-any.title': '정책 {policy}이(가) 아무 역할이나 넘기도록 허용합니다',
  'findings.check.passrole-any.explanation':
    '아무 역할이나 넘길 수 있으면 강력한 역할을 자기가 조종하는 서비스(Lambda 함수, EC2 인스턴스)에 넘겨서 그 권한으로 행동할 수 있습니다. 넘길 수 있는 역할을 이름으로 지정하고, iam:PassedToService로 서비스를 제한하세요.',
  'findings.check.trust-open.about': '역할 신뢰 정책이 모든 보안 주체(Principal "*")에게 역할 수임을 허용합니다.',
  'findings.check.trust-open.title': '누구나 역할 {role}을(를) 수임할 수 있습니다',
  'findings.check.trust-open.explanation':
    '신뢰 정책이 어느 계정의 AWS 보안 주체든 역할을 수임하도록 허용하고("*" 보안 주체, 또는 NotPrincipal이 있는 Allow), 이를 좁히는 조건이 없습니다. 역할을 수임할 수 있는 계정이나 역할을 지정하거나, aws:PrincipalOrgID 같은 조건을 추가하세요.',
  'findings.check.trust-cross-account.about': '역할이 외부 ID나 MFA를 요구하지 않고 다른 계정을 신뢰합니다.',
  'findings.check.trust-cross-account.title': '역할 {role}이(가) 외부 ID나 MFA 없이 다른 계정을 신뢰합니다',
  'findings.check.trust-cross-account.explanation':
    '다른 계정의 보안 주체가 자기 권한만으로 역할을 수임할 수 있습니다. 제3자라면 합의한 외부 ID(sts:ExternalId)를 요구해서, 다른 누군가를 위해 역할을 쓰도록 속지 않게 하세요. 사람이라면 MFA를 요구하세요.',
  'findings.check.trust-oidc-subject.about':
    '역할이 토큰의 주체나 대상을 고정하지 않고 OIDC 공급자(GitHub 등)를 신뢰합니다.',
  'findings.check.trust-oidc-subject.title':
    '{issuer}에서 받은 다른 사람의 토큰으로 역할 {role}을(를) 수임할 수 있습니다',
  'findings.check.trust-oidc-subject.explanation':
    '신뢰 정책이 {issuer}의 웹 자격 증명 토큰을 누구의 토큰인지 고정하지 않고 받아들입니다. {subKey}에 대한 조건이 없거나 모든 소유자나 리포지토리를 가리키는 와일드카드를 쓰거나, {audKey}를 확인하지 않습니다. GitHub의 모든 리포지토리는 같은 발급자에게서 토큰을 받으므로 다른 리포지토리(포크, 다른 조직)의 워크플로도 이 역할을 수임할 수 있습니다. {audKey}를 요구하고 {subKey}를 내 리포지토리와 브랜치(예: {example})로 고정하세요.',
  'findings.check.trust-service-source.about': '역할이 aws:SourceAccount나 aws:SourceArn 없이 AWS 서비스를 신뢰합니다.',
  'findings.check.trust-service-source.title': '역할 {role}이(가) 출처 조건 없이 {services}을(를) 신뢰합니다',
  'findings.check.trust-service-source.explanation':
    '다른 고객을 위해 일하는 서비스가 속아서 이 역할을 쓸 수 있습니다(혼동된 대리자 문제). 서비스가 이 키를 보내는 경우 신뢰 정책에 aws:SourceAccount(내 계정)나 aws:SourceArn(역할을 쓰는 리소스)을 추가하세요. 서비스가 보내지 않는 키에 조건을 걸면 서비스가 역할을 수임하지 못하므로 먼저 서비스 문서를 확인하세요.',
  'findings.check.privilege-escalation.about':
    '보안 주체가 자기보다 강력한 대상의 키를 만들거나, 정책을 붙이거나, 역할을 넘겨서 그 권한을 얻을 수 있습니다.',
  'findings.check.privilege-escalation.user.title': '사용자 {name}이(가) 자기 권한을 높일 수 있습니다',
  'findings.check.privilege-escalation.user.explanation':
    '이 보안 주체는 IAM을 바꾸거나 다른 자격 증명을 써서 지금 없는 권한을 얻을 수 있습니다. 이 보안 주체를 조종하는 사람은 사실상 그 권한을 가진 것입니다. 필요 없는 IAM 쓰기 권한을 없애거나 자기에게 돌아올 수 없는 리소스로 제한하고, 위임된 IAM 관리에는 권한 경계를 쓰세요.',
  'findings.check.privilege-escalation.role.title': '역할 {name}이(가) 자기 권한을 높일 수 있습니다',
  'findings.check.privilege-escalation.role.explanation':
    '이 보안 주체는 IAM을 바꾸거나 다른 자격 증명을 써서 지금 없는 권한을 얻을 수 있습니다. 이 보안 주체를 조종하는 사람은 사실상 그 권한을 가진 것입니다. 필요 없는 IAM 쓰기 권한을 없애거나 자기에게 돌아올 수 없는 리소스로 제한하고, 위임된 IAM 관리에는 권한 경계를 쓰세요.',
  'findings.check.possible-privilege-escalation.about':
    '보안 주체가 시나리오에 없는 종류의 리소스를 통해 더 강력한 역할의 권한을 얻을 수도 있습니다.',
  'findings.check.possible-privilege-escalation.user.title':
    '사용자 {name}이(가) 시나리오에 없는 리소스를 통해 자기 권한을 높일 수도 있습니다',
  'findings.check.possible-privilege-escalation.user.explanation':
    '이 보안 주체는 역할로 실행되는 리소스(Lambda 함수, EC2 인스턴스, CloudFormation 스택, Glue 개발 엔드포인트, SageMaker 노트북 인스턴스)를 바꾸거나 사용할 수 있고, 계정에는 이 서비스들이 쓸 수 있으면서 이 보안 주체보다 많은 일을 할 수 있는 역할이 있습니다. 시나리오에 그런 리소스가 없으므로(가져온 계정에는 리소스 목록이 없습니다) 그런 역할로 실행되는 리소스가 있는지 알 수 없습니다. 계정에서 직접 찾아보세요. 그런 리소스가 있다면 이 보안 주체를 조종하는 사람은 그 역할의 권한을 얻습니다. 이 작업들은 역할이 이 보안 주체보다 많은 일을 할 수 없는 리소스로, 또는 태그로 제한하세요.',
  'findings.check.possible-privilege-escalation.role.title':
    '역할 {name}이(가) 시나리오에 없는 리소스를 통해 자기 권한을 높일 수도 있습니다',
  'findings.check.possible-privilege-escalation.role.explanation':
    '이 보안 주체는 역할로 실행되는 리소스(Lambda 함수, EC2 인스턴스, CloudFormation 스택, Glue 개발 엔드포인트, SageMaker 노트북 인스턴스)를 바꾸거나 사용할 수 있고, 계정에는 이 서비스들이 쓸 수 있으면서 이 보안 주체보다 많은 일을 할 수 있는 역할이 있습니다. 시나리오에 그런 리소스가 없으므로(가져온 계정에는 리소스 목록이 없습니다) 그런 역할로 실행되는 리소스가 있는지 알 수 없습니다. 계정에서 직접 찾아보세요. 그런 리소스가 있다면 이 보안 주체를 조종하는 사람은 그 역할의 권한을 얻습니다. 이 작업들은 역할이 이 보안 주체보다 많은 일을 할 수 없는 리소스로, 또는 태그로 제한하세요.',
  'findings.check.assume-more-powerful-role.about':
    '보안 주체가 자기보다 많은 일을 할 수 있는 역할을 수임할 수 있습니다.',
  'findings.check.assume-more-powerful-role.user.title': '사용자 {name}이(가) 더 강력한 역할을 수임할 수 있습니다',
  'findings.check.assume-more-powerful-role.user.explanation':
    '역할을 수임하는 것은 의도적으로 더 많은 권한을 얻는 방법이므로 검토용 항목입니다: 각 역할이 이 보안 주체에게 열려 있어야 하는지, 중요한 경우 신뢰 정책이 MFA를 요구하는지 확인하세요.',
  'findings.check.assume-more-powerful-role.role.title': '역할 {name}이(가) 더 강력한 역할을 수임할 수 있습니다',
  'findings.check.assume-more-powerful-role.role.explanation':
    '역할을 수임하는 것은 의도적으로 더 많은 권한을 얻는 방법이므로 검토용 항목입니다: 각 역할이 이 보안 주체에게 열려 있어야 하는지, 중요한 경우 신뢰 정책이 MFA를 요구하는지 확인하세요.',
  'findings.check.escalation-limited.about': '계정이 너무 커서 모든 권한 상승 경로를 점검하지 못했습니다.',
  'findings.check.escalation-limited.title': '보안 주체 {total}개 중 {checked}개만 권한 상승을 점검했습니다',
  'findings.check.escalation-limited.explanation':
    '계정이 큽니다. 화면이 멈추지 않도록 시뮬레이션 {limit}번 뒤에 검색을 멈췄습니다. 처음 {checked}개 이후의 보안 주체는 권한 상승 경로를 점검하지 않았습니다. 계정을 나누거나 직접 검토하세요.',
  'findings.check.hardcoded-secret.about': '정책, 태그 또는 설명에 자격 증명처럼 보이는 값이 있습니다.',
  'findings.check.hardcoded-secret.policy.title': '정책 {name}에 자격 증명처럼 보이는 값이 있습니다',
  'findings.check.hardcoded-secret.policy.explanation':
    '계정 구성을 읽을 수 있는 사람, 그리고 그 내보내기·백업·스크린샷을 보는 사람은 누구나 이 값을 읽을 수 있습니다. 자격 증명을 교체하고, 여기서 지우고, 비밀은 AWS Secrets Manager나 Parameter Store에 두세요.',
  'findings.check.hardcoded-secret.trust.title': '신뢰 정책에 자격 증명처럼 보이는 값이 있습니다',
  'findings.check.hardcoded-secret.trust.explanation':
    '계정 구성을 읽을 수 있는 사람, 그리고 그 내보내기·백업·스크린샷을 보는 사람은 누구나 이 값을 읽을 수 있습니다. 자격 증명을 교체하고, 여기서 지우고, 비밀은 AWS Secrets Manager나 Parameter Store에 두세요.',
  'findings.check.hardcoded-secret.resourcePolicy.title': '리소스 정책에 자격 증명처럼 보이는 값이 있습니다',
  'findings.check.hardcoded-secret.resourcePolicy.explanation':
    '계정 구성을 읽을 수 있는 사람, 그리고 그 내보내기·백업·스크린샷을 보는 사람은 누구나 이 값을 읽을 수 있습니다. 자격 증명을 교체하고, 여기서 지우고, 비밀은 AWS Secrets Manager나 Parameter Store에 두세요.',
  'findings.check.hardcoded-secret.tag.title': '태그 {name}에 자격 증명처럼 보이는 값이 있습니다',
  'findings.check.hardcoded-secret.tag.explanation':
    '계정 구성을 읽을 수 있는 사람, 그리고 그 내보내기·백업·스크린샷을 보는 사람은 누구나 이 값을 읽을 수 있습니다. 자격 증명을 교체하고, 여기서 지우고, 비밀은 AWS Secrets Manager나 Parameter Store에 두세요.',
  'findings.check.hardcoded-secret.description.title': '설명에 자격 증명처럼 보이는 값이 있습니다',
  'findings.check.hardcoded-secret.description.explanation':
    '계정 구성을 읽을 수 있는 사람, 그리고 그 내보내기·백업·스크린샷을 보는 사람은 누구나 이 값을 읽을 수 있습니다. 자격 증명을 교체하고, 여기서 지우고, 비밀은 AWS Secrets Manager나 Parameter Store에 두세요.',

  'findings.detail.minLength': '최소 길이가 {value}자입니다(기준: {baseline})',
  'findings.detail.uppercase': '대문자를 요구하지 않습니다',
  'findings.detail.lowercase': '소문자를 요구하지 않습니다',
  'findings.detail.numbers': '숫자를 요구하지 않습니다',
  'findings.detail.symbols': '기호를 요구하지 않습니다',
  'findings.detail.reuse': '이전 암호를 {value}개 기억합니다(기준: {baseline})',
  'findings.detail.maxAgeNever': '암호가 만료되지 않습니다(기준: {baseline}일)',
  'findings.detail.maxAge': '암호가 {value}일 뒤에 만료됩니다(기준: {baseline})',
  'findings.detail.managedPolicy': '관리형 정책 {policy}',
  'findings.detail.inlinePolicy': '인라인 정책 {policy}',
  'findings.detail.everyAction': '{statement}: 모든 리소스에 모든 작업',
  'findings.detail.allButActions': '{statement}: {except}을(를) 뺀 모든 작업',
  'findings.detail.allButResources': '{statement}: {except}을(를) 뺀 모든 리소스에 모든 작업',
  'findings.detail.onlyIf': '{statement}은(는) 조건이 맞을 때만 적용됩니다({keys})',
  'findings.detail.passRole': '{statement}: 아무 역할이나, 아무 서비스에',
  'findings.detail.passRoleScoped': '{statement}: 아무 역할이나, 조건이 지정한 서비스에',
  'findings.detail.open': '{statement}: 모두에게 열려 있음',
  'findings.detail.openWithConditions': '{statement}: 모두에게 열려 있음',
  'findings.detail.otherAccounts': '{statement}: 계정 {accounts}',
  'findings.detail.oidcNoSub': '{statement}: {key}에 대한 조건이 없음',
  'findings.detail.oidcWildcardSub':
    '{statement}: {key}이(가) "{value}"(으)로, 모든 소유자나 리포지토리를 가리키는 와일드카드임',
  'findings.detail.oidcNoAud': '{statement}: {key}에 대한 조건이 없음',
  'findings.detail.createAccessKey': '사용자 {target}에 대한 {action}: {target}은(는) {gained}을(를) 할 수 있음',
  'findings.detail.loginProfile': '사용자 {target}에 대한 {action}: {target}은(는) {gained}을(를) 할 수 있음',
  'findings.detail.grantSelf': '자기 자신에 대한 {action}: {gained}을(를) 얻음',
  'findings.detail.grantUser': '사용자 {target}에 대한 {action}: {gained}을(를) 얻음',
  'findings.detail.grantRole': '역할 {target}에 대한 {action}: {gained}을(를) 얻음',
  'findings.detail.grantGroup': '자기 그룹 {target}에 대한 {action}: {gained}을(를) 얻음',
  'findings.detail.policyVersion':
    '{holder}에 연결된 정책 {target}에 대한 iam:CreatePolicyVersion: {gained}을(를) 얻음',
  'findings.detail.setDefaultPolicyVersion':
    '{holder}에 연결된 정책 {target}의 기본 버전을 {version}(으)로 바꾸는 iam:SetDefaultPolicyVersion: {gained}을(를) 얻음',
  'findings.detail.addToGroup': '그룹 {target}에 대한 iam:AddUserToGroup: {gained}을(를) 얻음',
  'findings.detail.passRoleLambda':
    'lambda:CreateFunction, lambda:InvokeFunction과 함께 역할 {target}에 대한 iam:PassRole: {gained}을(를) 할 수 있는 코드를 실행',
  'findings.detail.passRoleLambdaEventSource':
    'lambda:CreateFunction, lambda:CreateEventSourceMapping과 함께 역할 {target}에 대한 iam:PassRole: 이벤트 소스가 {gained}을(를) 할 수 있는 코드를 실행하게 함',
  'findings.detail.passRoleEc2':
    'ec2:RunInstances와 함께 역할 {target}에 대한 iam:PassRole: {gained}을(를) 할 수 있는 인스턴스를 실행',
  'findings.detail.passRoleCloudFormation':
    'cloudformation:CreateStack과 함께 역할 {target}에 대한 iam:PassRole: {gained}을(를) 할 수 있는 스택을 생성',
  'findings.detail.passRoleCodeBuild':
    'codebuild:CreateProject, codebuild:StartBuild와 함께 역할 {target}에 대한 iam:PassRole: {gained}을(를) 할 수 있는 빌드를 실행',
  'findings.detail.passRoleDataPipeline':
    'datapipeline:CreatePipeline, datapipeline:PutPipelineDefinition과 함께 역할 {target}에 대한 iam:PassRole: {gained}을(를) 할 수 있는 파이프라인을 실행',
  'findings.detail.passRoleGlue':
    'glue:CreateDevEndpoint와 함께 역할 {target}에 대한 iam:PassRole: {gained}을(를) 할 수 있는 개발 엔드포인트에 로그인',
  'findings.detail.passRoleSageMakerNotebook':
    'sagemaker:CreateNotebookInstance, sagemaker:CreatePresignedNotebookInstanceUrl과 함께 역할 {target}에 대한 iam:PassRole: {gained}을(를) 할 수 있는 노트북을 열기',
  'findings.detail.passRoleSageMakerTraining':
    'sagemaker:CreateTrainingJob과 함께 역할 {target}에 대한 iam:PassRole: {gained}을(를) 할 수 있는 훈련 작업을 실행',
  'findings.detail.passRoleSageMakerProcessing':
    'sagemaker:CreateProcessingJob과 함께 역할 {target}에 대한 iam:PassRole: {gained}을(를) 할 수 있는 처리 작업을 실행',
  'findings.detail.updateFunctionCode':
    '함수 {resource}에 대한 {actions}: 이 함수는 역할 {target}(으)로 실행되므로 {gained}을(를) 할 수 있는 코드를 실행',
  'findings.detail.updateFunctionCode.possible':
    'Lambda 함수에 대한 {actions}: 역할 {target}(으)로 실행되는 함수가 있다면 {gained}을(를) 할 수 있는 코드를 실행',
  'findings.detail.updateDevEndpoint':
    '개발 엔드포인트 {resource}에 대한 {actions}: 이 엔드포인트는 역할 {target}(으)로 실행되므로 {gained}을(를) 할 수 있는 셸에 로그인',
  'findings.detail.updateDevEndpoint.possible':
    'Glue 개발 엔드포인트에 대한 {actions}: 역할 {target}(으)로 실행되는 엔드포인트가 있다면 {gained}을(를) 할 수 있는 셸에 로그인',
  'findings.detail.updateStack':
    '스택 {resource}에 대한 {actions}: 이 스택의 서비스 역할 {target}(으)로 {gained}을(를) 할 수 있는 리소스를 생성',
  'findings.detail.updateStack.possible':
    'CloudFormation 스택에 대한 {actions}: 서비스 역할이 {target}인 스택이 있다면 {gained}을(를) 할 수 있는 리소스를 생성',
  'findings.detail.sageMakerPresignedUrl':
    '노트북 인스턴스 {resource}에 대한 {actions}: 이 인스턴스는 역할 {target}(으)로 실행되므로 {gained}을(를) 할 수 있는 노트북을 열기',
  'findings.detail.sageMakerPresignedUrl.possible':
    'SageMaker 노트북 인스턴스에 대한 {actions}: 역할 {target}(으)로 실행되는 노트북 인스턴스가 있다면 {gained}을(를) 할 수 있는 노트북을 열기',
  'findings.detail.ssmCommand':
    '인스턴스 {resource}에 대한 {actions}: 인스턴스 프로파일의 역할 {target}(으)로 {gained}을(를) 할 수 있는 명령을 실행',
  'findings.detail.ssmCommand.possible':
    'EC2 인스턴스에 대한 {actions}: 인스턴스 프로파일에 역할 {target}이(가) 있는 인스턴스가 있다면 {gained}을(를) 할 수 있는 명령을 실행',
  'findings.detail.instanceConnect':
    '인스턴스 {resource}에 대한 {actions}: 인스턴스 프로파일의 역할 {target}(으)로 {gained}을(를) 할 수 있는 셸에 로그인',
  'findings.detail.instanceConnect.possible':
    'EC2 인스턴스에 대한 {actions}: 인스턴스 프로파일에 역할 {target}이(가) 있는 인스턴스가 있다면 {gained}을(를) 할 수 있는 셸에 로그인',
  'findings.detail.assumeRole': '역할 {target}에 대한 sts:AssumeRole: 이 역할은 {gained}을(를) 할 수 있음',
  'findings.detail.updateAssumeRolePolicy':
    '역할 {target}에 대한 iam:UpdateAssumeRolePolicy로 자신을 신뢰하게 한 뒤 sts:AssumeRole: {gained}을(를) 얻음',
  'findings.detail.chain': '{via}을(를) 거쳐 {target}에 대한 {action}: {gained}을(를) 얻음',
  'findings.detail.secret.access-key-id': '액세스 키 ID({excerpt})',
  'findings.detail.secret.secret-key': '비밀 액세스 키({excerpt})',
  'findings.detail.secret.private-key': '개인 키',
  'findings.detail.secret.password': '암호({excerpt})',

  'findings.fix.delete-root-keys': '루트 액세스 키 삭제',
  'findings.fix.enable-root-mfa': '루트 사용자에 MFA 켜기',
  'findings.fix.set-password-policy': '암호 정책을 기준으로 높이기',
  'findings.fix.add-user-mfa': '가상 MFA 디바이스 할당',
  'findings.fix.deactivate-key': '키 {key} 비활성화',
  'findings.fix.remove-password': '콘솔 암호 제거',
  'findings.fix.trust-own-account': '이 계정만 신뢰',
  'findings.fix.trust-require-mfa': 'MFA 요구',
  'findings.fix.remove-tag': '태그 제거',
  'findings.fix.remove-description': '설명 제거',
  'findings.fix.remove-action': '정책 {policy}에서 {action} 제거',
  'findings.fix.deny-action': '정책 {policy}에 {resource}에 대한 {action} 거부 추가',
  'findings.fix.set-boundary': '{name}에 {action}을(를) 거부하는 권한 경계 {policy} 설정',
} satisfies Messages<typeof en>
