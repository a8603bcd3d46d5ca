// Korean for ./about.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './about'

export const ko = {
  'about.button': '정보',
  'about.title': 'IAM 플레이그라운드 정보',
  'about.close': '닫기',
  'about.what':
    '브라우저 안에서만 실행되는 AWS IAM 정책 플레이그라운드입니다. AWS가 문서화한 정책 평가 로직대로 요청을 평가하고, 모든 결정을 설명하며, 서버로 아무것도 보내지 않습니다.',
  'about.version': '버전',
  'about.catalog': 'AWS 카탈로그',
  'about.catalogWhat':
    '모든 AWS 서비스의 작업, 리소스 유형, 조건 키입니다. 서비스 권한 부여 참조를 따르는 {package}에서 가져옵니다.',
  'about.catalogDate': '{date} 기준 데이터',
  'about.links': '출처',
  'about.linkReference': '서비스 권한 부여 참조(AWS)',
  'about.linkEvaluation': '정책 평가 로직(AWS IAM 문서)',
  'about.linkCatalog': '{package} 패키지',
  'about.notAws': 'AWS 제품이 아닙니다. 결정은 문서를 따르며, 최종 판단은 실제 AWS입니다.',
  'about.hoverCatalog': 'AWS 카탈로그 {version}',
  'about.linkCatalogNotice':
    '이 링크는 AWS 카탈로그 {made}(으)로 만들어졌습니다. 이 플레이그라운드는 {uses}을(를) 사용합니다. 그 사이에 추가된 작업은 다르게 보일 수 있습니다.',
  'about.dismiss': '닫기',
} satisfies Messages<typeof en>
