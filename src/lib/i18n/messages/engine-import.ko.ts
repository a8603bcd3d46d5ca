// Korean for ./engine-import.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './engine-import'

export const ko = {
  'import.value.null': '`null`',
  'import.value.undefined': '`undefined`',
  'import.value.array': '배열',
  'import.value.date': '날짜 객체',
  'import.value.object': '객체',
  'import.value.string': '문자열',
  'import.value.number': '숫자',
  'import.value.bigint': '`BigInt`',
  'import.value.boolean': '불리언',
  'import.value.symbol': '심볼',
  'import.value.function': '함수',
  'import.policyKind.identity': '자격 증명 기반 정책',
  'import.policyKind.trust': '신뢰 정책',
  'import.policyKind.resource': '리소스 기반 정책',
  'import.policyKind.boundary': '권한 경계',
  'import.policyKind.session': '세션 정책',
  'import.policyKind.scp': 'SCP',
  'import.policyKind.rcp': 'RCP',
  'import.entity.user': '사용자',
  'import.entity.group': '그룹',
  'import.entity.role': '역할',
  'import.doc.nested': '{depth}단계보다 깊이 중첩되어 있습니다',
  'import.doc.holds': 'JSON이 담을 수 없는 {value}을(를) 담고 있습니다',
  'import.doc.hostileKey': '시나리오에서 허용하지 않는 키 {key}을(를) 담고 있습니다',
  'import.doc.notDocument': '정책 문서가 아니라 {kind}입니다',
  'import.doc.empty': '비어 있습니다',
  'import.doc.brokenEscape': '잘못된 URL 이스케이프가 있습니다(`%` 뒤에 `UTF-8` 바이트가 없음)',
  'import.doc.urlEncoded': 'URL 인코딩되어 있지만, 디코딩한 텍스트가 {problem}',
  'import.doc.badJson': '올바른 JSON이 아닙니다({error})',
  'import.doc.jsonNotDocument': '정책 문서가 아니라 {kind}의 JSON입니다',
  'import.doc.invalid': '올바른 {kind}이(가) 아닙니다: {problem}{where}{more}',
  'import.doc.at': ' (위치: `{path}`)',
  'import.doc.more': ' (외 {n}개)',
  'import.badJson': '입력이 올바른 JSON이 아닙니다({error})',
  'import.expectedNoPages':
    '`aws iam get-account-authorization-details`의 출력(`UserDetailList`, `GroupDetailList`, `RoleDetailList` 또는 `Policies`가 있는 객체, 또는 그런 페이지의 배열)이어야 하는데 페이지가 없는 배열입니다',
  'import.expectedFound':
    '`aws iam get-account-authorization-details`의 출력(`UserDetailList`, `GroupDetailList`, `RoleDetailList` 또는 `Policies`가 있는 객체, 또는 그런 페이지의 배열)이어야 하는데 {kind}입니다',
  'import.expectedNoLists':
    '`aws iam get-account-authorization-details`의 출력(`UserDetailList`, `GroupDetailList`, `RoleDetailList` 또는 `Policies`가 있는 객체, 또는 그런 페이지의 배열)이어야 하는데 이 목록이 하나도 없습니다',
  'import.pageNotObject': '페이지는 객체여야 하는데 {kind}입니다. 건너뛰었습니다',
  'import.truncated': '마지막 페이지가 잘렸습니다. 이후 페이지의 엔터티가 빠져 있으니 모든 페이지를 가져오세요',
  'import.truncatedMarker':
    '마지막 페이지가 잘렸습니다(다음 `Marker`: {marker}). 이후 페이지의 엔터티가 빠져 있으니 모든 페이지를 가져오세요',
  'import.maxItems':
    '출력이 `--max-items`에서 멈췄습니다(`NextToken`이 설정됨). 그 뒤의 엔터티가 빠져 있으니 모든 페이지를 가져오세요',
  'import.notArray': '`{key}`은(는) 배열이어야 하는데 {kind}입니다. 무시했습니다',
  'import.notString': '`{key}`은(는) 문자열이어야 하는데 {kind}입니다. 무시했습니다',
  'import.notObject': '`{key}`은(는) 객체여야 하는데 {kind}입니다. 무시했습니다',
  'import.badCreateDate': '`CreateDate` {value}은(는) ISO 8601 날짜가 아닙니다. 무시했습니다',
  'import.accountAsked': '입력의 ARN은 계정 {account}을(를) 가리킵니다. 요청한 대로 {asked}에 가져왔습니다',
  'import.badAccountOption': '`accountId` 옵션 {value}은(는) 12자리 계정 ID가 아닙니다. 무시했습니다',
  'import.noAccount':
    '입력의 어떤 ARN도 계정을 가리키지 않습니다. {account}에 가져왔습니다(선택하려면 `accountId`를 지정하세요)',
  'import.otherAccount':
    'ARN이 다른 계정 {account}을(를) 가리킵니다. 모두 가장 많은 ARN이 가리키는 {chosen}에 가져왔습니다',
  'import.entityTwice':
    '{kind} {name}이(가) 두 번 나열되었습니다(이름은 대소문자와 관계없이 계정에서 고유합니다). 첫 번째를 유지합니다',
  'import.missingGroup':
    '그룹 {name}이(가) `GroupDetailList`에 없습니다. 정책 없이 추가했습니다(그룹 자체의 정책은 알 수 없음)',
  'import.duplicateId': '고유 ID {id}이(가) {other}에도 있습니다. 여기서는 무시했습니다',
  'import.profileTaken': '인스턴스 프로파일 {name}은(는) 이미 {other}의 역할을 담고 있습니다. 여기서는 뺐습니다',
  'import.entityNotObject': '{kind}은(는) 객체여야 하는데 {found}입니다. 건너뛰었습니다',
  'import.notEntityArn': '{arn}은(는) IAM {kind} ARN이 아닙니다. 무시했습니다',
  'import.entityNoName': '{kind}에 `{field}`도 `Arn`도 없습니다. 건너뛰었습니다',
  'import.entityBadName': '잘못된 {kind} 이름 {name}입니다. 건너뛰었습니다',
  'import.badPath': '잘못된 경로 {path}입니다. {fallback}을(를) 사용합니다',
  'import.badId': '{id}은(는) {kind} ID(`{prefix}…`)가 아닙니다. 무시했습니다',
  'import.maxSessionDuration': '`MaxSessionDuration`은(는) 3600에서 43200 사이의 초 단위 정수여야 합니다. 무시했습니다',
  'import.inlineNotObject': '인라인 정책은 객체여야 하는데 {kind}입니다. 건너뛰었습니다',
  'import.inlineNoName': '인라인 정책에 `PolicyName`이 없습니다. 건너뛰었습니다',
  'import.inlineBadName': '잘못된 인라인 정책 이름 {name}입니다. 건너뛰었습니다',
  'import.inlineTwice':
    '인라인 정책 {name}이(가) 두 번 나열되었습니다(이름은 대소문자를 구분하지 않음). 첫 번째를 유지합니다',
  'import.inlineBadDocument': '`PolicyDocument`이(가) {problem}. 인라인 정책 {name}을(를) 건너뛰었습니다',
  'import.attachedNotObject': '연결된 정책은 객체여야 하는데 {kind}입니다. 건너뛰었습니다',
  'import.attachedNoRef': '연결된 정책에 `PolicyArn`도 `PolicyName`도 없습니다. 건너뛰었습니다',
  'import.tooManyAttached': '관리형 정책은 최대 {max}개까지 연결할 수 있습니다. {ref}을(를) 뺐습니다',
  'import.boundaryNoArn': '`PermissionsBoundary`에 `PermissionsBoundaryArn`이 없습니다. 무시했습니다',
  'import.groupNameNotString': '그룹 이름은 문자열이어야 하는데 {kind}입니다. 건너뛰었습니다',
  'import.tooManyGroups': '사용자는 최대 {max}개 그룹에 속할 수 있습니다. 그룹 {name}을(를) 뺐습니다',
  'import.tagNotObject': '태그는 객체여야 하는데 {kind}입니다. 건너뛰었습니다',
  'import.tagNoKey': '태그에 `Key`가 없습니다. 건너뛰었습니다',
  'import.tagBadKey': '잘못된 태그 키 {key}입니다. 건너뛰었습니다',
  'import.tagValueTooLong': '태그 값이 256자보다 깁니다. 태그 {key}을(를) 건너뛰었습니다',
  'import.tagTwice': '태그 {key}이(가) 두 번 나열되었습니다. 첫 번째를 유지합니다',
  'import.tooManyTags': '태그는 최대 {max}개입니다. 태그 {key}을(를) 뺐습니다',
  'import.noTrustPolicy': '역할에 `AssumeRolePolicyDocument`가 없습니다. 아무도 신뢰하지 않는 신뢰 정책을 부여했습니다',
  'import.badTrustPolicy':
    '`AssumeRolePolicyDocument`이(가) {problem}. 역할에 아무도 신뢰하지 않는 신뢰 정책을 부여했습니다',
  'import.profileNotObject': '인스턴스 프로파일은 객체여야 하는데 {kind}입니다. 건너뛰었습니다',
  'import.profileNoName': '인스턴스 프로파일에 `InstanceProfileName`이 없습니다. 건너뛰었습니다',
  'import.profileBadName': '잘못된 인스턴스 프로파일 이름 {name}입니다. 건너뛰었습니다',
  'import.noVersionList': '관리형 정책에 `PolicyVersionList`가 없어 문서를 알 수 없습니다. 건너뛰었습니다',
  'import.versionNotObject': '정책 버전은 객체여야 하는데 {kind}입니다. 건너뛰었습니다',
  'import.versionNoId': '정책 버전에 `VersionId`가 없습니다. 건너뛰었습니다',
  'import.versionBadId': '잘못된 `VersionId` {id}입니다. 건너뛰었습니다',
  'import.versionTwice': '버전 {id}이(가) 두 번 나열되었습니다. 첫 번째를 유지합니다',
  'import.versionBadDocument': '`Document`이(가) {problem}. 버전 {id}을(를) 건너뛰었습니다',
  'import.isDefaultNotBoolean': '`IsDefaultVersion`은(는) 불리언이어야 하는데 {kind}입니다',
  'import.tooManyVersions': '관리형 정책은 버전을 최대 {max}개까지 유지합니다. {ids}을(를) 뺐습니다',
  'import.defaultDisagrees':
    '`DefaultVersionId`은(는) {id}인데 {flagged}에 `IsDefaultVersion`이 표시되어 있습니다. {id}을(를) 사용합니다',
  'import.defaultUnusable': '기본 버전 {id}을(를) 쓸 수 없어 정책의 효과를 알 수 없습니다. 건너뛰었습니다',
  'import.defaultMissing': '`DefaultVersionId` {id}이(가) `PolicyVersionList`에 없습니다',
  'import.noUsableMarked': '쓸 수 있는 버전 중 기본으로 표시된 것이 없어 정책의 효과를 알 수 없습니다. 건너뛰었습니다',
  'import.noUsableVersion': '관리형 정책에 쓸 수 있는 버전이 없습니다. 건너뛰었습니다',
  'import.newestDefault': '기본으로 표시된 버전이 없습니다. 가장 최신 버전 {id}을(를) 사용합니다',
  'import.policyNotObject': '관리형 정책은 객체여야 하는데 {kind}입니다. 건너뛰었습니다',
  'import.notPolicyArn': '{arn}은(는) 관리형 정책 ARN이 아닙니다. 무시했습니다',
  'import.policyNoName': '관리형 정책에 `PolicyName`도 `Arn`도 없습니다. 건너뛰었습니다',
  'import.pathDisagrees': '`Path` {path}이(가) `Arn`과 다릅니다. ARN의 {arnPath}을(를) 사용합니다',
  'import.awsTwice': 'AWS 관리형 정책 {name}이(가) 두 번 나열되었습니다. 첫 번째({arn})를 유지합니다',
  'import.policyBadName': '잘못된 관리형 정책 이름 {name}입니다. 건너뛰었습니다',
  'import.policyTwice':
    '관리형 정책 {name}이(가) 두 번 나열되었습니다(이름은 계정에서 고유합니다). 첫 번째를 유지합니다',
  'import.refNotPolicyArn': '{arn}은(는) 관리형 정책 ARN이 아닙니다. 뺐습니다',
  'import.partition': '파티션 {partition}을(를) `aws`로 가져왔습니다(플레이그라운드는 `aws` 파티션을 시뮬레이션합니다)',
  'import.awsCopyUnusable':
    '{name}의 기본 버전을 쓸 수 없습니다({problem}). 시나리오는 내장 문서({version})를 사용합니다',
  'import.attached.notFound':
    '관리형 정책 {ref}은(는) `Policies`에도 없고 내장 AWS 관리형 정책도 아닙니다. 뺐으므로 AWS보다 더 많이 거부될 수 있습니다',
  'import.attached.broken':
    '관리형 정책 {ref}에는 `Policies`에 쓸 수 있는 기본 버전이 없습니다. 뺐으므로 AWS보다 더 많이 거부될 수 있습니다',
  'import.attached.notInPolicies':
    '관리형 정책 {ref}이(가) `Policies`에 없습니다. 뺐으므로 AWS보다 더 많이 거부될 수 있습니다',
  'import.attached.awsBroken':
    '관리형 정책 {ref}에는 `Policies`에 쓸 수 있는 기본 버전이 없고({problem}) 내장 AWS 관리형 정책에도 없습니다. 뺐으므로 AWS보다 더 많이 거부될 수 있습니다',
  'import.attached.awsMissing':
    '관리형 정책 {ref}은(는) `Policies`에도, 내장 AWS 관리형 정책에도 없습니다. 뺐으므로 AWS보다 더 많이 거부될 수 있습니다',
  'import.boundary.notFound':
    '권한 경계 {ref}은(는) `Policies`에도 없고 내장 AWS 관리형 정책도 아닙니다. 경계 없이 가져왔으므로 AWS보다 더 많이 허용될 수 있습니다',
  'import.boundary.broken':
    '권한 경계 {ref}에는 `Policies`에 쓸 수 있는 기본 버전이 없습니다. 경계 없이 가져왔으므로 AWS보다 더 많이 허용될 수 있습니다',
  'import.boundary.notInPolicies':
    '권한 경계 {ref}이(가) `Policies`에 없습니다. 경계 없이 가져왔으므로 AWS보다 더 많이 허용될 수 있습니다',
  'import.boundary.awsBroken':
    '권한 경계 {ref}에는 `Policies`에 쓸 수 있는 기본 버전이 없고({problem}) 내장 AWS 관리형 정책에도 없습니다. 경계 없이 가져왔으므로 AWS보다 더 많이 허용될 수 있습니다',
  'import.boundary.awsMissing':
    '권한 경계 {ref}은(는) `Policies`에도, 내장 AWS 관리형 정책에도 없습니다. 경계 없이 가져왔으므로 AWS보다 더 많이 허용될 수 있습니다',
  'import.copy.badName': '{name}은(는) 올바른 정책 이름이 아닙니다',
  'import.copy.defaultMissing': '{id}이(가) `PolicyVersionList`에 없습니다',
  'import.copy.noDefault': '`PolicyVersionList`에 기본으로 표시된 버전이 없습니다',
  'import.copy.badVersionId': '잘못된 `VersionId` {id}',
  'import.copy.noVersionId': '`VersionId` 없음',
  'import.copy.badDocument': '{id}의 `Document`이(가) {problem}',
  'import.copy.unknown': '알 수 없음',
} satisfies Messages<typeof en>
