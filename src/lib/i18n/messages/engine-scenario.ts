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
} satisfies Messages<typeof en>
