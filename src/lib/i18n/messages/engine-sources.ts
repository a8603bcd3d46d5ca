// How the engine names the scenario's entities and policies in an answer ("user `alice`", "inline policy `S3Read` of
// user `alice`"), where each policy came from, and what the scenario names but does not define. English is the
// engine's own (src/engine/messages/sources.en.ts, written once); Korean has every key. `{entity}` and `{node}` are
// entity phrases of this catalog.

import { SOURCES_EN } from '../../../engine/index'
import type { Messages } from './types'

export const en = SOURCES_EN

export const ko = {
  'entity.user': '사용자 `{name}`',
  'entity.group': '그룹 `{name}`',
  'entity.role': '역할 `{name}`',
  'entity.session': '세션 `{name}`',
  'entity.resource': '리소스 `{name}`',
  'entity.account': '계정 `{name}`',
  'entity.ou': '조직 단위 `{name}`',
  'entity.orgRoot': '조직 루트 `{name}`',
  'entity.root': '계정 `{name}`의 루트 사용자',

  'policyLabel.inline': '{entity}의 인라인 정책 `{policy}`',
  'policyLabel.customerManaged': '고객 관리형 정책 `{policy}`',
  'policyLabel.awsManaged': 'AWS 관리형 정책 `{policy}`',
  'policyLabel.boundary': '권한 경계 `{policy}`',
  'policyLabel.scp': 'SCP `{policy}`',
  'policyLabel.rcp': 'RCP `{policy}`',
  'policyLabel.trust': '역할 `{role}`의 신뢰 정책',
  'policyLabel.trustName': '`{role}`의 신뢰 정책',
  'policyLabel.sessionPolicy': '세션 정책 {n}',
  'policyLabel.session': '세션 `{session}`의 세션 정책 {n}',
  'policyLabel.resource': '`{name}`의 리소스 기반 정책',
  'policyLabel.resource.s3': '`{name}`의 버킷 정책',
  'policyLabel.resource.kms': '`{name}`의 키 정책',
  'policyLabel.resource.sqs': '`{name}`의 대기열 정책',
  'policyLabel.resource.sns': '`{name}`의 주제 정책',
  'policyLabel.resource.lambda': '`{name}`의 함수 정책',
  'policyLabel.resource.secretsmanager': '`{name}`의 보안 암호 정책',
  'policyLabel.resource.dynamodb': '`{name}`의 테이블 정책',
  'policyLabel.resource.ecr': '`{name}`의 리포지토리 정책',
  'policyLabel.resource.logs': '`{name}`의 로그 그룹 정책',
  'policyLabel.resource.glacier': '`{name}`의 볼트 정책',

  'source.groupInline': '그룹 `{group}`을(를) 통한 인라인 정책 `{policy}`',
  'source.managed.aws': 'AWS 관리형 정책 `{policy}`(`{version}`)',
  'source.managed.customer': '고객 관리형 정책 `{policy}`(`{version}`)',
  'source.groupManaged.aws': '그룹 `{group}`을(를) 통한 AWS 관리형 정책 `{policy}`(`{version}`)',
  'source.groupManaged.customer': '그룹 `{group}`을(를) 통한 고객 관리형 정책 `{policy}`(`{version}`)',
  'source.boundary': '{entity}의 권한 경계 `{policy}`(`{version}`)',
  'source.passwordPolicy': '계정 `{account}`의 암호 정책: 사용자가 자기 암호를 변경할 수 있습니다',
  'source.sessionManaged.aws': '세션 `{session}`에 세션 정책으로 전달된 AWS 관리형 정책 `{policy}`(`{version}`)',
  'source.sessionManaged.customer': '세션 `{session}`에 세션 정책으로 전달된 고객 관리형 정책 `{policy}`(`{version}`)',
  'source.org.scp': '{node}에 연결된 SCP `{policy}`',
  'source.org.rcp': '{node}에 연결된 RCP `{policy}`',
  'source.org.scpDefault': '{node}에 기본으로 연결된 SCP `{policy}`',
  'source.org.rcpDefault': '{node}에 기본으로 연결된 RCP `{policy}`',

  'unresolved.managed': '{entity}의 관리형 정책 `{ref}`',
  'unresolved.boundary': '{entity}의 권한 경계 `{ref}`',
  'unresolved.group': '{entity}의 그룹 `{ref}`',
  'unresolved.sessionManaged': '세션 `{session}`의 관리형 세션 정책 `{ref}`',
} satisfies Messages<typeof en>
