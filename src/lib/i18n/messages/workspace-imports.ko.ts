// Korean for ./workspace-imports.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './workspace-imports'

export const ko = {
  'fileImport.errors': '파일 “{file}”을(를) 가져올 수 없습니다:',
  'fileImport.warnings': '“{file}”을(를) 경고와 함께 가져왔습니다:',
  'fileImport.clash': '이름이 “{name}”인 작업 공간이 이미 있습니다. 가져오기는 기존 작업 공간을 덮어쓰지 않습니다.',
  'fileImport.openCopy': '사본으로 열기',
  'fileImport.tooLarge': '파일이 시나리오 파일 한도인 {mb} MB보다 큽니다',
  'awsImport.title': 'AWS 계정에서 가져오기',
  'awsImport.intro':
    '이 명령이 출력한 JSON을 붙여 넣거나 저장한 파일을 고르세요. 브라우저 안에서만 읽으며, 아무것도 업로드하지 않습니다.',
  'awsImport.textLabel': '권한 부여 세부 정보 (JSON)',
  'awsImport.fileLabel': '또는 파일 선택',
  'awsImport.run': '가져오기',
  'awsImport.running': '엔진 워커에서 가져오는 중…',
  'awsImport.empty': '먼저 JSON을 붙여 넣거나 파일을 고르세요.',
  'awsImport.tooLarge': '파일이 가져오기 한도인 {mb} MB보다 큽니다.',
  'awsImport.failed': '가져오기에 실패했습니다: {message}',
  'awsImport.notDetails': '`aws iam get-account-authorization-details`의 출력이 아닙니다:',
  'awsImport.stats': '사용자: {users} · 그룹: {groups} · 역할: {roles} · 고객 관리형 정책: {policies}',
  'awsImport.warnings': '경고: {n}',
  'awsImport.unresolved': '찾지 못한 관리형 정책: {n}',
  'awsImport.problems': '건너뛰거나 바꾼 부분',
  'awsImport.open': '열기',
  'awsImport.close': '닫기',
  'awsImport.workspaceName': 'AWS 계정 {account}',
  'iacImport.terraform.intro':
    'Terraform 구성(`.tf`) 또는 `terraform show -json`이 계획(`plan`)이나 상태(`state`)에 대해 출력하는 JSON을 붙여 넣거나 파일을 선택하세요. 브라우저에서 읽으며 아무것도 업로드하지 않습니다.',
  'iacImport.cloudformation.intro':
    'CloudFormation 템플릿(JSON 또는 YAML)을 붙여 넣거나 파일을 선택하세요. 브라우저에서 읽으며 아무것도 업로드하지 않습니다.',
  'iacImport.terraform.textLabel': 'Terraform 구성(.tf) 또는 JSON (계획 또는 상태)',
  'iacImport.cloudformation.textLabel': '템플릿 (JSON 또는 YAML)',
  'iacImport.terraform.notInput': 'Terraform 구성이나 `terraform show -json` 출력이 아닙니다:',
  'iacImport.cloudformation.notInput': 'CloudFormation 템플릿이 아닙니다:',
  'iacImport.stats':
    '사용자: {users} · 그룹: {groups} · 역할: {roles} · 관리형 정책: {policies} · 리소스 정책: {resources} · SCP 및 RCP: {organizationPolicies} · 자격 증명 공급자: {identityProviders}',
  'iacImport.unresolved': '입력할 값: {n}',
  'iacImport.fillLegend': '입력할 값',
  'iacImport.rerun': '이 값으로 다시 가져오기',
  'iacImport.terraform.workspaceName': 'Terraform 가져오기',
  'iacImport.cloudformation.workspaceName': 'CloudFormation 가져오기',
} satisfies Messages<typeof en>
