// Problems in a scenario document, as the engine says them (src/engine/messages/scenario.en.ts); Korean has every
// key. User values arrive quoted (`"devs"`), so they stay as written.

import { SCENARIO_EN } from '../../../engine/index'
import type { Messages } from './types'

export const en = SCENARIO_EN

export const ko = {
  'scenario.missingVersion': '`version`이 없습니다: `"version": {version}`을(를) 쓰세요',
  'scenario.badVersion': '`version`은 정수여야 합니다. 찾은 값: {found}',
  'scenario.newerVersion':
    '이 시나리오는 버전 {version}(으)로, 이 플레이그라운드가 읽을 수 있는 버전({current})보다 새롭습니다. 더 새로운 버전의 플레이그라운드에서 여세요',
  'scenario.migrated': '버전 {from}에서 {to}(으)로 옮겼습니다. 새 형식으로 유지하려면 다시 저장하세요',
  'scenario.noAccount': '계정이 하나 이상 있어야 합니다. 첫 번째 계정이 기본 계정입니다',
  'scenario.duplicateAccount': '계정 ID {id}이(가) 중복되었습니다',
  'scenario.unknownAccount': '알 수 없는 계정 {account}: `accounts`에 추가하세요',
  'scenario.hostileKey': '키 {key}은(는) 시나리오의 어디에도 쓸 수 없습니다',
  'scenario.notJsonNumber': '{value}은(는) JSON 숫자가 아닙니다',
  'scenario.empty': '비어 있으면 안 됩니다',
  'scenario.notIsoDate': '{value}은(는) ISO 8601 날짜(`2024-05-01T12:00:00Z`)가 아닙니다',
  'scenario.notWholeNumber': '{value}은(는) 정수가 아닙니다',
  'scenario.groupTwice': '그룹 {name}이(가) 두 번 나열되었습니다',
  'scenario.unknownGroupNear': '알 수 없는 그룹 {name}입니다({near}을(를) 말씀하신 건가요?)',
  'scenario.unknownGroupIsUser': '알 수 없는 그룹 {name}: 사용자입니다. 사용자의 `groups`에는 그룹을 나열합니다',
  'scenario.groupInGroup': 'IAM 그룹에는 그룹을 넣을 수 없습니다: {name}은(는) 그룹입니다',
  'scenario.attachedTwice': '{ref}이(가) 두 번 연결되었습니다',
  'scenario.unknownManagedPolicy': '알 수 없는 관리형 정책 {ref}: `policies`에 이 ARN을 가진 정책이 없습니다',
  'scenario.noVersions': '관리형 정책에는 버전이 하나 이상 있어야 합니다',
  'scenario.duplicateVersion': '버전 ID {id}이(가) 중복되었습니다',
  'scenario.sessionIssuedLater': '세션이 환경 시각보다 나중에 발급되었습니다',
  'scenario.sessionExpired': '환경 시각에는 세션이 이미 만료되었습니다',
  'scenario.tooManyManagedPolicies': '관리형 정책은 최대 {max}개까지 연결할 수 있습니다',
  'scenario.managedPolicyQuota':
    '관리형 정책 {count}개: AWS 기본 할당량은 {quota}개입니다(최대 {max}개까지 늘릴 수 있습니다)',
  'scenario.unknownAwsManagedNear': '알 수 없는 AWS 관리형 정책 {ref}입니다({near}을(를) 말씀하신 건가요?)',
  'scenario.unknownAwsManaged':
    '알 수 없는 AWS 관리형 정책 {ref}: 플레이그라운드에는 AWS 관리형 정책 일부만 들어 있고, 이 정책은 없습니다(`policies`에 `"account": "aws"`로 사본을 넣으면 추가할 수 있습니다)',
  'scenario.policyOfOtherAccount':
    '정책 {ref}은(는) 계정 {owner}의 정책입니다. 여기에는 계정 {account}의 정책만 연결할 수 있습니다',
  'scenario.unknownPolicyRef':
    '알 수 없는 관리형 정책 {ref}: 계정 {account}의 고객 관리형 정책도, 포함된 AWS 관리형 정책도 아닙니다',
  'scenario.unknownPolicyRefNear':
    '알 수 없는 관리형 정책 {ref}({near}을(를) 말씀하신 건가요?): 계정 {account}의 고객 관리형 정책도, 포함된 AWS 관리형 정책도 아닙니다',
  'scenario.unknownGroup': '알 수 없는 그룹 {name}',
  'scenario.unknownGroupElsewhere':
    '알 수 없는 그룹 {name}: 계정 {other}에 있는 그룹이며, 사용자는 자기 계정({account})의 그룹에만 속할 수 있습니다',
  'scenario.secondDefault': '기본 버전은 하나뿐이어야 하는데, {first}이(가) 이미 기본 버전입니다',
  'scenario.noDefaultVersion': '기본 버전이 없습니다: {name}의 버전 중 정확히 하나에 `"isDefault": true`를 설정하세요',
  'scenario.kind.user': '사용자',
  'scenario.kind.group': '그룹',
  'scenario.kind.role': '역할',
  'scenario.kind.policy': '정책',
  'scenario.kind.instanceProfile': '인스턴스 프로파일',
  'scenario.duplicateName': '계정 {account}에서 {kind} 이름 {name}이(가) 중복되었습니다: {other}에 이미 있습니다',
  'scenario.duplicateNameCase':
    '계정 {account}에서 {kind} 이름 {name}이(가) 중복되었습니다: {other}에 {as}(으)로 이미 있습니다(IAM 이름은 대소문자를 구분하지 않습니다)',
  'scenario.duplicateAwsName': 'AWS 관리형 정책 중에 {kind} 이름 {name}이(가) 중복되었습니다: {other}에 이미 있습니다',
  'scenario.duplicateAwsNameCase':
    'AWS 관리형 정책 중에 {kind} 이름 {name}이(가) 중복되었습니다: {other}에 {as}(으)로 이미 있습니다(IAM 이름은 대소문자를 구분하지 않습니다)',
  'scenario.instanceProfileTwice': '인스턴스 프로파일 {name}이(가) 두 번 나열되었습니다',
  'scenario.instanceProfileTaken':
    '인스턴스 프로파일 {name}에는 이미 {other}의 역할이 들어 있습니다. 인스턴스 프로파일에는 역할이 하나만 들어갑니다',
  'scenario.duplicateUniqueId': '고유 ID {id}이(가) 중복되었습니다: {other}에 이미 있습니다',
  'scenario.duplicateInlineName': '인라인 정책 이름 {name}이(가) 중복되었습니다',
  'scenario.duplicateAccessKey': '액세스 키 ID {id}이(가) 중복되었습니다: {other}에 이미 있습니다',
  'scenario.duplicateMfaSerial': 'MFA 일련 번호 {serial}이(가) 중복되었습니다: {other}에 이미 있습니다',
  'scenario.arn.notArn': '{text}은(는) ARN이 아닙니다(`arn:aws:<service>:<region>:<account>:<resource>`)',
  'scenario.arn.partition': '{text}의 파티션 {partition}을(를) 알 수 없습니다',
  'scenario.arn.service': '{text}에 올바른 서비스 이름이 없습니다(`arn:aws:<service>:<region>:<account>:<resource>`)',
  'scenario.arn.region': '{text}의 리전 {region}이(가) 올바르지 않습니다',
  'scenario.arn.account': '{text}의 계정 {account}이(가) 올바르지 않습니다(12자리 숫자)',
  'scenario.arn.noResource': '{text}에 리소스가 없습니다(`arn:aws:<service>:<region>:<account>:<resource>`)',
  'scenario.arn.wildcard': '{text}에 와일드카드가 있습니다. 리소스 ARN은 리소스 하나를 가리킵니다',
  'scenario.notArn': '{text}은(는) ARN이 아닙니다',
  'scenario.duplicateResource': '리소스 {arn}이(가) 중복되었습니다: {other}에 이미 있습니다',
  'scenario.arnAccountDiffers': 'ARN의 계정은 {arnAccount}인데 `account`는 {account}입니다',
  'scenario.accountNotSimulated':
    '계정 {account}이(가) `accounts`에 없습니다. 이 계정의 정책은 시뮬레이션하지 않습니다',
  'scenario.unknownAccountPlain': '알 수 없는 계정 {account}',
  'scenario.instanceProfileNotEc2': 'EC2 인스턴스(`arn:aws:ec2:…:instance/…`)에만 인스턴스 프로파일이 있습니다',
  'scenario.unknownInstanceProfile': '알 수 없는 인스턴스 프로파일 {name}: 역할의 `instanceProfiles`에 나열하세요',
  'scenario.executionRoleNotLambda': 'Lambda 함수(`arn:aws:lambda:…:function:…`)에만 실행 역할이 있습니다',
  'scenario.executionRoleAccount': '실행 역할은 함수의 계정({owner})에 있어야 합니다. 찾은 계정: {account}',
  'scenario.unknownEntity': '알 수 없는 {kind} {name}',
  'scenario.unknownEntityNear': '알 수 없는 {kind} {name}입니다({near}을(를) 말씀하신 건가요?)',
  'scenario.pathDiffers': '{kind} {name}은(는) {arn}에 있습니다: 경로가 다릅니다',
  'scenario.duplicateSession': '이 역할의 세션 {name}이(가) 중복되었습니다: {other}에 이미 있습니다',
  'scenario.chainedTooLong': '{duration}초는 너무 깁니다: 역할 체인에서는 세션이 3600초로 제한됩니다',
  'scenario.sessionTooLong': '{duration}초는 너무 깁니다: 역할의 `maxSessionDuration`은 {max}입니다',
  'scenario.sessionPolicyNotArn': '세션 정책은 ARN으로 지정합니다. 찾은 값: {ref}',
  'scenario.duplicateRequest': '요청 ID {id}이(가) 중복되었습니다: {other}에 이미 있습니다',
  'scenario.requestResource': '{problem}. 요청의 리소스는 ARN 또는 `*`입니다',
  'scenario.duplicateOrgPolicy': '조직 정책 이름 {name}이(가) 중복되었습니다: {other}에 이미 있습니다',
  'scenario.rootIdPrefix': '루트의 ID는 `r-`로 시작합니다. 찾은 값: {id}',
  'scenario.ouIdPrefix': 'OU의 ID는 `ou-`로 시작합니다. 찾은 값: {id}',
  'scenario.duplicateNodeId': '노드 ID {id}이(가) 중복되었습니다: {other}에 이미 있습니다',
  'scenario.ouTooDeep': 'OU는 루트 아래로 최대 {max}단계까지 중첩할 수 있습니다',
  'scenario.accountPlacedTwice': '계정 {account}은(는) 이미 {other}에 있습니다. 계정은 노드 하나에만 속합니다',
  'scenario.unknownScp': '알 수 없는 SCP {name}: `organization.policies`에 `"type": "scp"`로 추가하세요',
  'scenario.unknownRcp': '알 수 없는 RCP {name}: `organization.policies`에 `"type": "rcp"`로 추가하세요',
  'scenario.scpNotRcp': '{name}은(는) RCP가 아니라 SCP입니다: `scps`에 나열하세요',
  'scenario.rcpNotScp': '{name}은(는) SCP가 아니라 RCP입니다: `rcps`에 나열하세요',
  'scenario.policyAt': '{line}행 {column}열: {message}',
} satisfies Messages<typeof en>
