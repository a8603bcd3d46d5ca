// Korean for ./iac-export.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './iac-export'

export const ko = {
  'iacExport.terraform': 'Terraform으로 내보내기',
  'iacExport.cloudFormation': 'CloudFormation으로 내보내기 (YAML)',
  'iacExport.cloudFormationJson': 'CloudFormation으로 내보내기 (JSON)',
  'iacExport.cliScript': 'AWS CLI 스크립트로 내보내기',
  'iacExport.entity': '필요한 항목과 함께 내보내기',
  'iacExport.entityAs': '{name} 및 필요한 항목을 {format}(으)로 내보내기',
  'iacExport.failed': '내보내지 못했습니다: {message}',
} satisfies Messages<typeof en>
