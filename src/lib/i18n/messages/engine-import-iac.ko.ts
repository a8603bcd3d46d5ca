// Korean for ./engine-import-iac.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts). The input's
// values arrive quoted (`"alice"`), so they stay as written.

import type { Messages } from './types'
import type { en } from './engine-import-iac'

export const ko = {
  'importIac.badJson': '입력이 올바른 JSON이 아닙니다({error})',
  'importIac.badYaml': '템플릿이 올바른 YAML이 아닙니다({error})',
  'importIac.notTerraform':
    '`terraform show -json` 출력(`values`, `planned_values` 또는 `resource_changes`가 있는 객체)이어야 하는데 {kind}입니다',
  'importIac.badHcl': '파일이 올바른 HCL이 아닙니다({error})',
  'importIac.notTemplate': 'CloudFormation 템플릿(`Resources`가 있는 객체)이어야 하는데 {kind}입니다',
  'importIac.notHcl': '파싱된 HCL(`resource`가 있는 객체)이어야 하는데 {kind}입니다',
  'importIac.noResources': 'IAM 리소스를 찾지 못했습니다',
  'importIac.unsupported': '리소스 유형 {type}은(는) 가져오지 않습니다. 건너뜀',
  'importIac.notObject': '{what}은(는) 객체여야 하는데 {kind}입니다. 건너뜀',
  'importIac.noName': '이름이 없어 {provider}이(가) 이름을 생성합니다. {name}을(를) 사용합니다',
  'importIac.twice': '{kind} {name}이(가) 두 번 정의되었습니다. 첫 번째를 유지합니다',
  'importIac.missingTarget': '{kind} {name}이(가) 입력에 정의되어 있지 않습니다. 정책 없이 추가했습니다',
  'importIac.badDocument': '정책 문서가 올바른 JSON이 아닙니다({error}). 건너뜀',
  'importIac.documentNotObject': '정책 문서가 JSON 객체가 아니라 {kind}입니다. 건너뜀',
  'importIac.badNumber': '{value}은(는) 숫자가 아닙니다. 무시함',
  'importIac.orgTarget': '정책 대상 {target}은(는) 루트, 알려진 OU, 계정 중 어느 것도 아닙니다. 루트에 연결했습니다',
  'importIac.unknownPolicy': '정책 {ref}이(가) 입력에 정의되어 있지 않습니다. 이름으로 연결했습니다',
  'importIac.missingField': '`{field}`이(가) 없습니다. 건너뜀',
  'importIac.unknown': '적용 후에야 알 수 있는 값입니다. {ref}의 값을 입력하세요',
  'importIac.unresolved': '입력만으로는 {ref}을(를) 확인할 수 없습니다. 값을 입력하세요',
  'importIac.parameter': '파라미터 {name}에 `Default`가 없습니다. 값을 입력하세요',
  'importIac.variable': '변수 {name}에 `default`가 없습니다. 값을 입력하세요',
  'importIac.condition': '{fn}은(는) 조건에 따라 달라지며 조건은 평가하지 않습니다. 확인되지 않은 채로 둡니다',
  'importIac.intrinsic': '내장 함수 {fn}은(는) 지원하지 않습니다. 확인되지 않은 채로 둡니다',
  'importIac.leftOut': '나열된 값을 입력할 때까지 제외합니다: {problem}',
  'importIac.expression': '식 {expr}을(를) 평가할 수 없습니다. 확인되지 않은 채로 둡니다',
} satisfies Messages<typeof en>
