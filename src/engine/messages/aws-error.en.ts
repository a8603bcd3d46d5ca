// The English of reading an AWS error message and comparing it with the playground's answer ("Paste an error").
import type { EngineMessage } from './message'

export const AWS_ERROR_EN = {
  'awsError.empty': 'paste the error message AWS printed (or a CloudTrail event)',
  'awsError.tooLong': 'the text has {length} characters; an error message or an event has at most {limit}',
  'awsError.noSentence':
    'no `User: … is not authorized to perform: …` sentence, `UnauthorizedOperation` or CloudTrail event found in the text',
  'awsError.ec2Encoded':
    'EC2 gave only an encoded authorization failure message: decode it with `aws sts decode-authorization-message --encoded-message …` and paste the decoded text, or fill in the request by hand',
  'awsError.notDenied': 'the CloudTrail event has no access denied `errorCode` (it is `{code}`)',
  'awsError.eventNoAction': 'the CloudTrail event names no `eventSource` and `eventName`',
  'awsError.badJson': 'the CloudTrail event is not valid JSON: {error}',
  'awsError.noRecords': 'the CloudTrail file has no event with an access denied `errorCode`',
  // The places AWS names.
  'awsError.place.scp': 'a service control policy',
  'awsError.place.rcp': 'a resource control policy',
  'awsError.place.boundary': 'a permissions boundary',
  'awsError.place.identity': 'an identity-based policy',
  'awsError.place.resource': 'a resource-based policy',
  'awsError.place.session': 'a session policy',
  'awsError.place.vpce': 'a VPC endpoint policy',
  // What AWS said.
  'awsError.said.explicit': 'AWS said: explicit deny in {place}',
  'awsError.said.noAllow': 'AWS said: no {place} allows the action',
  'awsError.said.none': 'AWS said: access denied, without a reason (an older message form)',
  'awsError.said.unknown': 'AWS said: {phrase}',
  // The playground's word beside it.
  'awsError.agrees.deny': 'the playground agrees: {source} denies it',
  'awsError.agrees.denyStatement': 'the playground agrees: statement `{sid}` of {source} denies it',
  'awsError.agrees.rule': 'the playground agrees: {rule}',
  'awsError.agrees.denied': 'the playground also denies it: {rule}',
  'awsError.differs.allows':
    'the playground allows it: the account AWS evaluated has policies the scenario lacks, or the scenario grants what AWS does not',
  'awsError.differs.otherDeny': 'the playground differs: it finds an explicit deny in {found}, not in {place} ({rule})',
  'awsError.differs.noExplicit': 'the playground differs: it finds no explicit deny, and {rule}',
  'awsError.differs.explicitInstead': 'the playground differs: it finds an explicit deny, {rule}',
  'awsError.differs.otherNoAllow': 'the playground differs: {rule}',
  'awsError.differs.vpce':
    'the playground has no VPC endpoint policies: the request goes through no endpoint here, so it cannot show this deny',
  'awsError.differs.failed': 'the playground does not evaluate it: the request fails before evaluation',
  'awsError.accountNote':
    'the message is from account {account}, which the scenario does not hold ({scenario}): names and decisions are those of the scenario',
} as const satisfies Record<string, string>

/** A key of the AWS error messages. */
export type AwsErrorMessageKey = keyof typeof AWS_ERROR_EN

/** A sentence about a pasted AWS error. */
export type AwsErrorMessage = EngineMessage<AwsErrorMessageKey>
