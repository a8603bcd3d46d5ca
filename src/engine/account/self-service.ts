// The account password policy's "Allow users to change their own password": IAM grants every IAM user of the account
// `iam:ChangePassword` on their own user and `iam:GetAccountPasswordPolicy`, at the account level rather than through
// a policy attached to anyone (IAM API reference, UpdateAccountPasswordPolicy, AllowUsersToChangePassword). The
// simulation shows it as one more identity-based policy of the user, so explicit denies, permissions boundaries
// and SCPs still limit it like any other identity grant.
import type { Scenario } from '../scenario/model'

/** The name the grant carries in the trace. */
export const SELF_SERVICE_POLICY_NAME = 'AllowUsersToChangePassword'

/** True when the account's password policy lets its users change their own password. */
export function usersMayChangeOwnPassword(scenario: Scenario, account: string): boolean {
  return scenario.accounts.some((a) => a.id === account && a.passwordPolicy?.allowUsersToChange === true)
}

/** The grant as policy text, for the user `userArn` (text keeps the compile cache keyed by content). */
export function selfServicePolicyText(userArn: string): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'ChangeOwnPassword', Effect: 'Allow', Action: 'iam:ChangePassword', Resource: userArn },
        { Sid: 'ViewPasswordPolicy', Effect: 'Allow', Action: 'iam:GetAccountPasswordPolicy', Resource: '*' },
      ],
    },
    null,
    2,
  )
}
