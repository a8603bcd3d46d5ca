// Korean for ./engine-aws-error.ts: loaded only when the page is in Korean (src/lib/i18n/messages.ts).

import type { Messages } from './types'
import type { en } from './engine-aws-error'

export const ko = {
  'awsError.empty': 'AWS가 출력한 오류 메시지(또는 CloudTrail 이벤트)를 붙여넣으세요',
  'awsError.tooLong': '텍스트가 {length}자입니다. 오류 메시지나 이벤트는 최대 {limit}자입니다',
  'awsError.noSentence':
    '텍스트에서 `User: … is not authorized to perform: …` 문장, `UnauthorizedOperation` 또는 CloudTrail 이벤트를 찾지 못했습니다',
  'awsError.ec2Encoded':
    'EC2가 인코딩된 권한 부여 실패 메시지만 주었습니다. `aws sts decode-authorization-message --encoded-message …`로 디코딩한 텍스트를 붙여넣거나 요청을 직접 입력하세요',
  'awsError.notDenied': 'CloudTrail 이벤트의 `errorCode`가 액세스 거부가 아닙니다(`{code}`)',
  'awsError.eventNoAction': 'CloudTrail 이벤트에 `eventSource`와 `eventName`이 없습니다',
  'awsError.badJson': 'CloudTrail 이벤트가 올바른 JSON이 아닙니다: {error}',
  'awsError.noRecords': 'CloudTrail 파일에 액세스 거부 `errorCode`가 있는 이벤트가 없습니다',
  'awsError.place.scp': '서비스 제어 정책(SCP)',
  'awsError.place.rcp': '리소스 제어 정책(RCP)',
  'awsError.place.boundary': '권한 경계',
  'awsError.place.identity': '자격 증명 기반 정책',
  'awsError.place.resource': '리소스 기반 정책',
  'awsError.place.session': '세션 정책',
  'awsError.place.vpce': 'VPC 엔드포인트 정책',
  'awsError.said.explicit': 'AWS의 답: {place}의 명시적 거부',
  'awsError.said.noAllow': 'AWS의 답: 작업을 허용하는 {place}이(가) 없음',
  'awsError.said.none': 'AWS의 답: 액세스 거부, 이유 없음(예전 메시지 형식)',
  'awsError.said.unknown': 'AWS의 답: {phrase}',
  'awsError.agrees.deny': '플레이그라운드도 같습니다: {source}이(가) 거부합니다',
  'awsError.agrees.denyStatement': '플레이그라운드도 같습니다: {source}의 명령문 `{sid}`이(가) 거부합니다',
  'awsError.agrees.rule': '플레이그라운드도 같습니다: {rule}',
  'awsError.agrees.denied': '플레이그라운드도 거부합니다: {rule}',
  'awsError.differs.allows':
    '플레이그라운드는 허용합니다: AWS가 평가한 계정에 시나리오에 없는 정책이 있거나, 시나리오가 AWS에서는 없는 권한을 부여합니다',
  'awsError.differs.otherDeny':
    '플레이그라운드는 다릅니다: 명시적 거부가 {place}이(가) 아니라 {found}에 있습니다({rule})',
  'awsError.differs.noExplicit': '플레이그라운드는 다릅니다: 명시적 거부가 없고, {rule}',
  'awsError.differs.explicitInstead': '플레이그라운드는 다릅니다: 명시적 거부가 있습니다. {rule}',
  'awsError.differs.otherNoAllow': '플레이그라운드는 다릅니다: {rule}',
  'awsError.differs.vpce':
    '플레이그라운드에는 VPC 엔드포인트 정책이 없습니다. 여기서는 요청이 엔드포인트를 거치지 않으므로 이 거부를 보여줄 수 없습니다',
  'awsError.differs.failed': '플레이그라운드는 평가하지 않습니다: 요청이 평가 전에 실패합니다',
  'awsError.accountNote':
    '메시지는 시나리오에 없는 계정 {account}의 것입니다(시나리오: {scenario}). 이름과 결정은 시나리오의 것입니다',
} satisfies Messages<typeof en>
