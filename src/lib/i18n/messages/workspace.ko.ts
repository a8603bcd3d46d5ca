// Korean for ./workspace.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './workspace'

export const ko = {
  'workspace.label': '작업 공간',
  'workspace.menu': '작업 공간',
  'workspace.cancel': '취소',
  'workspace.import': '시나리오 파일 가져오기',
  'workspace.importTerraform': 'Terraform 가져오기',
  'workspace.importCloudFormation': 'CloudFormation 가져오기',
  'workspace.missing': '이 작업 공간은 더 이상 없습니다.',
  'workspace.unreadable': '이 작업 공간을 읽을 수 없습니다: {detail}',
  'workspace.untitled': '제목 없음',
  'workspace.sharedName': '공유된 시나리오',
  'workspace.importedName': '가져온 시나리오',
} satisfies Messages<typeof en>
