// Korean for ./engine-diagnostics.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './engine-diagnostics'

export const ko = {
  // --- JSON ---
  'diag.too-large': '정책 텍스트가 {length}자입니다. 한도는 {limit}자입니다',
  'diag.too-deep': 'JSON이 {depth}단계보다 깊게 중첩되어 있습니다',
  'diag.too-deep.at': 'JSON이 {depth}단계보다 깊게 중첩되어 있습니다({line}행 {column}열)',
  'diag.json-empty': '정책이 비어 있습니다',
  'diag.json-syntax': '{line}행 {column}열의 JSON 구문 오류: {error}',
  'diag.json-syntax.InvalidSymbol': '{line}행 {column}열의 JSON 구문 오류: 잘못된 기호',
  'diag.json-syntax.InvalidNumberFormat': '{line}행 {column}열의 JSON 구문 오류: 잘못된 숫자 형식',
  'diag.json-syntax.PropertyNameExpected': '{line}행 {column}열의 JSON 구문 오류: 속성 이름이 와야 합니다',
  'diag.json-syntax.ValueExpected': '{line}행 {column}열의 JSON 구문 오류: 값이 와야 합니다',
  'diag.json-syntax.ColonExpected': '{line}행 {column}열의 JSON 구문 오류: 콜론(`:`)이 와야 합니다',
  'diag.json-syntax.CommaExpected': '{line}행 {column}열의 JSON 구문 오류: 쉼표(`,`)가 와야 합니다',
  'diag.json-syntax.CloseBraceExpected': '{line}행 {column}열의 JSON 구문 오류: 닫는 중괄호(`}`)가 와야 합니다',
  'diag.json-syntax.CloseBracketExpected': '{line}행 {column}열의 JSON 구문 오류: 닫는 대괄호(`]`)가 와야 합니다',
  'diag.json-syntax.EndOfFileExpected': '{line}행 {column}열의 JSON 구문 오류: 여기서 텍스트가 끝나야 합니다',
  'diag.json-syntax.InvalidCommentToken': '{line}행 {column}열의 JSON 구문 오류: 잘못된 주석',
  'diag.json-syntax.UnexpectedEndOfComment': '{line}행 {column}열의 JSON 구문 오류: 주석이 닫히지 않았습니다',
  'diag.json-syntax.UnexpectedEndOfString': '{line}행 {column}열의 JSON 구문 오류: 문자열이 닫히지 않았습니다',
  'diag.json-syntax.UnexpectedEndOfNumber': '{line}행 {column}열의 JSON 구문 오류: 숫자가 중간에 끝났습니다',
  'diag.json-syntax.InvalidUnicode': '{line}행 {column}열의 JSON 구문 오류: 잘못된 유니코드 이스케이프',
  'diag.json-syntax.InvalidEscapeCharacter': '{line}행 {column}열의 JSON 구문 오류: 잘못된 이스케이프 문자',
  'diag.json-syntax.InvalidCharacter': '{line}행 {column}열의 JSON 구문 오류: 잘못된 문자',
  'diag.help.too-deep': '정책은 몇 단계만 중첩됩니다. 남는 괄호를 지우세요',
  'diag.help.json-empty': '`{ "Version": "2012-10-17", "Statement": [] }`(으)로 시작하세요',
  'diag.help.json': 'JSON 구문을 고치세요',
  'diag.help.json.CommaExpected': '멤버와 배열 항목은 `,`로 구분하세요',
  'diag.help.json.ColonExpected': '`"key": value` 형태로 쓰세요',
  'diag.help.json.PropertyNameExpected': '속성 이름은 큰따옴표로 감싼 문자열입니다. 끝에 남은 쉼표를 지우세요',
  'diag.help.json.ValueExpected': '여기에 값이 없습니다(끝에 남은 쉼표나 빈자리)',
  'diag.help.json.CloseBraceExpected': '객체가 `}`(으)로 닫히지 않았습니다',
  'diag.help.json.CloseBracketExpected': '배열이 `]`(으)로 닫히지 않았습니다',
  'diag.help.json.InvalidSymbol': 'JSON 문자열은 큰따옴표를 씁니다. 정책에는 주석을 쓸 수 없습니다',
  'diag.help.json.InvalidCommentToken': '정책에는 주석을 쓸 수 없습니다',
  'diag.help.json.EndOfFileExpected': '정책이 끝난 뒤에 텍스트가 더 있습니다',

  // --- Policy grammar ---
  'diag.not-json.cycle': '정책이 JSON이 아닙니다: 순환 참조가 있습니다',
  'diag.not-json.deep': '정책이 JSON이 아닙니다: 값이 {depth}단계보다 깊게 중첩되어 있습니다',
  'diag.not-json.number': '정책이 JSON이 아닙니다: JSON으로 나타낼 수 없는 숫자가 있습니다',
  'diag.not-json.type': '정책이 JSON이 아닙니다: JSON으로 나타낼 수 없는 값(`{type}`)이 있습니다',
  'diag.policy-not-object': '정책은 JSON 객체여야 합니다',
  'diag.help.policy-not-object': '정책을 `{`(으)로 시작하세요',
  'diag.unknown-element.policy': '알 수 없는 정책 요소 `{element}`',
  'diag.unknown-element.statement': '알 수 없는 명령문 요소 `{element}`',
  'diag.help.element-case': '요소 이름은 대소문자를 구분합니다. `{value}`(으)로 쓰세요',
  'diag.help.policy-elements': '정책에는 `Version`, `Id`, `Statement`가 있습니다',
  'diag.help.statement-elements': '명령문에는 {elements}이(가) 있습니다',
  'diag.invalid-version': '잘못된 `Version` {value}',
  'diag.help.invalid-version': '`Version`은 `2012-10-17`(현재) 또는 `2008-10-17`이어야 합니다',
  'diag.invalid-id': '`Id`는 문자열이어야 합니다',
  'diag.missing-statement': '정책에 `Statement`가 없습니다',
  'diag.help.missing-statement': '`"Statement": [ ... ]`를 추가하세요',
  'diag.empty-statement': '`Statement`가 비어 있습니다',
  'diag.help.empty-statement': '명령문을 하나 이상 추가하세요',
  'diag.too-many-statements': '정책에 명령문이 {count}개 있습니다. 엔진은 {limit}개까지 받습니다',
  'diag.statement-not-object': '`Statement`는 객체이거나 객체의 배열이어야 합니다',
  'diag.statement-not-object.item': '명령문 {index}이(가) 객체가 아닙니다',
  'diag.duplicate-key': '같은 객체에 `{key}`이(가) 두 번 나옵니다',
  'diag.help.duplicate-key': 'AWS는 중복된 키를 거부합니다. 값을 하나로 합치세요',
  'diag.invalid-sid': '`Sid`는 문자열이어야 합니다',
  'diag.missing-effect': '명령문에 `Effect`가 없습니다',
  'diag.help.missing-effect': '`"Effect": "Allow"` 또는 `"Effect": "Deny"`를 추가하세요',
  'diag.invalid-effect': '잘못된 효과 {value}',
  'diag.help.invalid-effect': '`Effect`는 `Allow` 또는 `Deny`여야 합니다(대소문자 구분)',
  'diag.principal-and-notprincipal': '명령문에 `Principal`과 `NotPrincipal`을 함께 쓸 수 없습니다',
  'diag.principal-not-allowed.identity': '자격 증명 기반 정책에는 `{element}`을(를) 쓸 수 없습니다',
  'diag.principal-not-allowed.boundary': '권한 경계에는 `{element}`을(를) 쓸 수 없습니다',
  'diag.principal-not-allowed.session': '세션 정책에는 `{element}`을(를) 쓸 수 없습니다',
  'diag.principal-not-allowed.scp': '서비스 제어 정책(SCP)에는 `{element}`을(를) 쓸 수 없습니다',
  'diag.help.principal-not-allowed.identity':
    '자격 증명 기반 정책의 보안 주체는 정책이 연결된 대상입니다. `{element}`을(를) 지우세요',
  'diag.help.principal-not-allowed.boundary':
    '권한 경계의 보안 주체는 경계가 연결된 대상입니다. `{element}`을(를) 지우세요',
  'diag.help.principal-not-allowed.session':
    '세션 정책의 보안 주체는 정책이 연결된 대상입니다. `{element}`을(를) 지우세요',
  'diag.help.principal-not-allowed.scp':
    '서비스 제어 정책(SCP)의 보안 주체는 정책이 연결된 대상입니다. `{element}`을(를) 지우세요',
  'diag.missing-principal.resource': '리소스 기반 정책의 명령문에는 `Principal`이 있어야 합니다',
  'diag.missing-principal.trust': '역할 신뢰 정책의 명령문에는 `Principal`이 있어야 합니다',
  'diag.missing-principal.rcp': '리소스 제어 정책(RCP)의 명령문에는 `Principal`이 있어야 합니다',
  'diag.help.missing-principal': '`"Principal": { "AWS": "arn:aws:iam::111122223333:root" }`를 추가하세요',
  'diag.action-and-notaction': '명령문에 `Action`과 `NotAction`을 함께 쓸 수 없습니다',
  'diag.help.action-and-notaction': '`Action`과 `NotAction` 중 하나만 두세요',
  'diag.resource-and-notresource': '명령문에 `Resource`와 `NotResource`를 함께 쓸 수 없습니다',
  'diag.help.resource-and-notresource': '`Resource`와 `NotResource` 중 하나만 두세요',
  'diag.missing-action': '명령문에 `Action`이나 `NotAction`이 없습니다',
  'diag.missing-action.identity': '자격 증명 기반 정책의 명령문에 `Action`이나 `NotAction`이 없습니다',
  'diag.missing-action.resource': '리소스 기반 정책의 명령문에 `Action`이나 `NotAction`이 없습니다',
  'diag.missing-action.trust': '역할 신뢰 정책의 명령문에 `Action`이나 `NotAction`이 없습니다',
  'diag.missing-action.boundary': '권한 경계의 명령문에 `Action`이나 `NotAction`이 없습니다',
  'diag.missing-action.session': '세션 정책의 명령문에 `Action`이나 `NotAction`이 없습니다',
  'diag.missing-action.scp': '서비스 제어 정책(SCP)의 명령문에 `Action`이나 `NotAction`이 없습니다',
  'diag.missing-action.rcp': '리소스 제어 정책(RCP)의 명령문에 `Action`이나 `NotAction`이 없습니다',
  'diag.help.missing-action': '`"Action": ...`을 추가하세요',
  'diag.missing-resource.identity': '자격 증명 기반 정책의 명령문에 `Resource`나 `NotResource`가 없습니다',
  'diag.missing-resource.resource': '리소스 기반 정책의 명령문에 `Resource`나 `NotResource`가 없습니다',
  'diag.missing-resource.boundary': '권한 경계의 명령문에 `Resource`나 `NotResource`가 없습니다',
  'diag.missing-resource.session': '세션 정책의 명령문에 `Resource`나 `NotResource`가 없습니다',
  'diag.missing-resource.scp': '서비스 제어 정책(SCP)의 명령문에 `Resource`나 `NotResource`가 없습니다',
  'diag.missing-resource.rcp': '리소스 제어 정책(RCP)의 명령문에 `Resource`나 `NotResource`가 없습니다',
  'diag.help.missing-resource': '`"Resource": ...`를 추가하세요',
  'diag.empty-value.list': '`{element}`이(가) 빈 목록입니다',
  'diag.help.empty-value.list': '값을 하나 이상 넣거나 요소를 지우세요',
  'diag.empty-value.string': '`{element}`에 빈 문자열이 있습니다',
  'diag.empty-value.object': '`{element}`이(가) 빈 객체입니다',
  'diag.empty-value.operator': '`{operator}`에 조건 키가 없습니다',
  'diag.empty-value.condition-key': '조건 키 `{key}`의 값 목록이 비어 있습니다',
  'diag.too-many-values': '`{element}`에 값이 {count}개 있습니다. 엔진은 {limit}개까지 받습니다',
  'diag.wrong-type.object': '`{element}`의 값은 객체가 아니라 문자열이어야 합니다',
  'diag.wrong-type.array': '`{element}`의 값은 배열이 아니라 문자열이어야 합니다',
  'diag.wrong-type.value': '`{element}`의 값은 문자열이어야 합니다(`{type}` {value}은(는) 안 됩니다)',
  'diag.wrong-type.condition.null': '조건 값은 문자열, 숫자, 불리언 중 하나여야 합니다(`null`은 안 됩니다)',
  'diag.wrong-type.condition.object': '조건 값은 문자열, 숫자, 불리언 중 하나여야 합니다(객체는 안 됩니다)',
  'diag.wrong-type.condition.array': '조건 값은 문자열, 숫자, 불리언 중 하나여야 합니다(배열은 안 됩니다)',
  'diag.value-too-long': '`{element}` 값이 {length}자입니다',
  'diag.invalid-action.prefix': '작업 `{value}`에 서비스 접두사가 없습니다',
  'diag.help.invalid-action.prefix': '작업은 `service:Action` 형태로 쓰세요. 예: `s3:GetObject`',
  'diag.invalid-action.shape': '작업 `{value}`이(가) `service:Action` 형태가 아닙니다',
  'diag.help.invalid-action.shape':
    '작업은 서비스 접두사, 콜론, 작업 이름으로 이루어집니다. 와일드카드는 `*`와 `?`만 쓸 수 있습니다',
  'diag.malformed-arn.not-arn': '리소스 `{value}`이(가) ARN이 아닙니다',
  'diag.help.malformed-arn.not-arn': '리소스는 `*`이거나 `arn:aws:s3:::bucket/*` 같은 ARN입니다',
  'diag.malformed-arn.parts': '리소스 `{value}`에 ARN의 6개 부분 중 {count}개만 있습니다',
  'diag.help.malformed-arn.parts': 'ARN은 `arn:partition:service:region:account:resource`입니다',
  'diag.invalid-principal.string': '`{element}`은(는) `"*"`이거나 `{"AWS": ...}` 같은 객체여야 합니다',
  'diag.help.invalid-principal.string': '`{"AWS": {value}}`(으)로 쓰세요',
  'diag.invalid-principal.shape': '`{element}`은(는) `"*"`이거나 객체여야 합니다',
  'diag.invalid-principal.type': '알 수 없는 보안 주체 유형 `{type}`',
  'diag.help.invalid-principal.type': '`AWS`, `Service`, `Federated`, `CanonicalUser` 중 하나를 쓰세요',
  'diag.invalid-principal.aws': '잘못된 AWS 보안 주체 `{value}`',
  'diag.help.invalid-principal.aws':
    '계정 ID, `arn:aws:iam::ACCOUNT:root`, 사용자·역할·수임된 역할 세션의 ARN, 또는 `*`를 쓰세요',
  'diag.invalid-principal.wildcard': '보안 주체 ARN에는 와일드카드를 쓸 수 없습니다: `{value}`',
  'diag.help.invalid-principal.wildcard': '대신 `"*"`를 쓰고 `aws:PrincipalArn`에 조건을 거세요',
  'diag.invalid-condition': '`Condition`은 연산자로 이루어진 객체여야 합니다',
  'diag.help.invalid-condition': '`"Condition": { "StringEquals": { "aws:SourceVpc": "vpc-1" } }`처럼 쓰세요',
  'diag.invalid-condition.operator': '`{operator}`은(는) 조건 키를 값에 대응시키는 객체여야 합니다',
  'diag.unknown-condition-operator': '알 수 없는 조건 연산자 `{operator}`',
  'diag.help.unknown-condition-operator':
    'IAM 조건 연산자를 확인하세요. 예: `StringEquals`, `ArnLike`, `IpAddress`, `Bool`',
  'diag.duplicate-sid': '중복된 `Sid` `{sid}`',
  'diag.help.duplicate-sid': '명령문마다 자기 `Sid`가 있어야 합니다',

  // --- General checks ---
  'diag.missing-version': '정책에 `Version`이 없습니다',
  'diag.help.missing-version':
    '`"Version": "2012-10-17"`를 추가하세요. 없으면 AWS는 `2008-10-17`을 쓰고, 이때 정책 변수는 그냥 텍스트입니다',
  'diag.variable-needs-version.old': '`Version`이 `{version}`이므로 `{variable}`은(는) 그냥 텍스트입니다',
  'diag.variable-needs-version.none': '정책에 `Version`이 없으므로 `{variable}`은(는) 그냥 텍스트입니다',
  'diag.help.variable-needs-version': '정책 변수는 `"Version": "2012-10-17"`일 때만 값으로 바뀝니다',
  'diag.action-with-separator.comma.action':
    '`{value}`에 쉼표가 있습니다. AWS는 이것을 작업 이름 하나로 읽으므로 어떤 작업과도 일치하지 않습니다',
  'diag.action-with-separator.space.action':
    '`{value}`에 공백이 있습니다. AWS는 이것을 작업 이름 하나로 읽으므로 어떤 작업과도 일치하지 않습니다',
  'diag.action-with-separator.both.action':
    '`{value}`에 쉼표와 공백이 있습니다. AWS는 이것을 작업 이름 하나로 읽으므로 어떤 작업과도 일치하지 않습니다',
  'diag.action-with-separator.comma.notAction':
    '`{value}`에 쉼표가 있습니다. AWS는 이것을 작업 이름 하나로 읽으므로 아무 작업도 제외하지 않습니다',
  'diag.action-with-separator.space.notAction':
    '`{value}`에 공백이 있습니다. AWS는 이것을 작업 이름 하나로 읽으므로 아무 작업도 제외하지 않습니다',
  'diag.action-with-separator.both.notAction':
    '`{value}`에 쉼표와 공백이 있습니다. AWS는 이것을 작업 이름 하나로 읽으므로 아무 작업도 제외하지 않습니다',
  'diag.help.action-list': '작업마다 따로 문자열로 쓰세요: {actions}',
  'diag.wildcard-service-prefix': '`{value}`의 서비스 접두사에 와일드카드가 있습니다',
  'diag.help.wildcard-service-prefix':
    '서비스 이름을 정확히 쓰세요. 그 자리의 와일드카드는 접두사가 비슷한 다른 서비스와도 일치할 수 있습니다',
  'diag.redundant.twice': '`{value}`이(가) `{element}`에 두 번 나옵니다',
  'diag.redundant.covered': '`{value}`은(는) 중복입니다: `{other}`이(가) 이미 포함합니다',
  'diag.help.remove': '`{value}`을(를) 지우세요',

  // --- Size quotas ---
  'diag.policy-too-large.managed': '정책이 {count}자입니다. 관리형 정책은 {limit}자까지입니다',
  'diag.policy-too-large.user-inline': '정책이 {count}자입니다. 사용자의 인라인 정책은 합쳐서 {limit}자까지입니다',
  'diag.policy-too-large.group-inline': '정책이 {count}자입니다. 그룹의 인라인 정책은 합쳐서 {limit}자까지입니다',
  'diag.policy-too-large.role-inline': '정책이 {count}자입니다. 역할의 인라인 정책은 합쳐서 {limit}자까지입니다',
  'diag.policy-too-large.trust': '정책이 {count}자입니다. 역할 신뢰 정책은 {limit}자까지입니다',
  'diag.policy-too-large.session': '정책이 {count}자입니다. 세션 정책은 {limit}자까지입니다',
  'diag.help.policy-too-large':
    '공백은 세지 않습니다. 정책을 나누거나, 명령문을 합치고 안전한 곳에 와일드카드를 쓰세요',
  'diag.policy-too-large.minified.scp':
    '정책이 공백을 빼고 {count}자입니다. 서비스 제어 정책(SCP)은 {limit}자까지입니다',
  'diag.policy-too-large.minified.rcp':
    '정책이 공백을 빼고 {count}자입니다. 리소스 제어 정책(RCP)은 {limit}자까지입니다',
  'diag.help.policy-too-large.minified': '정책을 나누거나, 명령문을 합치고 안전한 곳에 와일드카드를 쓰세요',
  'diag.policy-too-large-unless-minified.scp':
    '정책이 쓴 그대로 {count}자입니다. 서비스 제어 정책(SCP)은 {limit}자까지입니다',
  'diag.policy-too-large-unless-minified.rcp':
    '정책이 쓴 그대로 {count}자입니다. 리소스 제어 정책(RCP)은 {limit}자까지입니다',
  'diag.help.policy-too-large-unless-minified':
    '콘솔은 요소 사이의 공백을 지우지만({minified}자가 됩니다) API와 CLI는 텍스트를 그대로 저장합니다. 저장하기 전에 공백을 줄이세요',

  // --- Security checks ---
  'diag.allow-all-actions-all-resources': '이 명령문은 모든 리소스에 모든 작업을 허용합니다',
  'diag.help.allow-all-actions-all-resources':
    '필요한 작업과 리소스만 허용하세요. 완전한 관리자 권한은 별도로, 의도해서 만든 정책에 두어야 합니다',
  'diag.pass-role-all-resources': '`Resource` `*`에 대한 `iam:PassRole`은 호출자가 아무 역할이나 넘기게 합니다',
  'diag.pass-role-all-resources.wildcard':
    '`Resource` `*`에 대한 `{action}`(`iam:PassRole` 포함)은 호출자가 아무 역할이나 넘기게 합니다',
  'diag.help.pass-role-all-resources':
    '넘길 수 있는 역할을 지정하고(`arn:aws:iam::ACCOUNT:role/NAME`) `iam:PassedToService`로 제한하세요',
  'diag.allow-with-not-action':
    '`NotAction`이 있는 `Allow`는 나열하지 않은 모든 작업을 허용합니다. AWS가 나중에 추가하는 작업도 포함됩니다',
  'diag.help.allow-with-not-action': '대신 허용할 작업을 `Action`으로 나열하거나, `NotAction`은 `Deny` 명령문에 쓰세요',
  'diag.allow-with-not-resource':
    '`NotResource`가 있는 `Allow`는 나열하지 않은 모든 리소스를 허용합니다. 나중에 만들어지는 리소스도 포함됩니다',
  'diag.help.allow-with-not-resource':
    '대신 허용할 리소스를 `Resource`로 나열하거나, `NotResource`는 `Deny` 명령문에 쓰세요',
  'diag.allow-with-not-principal':
    '`NotPrincipal`이 있는 `Allow`는 나열하지 않은 모두에게 허용합니다. 익명 사용자도 포함됩니다',
  'diag.help.allow-with-not-principal': '대신 허용할 보안 주체를 `Principal`로 지정하세요',
  'diag.public-principal.trust': '조건 없는 `Principal` `*`: 누구나 이 역할을 수임할 수 있습니다',
  'diag.public-principal': '조건 없는 `Principal` `*`: 이 명령문은 익명 사용자를 포함한 모두에게 액세스를 허용합니다',
  'diag.help.public-principal':
    '보안 주체를 지정하거나, `aws:PrincipalOrgID`, `aws:SourceAccount`, `aws:SourceArn` 같은 조건을 추가하세요',
  'diag.trust-account-without-external-id':
    '계정 `{account}`에서 `sts:AssumeRole`이 허용된 보안 주체는 누구나 이 역할을 수임할 수 있습니다',
  'diag.help.trust-account-without-external-id':
    '제3자라면 조건에서 `sts:ExternalId`를 요구하세요. 자기 계정이라면 역할이나 사용자를 지정하세요(또는 `aws:PrincipalArn`을 검사하세요)',

  // --- Set operators ---
  'diag.set-operator-on-single-valued-key': '단일 값 키 `{key}`에 `{set}`을(를) 썼습니다',
  'diag.help.set-operator-on-single-valued-key.all':
    '`ForAllValues`는 `{key}`이(가) 없을 때도 참이므로 의도보다 넓게 일치할 수 있습니다. `{operator}`을(를) 쓰세요',
  'diag.help.set-operator-on-single-valued-key': '집합 연산자는 다중 값 키에 씁니다. `{operator}`을(를) 쓰세요',
  'diag.single-value-operator-on-multivalued-key': '다중 값 키 `{key}`에 `{operator}`을(를) 썼습니다',
  'diag.help.single-value-operator-on-multivalued-key':
    '`ForAnyValue:{operator}`(값 하나라도 일치) 또는 `ForAllValues:{operator}`(모든 값이 일치)를 쓰세요',
  'diag.for-all-values-with-allow': '`{operator}`은(는) `{key}`이(가) 없는 요청도 허용합니다',
  'diag.help.for-all-values-with-allow':
    '`ForAllValues`는 키가 없거나 비어 있으면 참입니다. 이 명령문에 `"Null": { "{key}": "false" }`를 추가하세요',

  // --- Catalog checks ---
  'diag.unknown-service': '`{value}`의 서비스 접두사 `{service}`을(를) 알 수 없습니다',
  'diag.help.unknown-service': '서비스 접두사는 서비스 승인 참조에 나와 있습니다(`s3`, `ec2`, `iam`, ...)',
  'diag.help.did-you-mean': '`{value}`을(를) 뜻했나요?',
  'diag.help.write': '`{value}`(으)로 쓰세요',
  'diag.action-matches-nothing': '`{value}`은(는) {service}의 어떤 작업과도 일치하지 않습니다',
  'diag.help.action-matches-nothing': '철자를 확인하세요. 작업 이름은 서비스 승인 참조에 나와 있습니다',
  'diag.unknown-action': '알 수 없는 작업 `{value}`: {service}에는 `{name}` 작업이 없습니다',
  'diag.help.unknown-action': '서비스 승인 참조에서 {service}의 작업을 확인하세요',
  'diag.action-case': 'AWS 참조에서는 `{value}`을(를) `{canonical}`(으)로 씁니다',
  'diag.resource-service-mismatch':
    '`{resource}`은(는) `{service}` 리소스인데, 이 명령문의 작업은 {services}의 작업입니다',
  'diag.help.resource-service-mismatch':
    '작업이 이 리소스와 일치할 수 없습니다. ARN을 확인하거나, `{service}` 작업이 있는 명령문으로 옮기세요',
  'diag.condition-key-not-applicable': '조건 키 `{key}`은(는) `{action}`에 적용되지 않습니다',
  'diag.condition-key-not-applicable.any': '조건 키 `{key}`은(는) 이 명령문의 어떤 작업에도 적용되지 않습니다',
  'diag.help.condition-key-not-applicable':
    'AWS는 키를 지원하지 않는 작업의 요청에서 그 키를 빼므로, 이 조건은 없는 키를 검사합니다. 서비스 승인 참조를 확인하세요',
  'diag.unknown-condition-key': '알 수 없는 조건 키 `{key}`',
  'diag.help.unknown-condition-key':
    '전역 키(`aws:...`)나 명령문의 서비스가 가진 키를 쓰세요. 알 수 없는 키는 어떤 요청에도 없습니다',
  'diag.operator-type-mismatch.a': '`{operator}`은(는) `{family}` 값을 비교하는데, `{key}`은(는) `{type}` 키입니다',
  'diag.operator-type-mismatch.an': '`{operator}`은(는) `{family}` 값을 비교하는데, `{key}`은(는) `{type}` 키입니다',
  'diag.help.operator-type-mismatch': '`{type}` 값용 연산자를 쓰세요. 예: `{example}`',

  // --- Quick fixes ---
  'diag.fix.change-to': '`{value}`(으)로 바꾸기',
  'diag.fix.set-version': '`"Version": "2012-10-17"` 설정',
  'diag.fix.split-actions': '작업을 따로따로 나누기',
  'diag.fix.remove': '`{value}` 지우기',
} satisfies Messages<typeof en>
