// The English of "Copy as AWS CLI": what AWS's policy simulator (`aws iam simulate-principal-policy` and
// `simulate-custom-policy`) leaves out of the playground's question, said beside the commands.
import type { EngineMessage } from './message'

export const AWS_CLI_EN = {
  'awsCli.principalCommand':
    'asks about `{source}` as it is in your AWS account: its attached policies there, not the scenario’s (create it first, e.g. from the export)',
  'awsCli.customCommand': 'simulates the scenario’s own policy documents, passed inline: no account needed',
  'awsCli.sessionAsRole':
    'the simulator takes roles, not role sessions: it simulates role `{role}`; session policies and session tags are not simulated',
  'awsCli.noPrincipalCommand':
    '`simulate-principal-policy` takes a user, group or role: `{principal}` can only be simulated with its documents (`simulate-custom-policy`)',
  'awsCli.orgPolicies':
    'SCPs are simulated only by `simulate-principal-policy`, from your real organization; resource control policies (RCPs) are not simulated at all',
  'awsCli.callerNotUser':
    'a resource-based policy is simulated for an IAM user caller only (`--caller-arn`): `{principal}` is not one, so the resource policy cannot name it',
  'awsCli.sessionPolicies': 'session policies are not simulated by the AWS policy simulator',
} as const satisfies Record<string, string>

/** A key of the AWS CLI messages. */
export type AwsCliMessageKey = keyof typeof AWS_CLI_EN

/** A note beside the AWS CLI commands. */
export type AwsCliMessage = EngineMessage<AwsCliMessageKey>
