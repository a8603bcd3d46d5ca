// What the account audit says, in English: each check's title and explanation (`findings.check.CHECK[.VARIANT].PART`,
// PART being `about`, `title` or `explanation`), the lines of a finding's details (`findings.detail.KEY`) and the
// labels of one-click fixes (`findings.fix.KIND`). No imports: the table is plain data.

/** The English templates of the audit's findings. */
export const FINDINGS_EN = {
  'findings.check.root-access-key.about': 'The root user has access keys.',
  'findings.check.root-access-key.title': 'The root user of account {account} has access keys',
  'findings.check.root-access-key.explanation':
    'The root user has {active} active access key(s). Root credentials can do anything in the account and no policy can limit them; a leaked root key is a full compromise. Delete the keys and use IAM roles or users for programmatic access.',
  'findings.check.root-access-key.inactive.title': 'The root user of account {account} has access keys',
  'findings.check.root-access-key.inactive.explanation':
    'The root user has {count} access key(s), all inactive. Anyone who can reactivate them gets unlimited access: delete them.',
  'findings.check.root-mfa.about': 'The root user has no MFA device.',
  'findings.check.root-mfa.title': 'The root user of account {account} has no MFA',
  'findings.check.root-mfa.explanation':
    'Anyone with the root password can sign in and do anything in the account. Enable MFA for the root user (a hardware key is best) and keep it for the few tasks only root can do.',
  'findings.check.password-policy.about':
    'The account password policy is weaker than the baseline (14 characters, all character classes, 24 remembered, 90 days).',
  'findings.check.password-policy.title': 'The password policy of account {account} is weaker than the baseline',
  'findings.check.password-policy.explanation':
    'Weak passwords are guessed or reused from other breaches. The baseline asks for at least 14 characters with uppercase, lowercase, numbers and symbols, remembers the last 24 passwords and makes passwords expire within 90 days.',
  'findings.check.password-policy.missing.title': 'Account {account} has no password policy',
  'findings.check.password-policy.missing.explanation':
    'Without a password policy, AWS accepts any password of 8 characters or more with three kinds of characters, never expires it and lets people reuse old ones. Set a policy that meets the baseline: at least 14 characters with every kind of character, 24 remembered passwords, expiry within 90 days.',
  'findings.check.console-user-mfa.about': 'An IAM user can sign in to the console without MFA.',
  'findings.check.console-user-mfa.title': 'User {user} signs in to the console without MFA',
  'findings.check.console-user-mfa.explanation':
    'A console password alone is one phishing email away from an attacker. Assign an MFA device to the user, and consider denying actions without aws:MultiFactorAuthPresent.',
  'findings.check.access-key-age.about': 'An active access key is older than 90 days.',
  'findings.check.access-key-age.title': 'Access key {key} of user {user} is {days} days old',
  'findings.check.access-key-age.explanation':
    'Long-lived keys end up in scripts, laptops and logs. Rotate keys at least every {limit} days: create a second key, move the applications to it, then deactivate and delete the old one.',
  'findings.check.unused-credentials.about': 'A password or active access key has not been used for 90 days.',
  'findings.check.unused-credentials.title': 'The console password of user {user} is unused for {days} days',
  'findings.check.unused-credentials.explanation':
    'The password was last used {days} days ago. A credential nobody uses is one nobody watches: remove it (the user can be given a new one when needed).',
  'findings.check.unused-credentials.never.title': 'The console password of user {user} is unused for {days} days',
  'findings.check.unused-credentials.never.explanation':
    'The password was set {days} days ago and has never been used. A credential nobody uses is one nobody watches: remove it.',
  'findings.check.unused-credentials.key.title': 'Access key {key} of user {user} is unused for {days} days',
  'findings.check.unused-credentials.key.explanation':
    'The key was last used {days} days ago. A credential nobody uses is one nobody watches: deactivate it, then delete it.',
  'findings.check.unused-credentials.keyNever.title': 'Access key {key} of user {user} is unused for {days} days',
  'findings.check.unused-credentials.keyNever.explanation':
    'The key was created {days} days ago and has never been used. A credential nobody uses is one nobody watches: deactivate it, then delete it.',
  'findings.check.two-active-keys.about': 'An IAM user has two active access keys.',
  'findings.check.two-active-keys.title': 'User {user} has {count} active access keys',
  'findings.check.two-active-keys.explanation':
    'Two active keys are meant for the moment of a rotation. Kept longer, they double what can leak. Finish the rotation: deactivate the older key ({key}).',
  'findings.check.user-attached-policies.about':
    'Policies are attached directly to an IAM user instead of a group or role.',
  'findings.check.user-attached-policies.title': 'User {user} has policies attached directly ({count})',
  'findings.check.user-attached-policies.explanation':
    'Permissions given user by user drift apart and are hard to review. Put users in groups that hold the policies, or have them assume roles.',
  'findings.check.inline-policies.about': 'A user, group or role has inline policies.',
  'findings.check.inline-policies.user.title': 'User {name} has inline policies ({count})',
  'findings.check.inline-policies.user.explanation':
    'Inline policies live and die with one identity: they cannot be reused, versioned or reviewed in one place. Prefer customer managed policies, and keep inline policies for a strict one-to-one grant.',
  'findings.check.inline-policies.group.title': 'Group {name} has inline policies ({count})',
  'findings.check.inline-policies.group.explanation':
    'Inline policies live and die with one identity: they cannot be reused, versioned or reviewed in one place. Prefer customer managed policies, and keep inline policies for a strict one-to-one grant.',
  'findings.check.inline-policies.role.title': 'Role {name} has inline policies ({count})',
  'findings.check.inline-policies.role.explanation':
    'Inline policies live and die with one identity: they cannot be reused, versioned or reviewed in one place. Prefer customer managed policies, and keep inline policies for a strict one-to-one grant.',
  'findings.check.admin-access.about': 'A policy allows every action on every resource (*:*).',
  'findings.check.admin-access.title': 'Policy {policy} allows every action on every resource',
  'findings.check.admin-access.explanation':
    'This is full administrator access: whoever holds it can do anything, including granting themselves more. Grant only the actions and resources the job needs, and keep administrator access to a few roles assumed with MFA.',
  'findings.check.admin-access.partial.title': 'Policy {policy} allows every action on every resource',
  'findings.check.admin-access.partial.explanation':
    'The statements come close to full administrator access: every action but a few, or only under conditions. Such grants keep growing as AWS adds actions. List the actions and resources the job needs instead.',
  'findings.check.passrole-any.about': 'A policy allows iam:PassRole on every role.',
  'findings.check.passrole-any.title': 'Policy {policy} allows passing any role',
  'findings.check.passrole-any.explanation':
    'Whoever can pass any role can hand a powerful role to a service they control (a Lambda function, an EC2 instance) and act with its permissions. Name the roles that may be passed, and limit the services with iam:PassedToService.',
  'findings.check.trust-open.about': 'A role trust policy lets anyone (Principal "*") assume the role.',
  'findings.check.trust-open.title': 'Anyone can assume role {role}',
  'findings.check.trust-open.explanation':
    'The trust policy allows every AWS principal, in any account, to assume the role (a "*" principal, or an Allow with NotPrincipal), and no condition narrows it down. Name the accounts or roles that may assume it, or add a condition such as aws:PrincipalOrgID.',
  'findings.check.trust-cross-account.about': 'A role trusts another account without requiring an external ID or MFA.',
  'findings.check.trust-cross-account.title': 'Role {role} trusts another account without an external ID or MFA',
  'findings.check.trust-cross-account.explanation':
    'Principals of the other account can assume the role with nothing more than their own permissions. For a third party, require the external ID you agreed on (sts:ExternalId) so it cannot be tricked into using the role for someone else; for people, require MFA.',
  'findings.check.trust-oidc-subject.about':
    'A role trusts an OIDC provider (such as GitHub) without pinning the subject or the audience of its tokens.',
  'findings.check.trust-oidc-subject.title': 'Tokens of others from {issuer} can assume role {role}',
  'findings.check.trust-oidc-subject.explanation':
    'The trust policy accepts web identity tokens from {issuer} without pinning whose token it is: there is no condition on {subKey}, or it has a wildcard over every owner or repository, or {audKey} is not checked. Every GitHub repository gets tokens from the same issuer, so workflows of other repositories (a fork, another organization) could assume the role. Require {audKey} and pin {subKey} to your repository and branch, for example {example}.',
  'findings.check.trust-service-source.about':
    'A role trusts an AWS service without aws:SourceAccount or aws:SourceArn.',
  'findings.check.trust-service-source.title': 'Role {role} trusts {services} without a source condition',
  'findings.check.trust-service-source.explanation':
    'A service acting for another customer could be tricked into using this role (the confused deputy problem). Where the service sends them, add aws:SourceAccount (your account) or aws:SourceArn (the resource that uses the role) to the trust policy; check the service documentation first, as a condition on a key the service does not send locks it out.',
  'findings.check.privilege-escalation.about':
    'A principal can create keys for, attach policies to, or pass a role more powerful than itself, and so gain its permissions.',
  'findings.check.privilege-escalation.user.title': 'User {name} can escalate its privileges',
  'findings.check.privilege-escalation.user.explanation':
    'This principal can change IAM, or use another identity, in a way that gives it permissions it does not have now. Whoever controls it effectively has those permissions. Remove the IAM write permissions it does not need, or limit them to resources that cannot lead back to it, and use a permissions boundary for delegated IAM administration.',
  'findings.check.privilege-escalation.role.title': 'Role {name} can escalate its privileges',
  'findings.check.privilege-escalation.role.explanation':
    'This principal can change IAM, or use another identity, in a way that gives it permissions it does not have now. Whoever controls it effectively has those permissions. Remove the IAM write permissions it does not need, or limit them to resources that cannot lead back to it, and use a permissions boundary for delegated IAM administration.',
  'findings.check.possible-privilege-escalation.about':
    'A principal could gain the permissions of a more powerful role through a kind of resource the scenario does not list.',
  'findings.check.possible-privilege-escalation.user.title':
    'User {name} may escalate its privileges through resources the scenario does not list',
  'findings.check.possible-privilege-escalation.user.explanation':
    "This principal can change or use resources that run as a role (Lambda functions, EC2 instances, CloudFormation stacks, Glue development endpoints, SageMaker notebook instances), and the account has roles those services may use that can do more than it can. The scenario lists no such resources (an imported account has no resource inventory), so whether one runs as such a role is unknown: look for them in the account. If one does, whoever controls this principal gets that role's permissions. Limit these actions to resources whose roles can do no more than the principal, or by tag.",
  'findings.check.possible-privilege-escalation.role.title':
    'Role {name} may escalate its privileges through resources the scenario does not list',
  'findings.check.possible-privilege-escalation.role.explanation':
    "This principal can change or use resources that run as a role (Lambda functions, EC2 instances, CloudFormation stacks, Glue development endpoints, SageMaker notebook instances), and the account has roles those services may use that can do more than it can. The scenario lists no such resources (an imported account has no resource inventory), so whether one runs as such a role is unknown: look for them in the account. If one does, whoever controls this principal gets that role's permissions. Limit these actions to resources whose roles can do no more than the principal, or by tag.",
  'findings.check.assume-more-powerful-role.about': 'A principal can assume a role that can do more than it can.',
  'findings.check.assume-more-powerful-role.user.title': 'User {name} can assume more powerful roles',
  'findings.check.assume-more-powerful-role.user.explanation':
    'Assuming a role is how people get more permissions on purpose, so this is for review: make sure each of these roles should be open to this principal, and that the trust policy asks for MFA where it matters.',
  'findings.check.assume-more-powerful-role.role.title': 'Role {name} can assume more powerful roles',
  'findings.check.assume-more-powerful-role.role.explanation':
    'Assuming a role is how people get more permissions on purpose, so this is for review: make sure each of these roles should be open to this principal, and that the trust policy asks for MFA where it matters.',
  'findings.check.escalation-limited.about': 'The account is too large to check every privilege escalation path.',
  'findings.check.escalation-limited.title': 'Privilege escalation was checked for {checked} of {total} principals',
  'findings.check.escalation-limited.explanation':
    'The account is large: the search stopped after {limit} simulations so the page stays responsive. The principals after the first {checked} were not checked for escalation paths; split the account or review them by hand.',
  'findings.check.hardcoded-secret.about': 'A policy, tag or description holds something that looks like a credential.',
  'findings.check.hardcoded-secret.policy.title': 'Policy {name} holds what looks like a credential',
  'findings.check.hardcoded-secret.policy.explanation':
    'Anyone who can read the account configuration, and every export, backup or screenshot of it, can read this value. Rotate the credential, remove it from here, and keep secrets in AWS Secrets Manager or Parameter Store.',
  'findings.check.hardcoded-secret.trust.title': 'The trust policy holds what looks like a credential',
  'findings.check.hardcoded-secret.trust.explanation':
    'Anyone who can read the account configuration, and every export, backup or screenshot of it, can read this value. Rotate the credential, remove it from here, and keep secrets in AWS Secrets Manager or Parameter Store.',
  'findings.check.hardcoded-secret.resourcePolicy.title': 'The resource policy holds what looks like a credential',
  'findings.check.hardcoded-secret.resourcePolicy.explanation':
    'Anyone who can read the account configuration, and every export, backup or screenshot of it, can read this value. Rotate the credential, remove it from here, and keep secrets in AWS Secrets Manager or Parameter Store.',
  'findings.check.hardcoded-secret.tag.title': 'Tag {name} holds what looks like a credential',
  'findings.check.hardcoded-secret.tag.explanation':
    'Anyone who can read the account configuration, and every export, backup or screenshot of it, can read this value. Rotate the credential, remove it from here, and keep secrets in AWS Secrets Manager or Parameter Store.',
  'findings.check.hardcoded-secret.description.title': 'A description holds what looks like a credential',
  'findings.check.hardcoded-secret.description.explanation':
    'Anyone who can read the account configuration, and every export, backup or screenshot of it, can read this value. Rotate the credential, remove it from here, and keep secrets in AWS Secrets Manager or Parameter Store.',
  'findings.detail.minLength': 'Minimum length is {value} characters (baseline: {baseline})',
  'findings.detail.uppercase': 'Uppercase letters are not required',
  'findings.detail.lowercase': 'Lowercase letters are not required',
  'findings.detail.numbers': 'Numbers are not required',
  'findings.detail.symbols': 'Symbols are not required',
  'findings.detail.reuse': 'Remembers {value} previous passwords (baseline: {baseline})',
  'findings.detail.maxAgeNever': 'Passwords never expire (baseline: {baseline} days)',
  'findings.detail.maxAge': 'Passwords expire after {value} days (baseline: {baseline})',
  'findings.detail.managedPolicy': 'Managed policy {policy}',
  'findings.detail.inlinePolicy': 'Inline policy {policy}',
  'findings.detail.everyAction': '{statement}: every action on every resource',
  'findings.detail.allButActions': '{statement}: every action except {except}',
  'findings.detail.allButResources': '{statement}: every action on every resource except {except}',
  'findings.detail.onlyIf': '{statement} applies only when its conditions hold ({keys})',
  'findings.detail.passRole': '{statement}: any role, to any service',
  'findings.detail.passRoleScoped': '{statement}: any role, to the services its condition names',
  'findings.detail.open': '{statement}: open to everyone',
  'findings.detail.openWithConditions': '{statement}: open to everyone',
  'findings.detail.otherAccounts': '{statement}: account {accounts}',
  'findings.detail.oidcNoSub': '{statement}: no condition on {key}',
  'findings.detail.oidcWildcardSub': '{statement}: {key} is "{value}", a wildcard over every owner or repository',
  'findings.detail.oidcNoAud': '{statement}: no condition on {key}',
  'findings.detail.createAccessKey': '{action} on user {target}, who can do {gained}',
  'findings.detail.loginProfile': '{action} on user {target}, who can do {gained}',
  'findings.detail.grantSelf': '{action} on itself, to gain {gained}',
  'findings.detail.grantUser': '{action} on user {target}, to gain {gained}',
  'findings.detail.grantRole': '{action} on role {target}, to gain {gained}',
  'findings.detail.grantGroup': '{action} on its group {target}, to gain {gained}',
  'findings.detail.policyVersion': 'iam:CreatePolicyVersion on policy {target}, attached to {holder}, to gain {gained}',
  'findings.detail.setDefaultPolicyVersion':
    'iam:SetDefaultPolicyVersion to {version} on policy {target}, attached to {holder}, to gain {gained}',
  'findings.detail.addToGroup': 'iam:AddUserToGroup on group {target}, to gain {gained}',
  'findings.detail.passRoleLambda':
    'iam:PassRole on role {target} with lambda:CreateFunction and lambda:InvokeFunction, to run code that can do {gained}',
  'findings.detail.passRoleLambdaEventSource':
    'iam:PassRole on role {target} with lambda:CreateFunction and lambda:CreateEventSourceMapping, to have an event source run code that can do {gained}',
  'findings.detail.passRoleEc2':
    'iam:PassRole on role {target} with ec2:RunInstances, to run an instance that can do {gained}',
  'findings.detail.passRoleCloudFormation':
    'iam:PassRole on role {target} with cloudformation:CreateStack, to create a stack that can do {gained}',
  'findings.detail.passRoleCodeBuild':
    'iam:PassRole on role {target} with codebuild:CreateProject and codebuild:StartBuild, to run a build that can do {gained}',
  'findings.detail.passRoleDataPipeline':
    'iam:PassRole on role {target} with datapipeline:CreatePipeline and datapipeline:PutPipelineDefinition, to run a pipeline that can do {gained}',
  'findings.detail.passRoleGlue':
    'iam:PassRole on role {target} with glue:CreateDevEndpoint, to log in to a development endpoint that can do {gained}',
  'findings.detail.passRoleSageMakerNotebook':
    'iam:PassRole on role {target} with sagemaker:CreateNotebookInstance and sagemaker:CreatePresignedNotebookInstanceUrl, to open a notebook that can do {gained}',
  'findings.detail.passRoleSageMakerTraining':
    'iam:PassRole on role {target} with sagemaker:CreateTrainingJob, to run a training job that can do {gained}',
  'findings.detail.passRoleSageMakerProcessing':
    'iam:PassRole on role {target} with sagemaker:CreateProcessingJob, to run a processing job that can do {gained}',
  'findings.detail.updateFunctionCode':
    '{actions} on function {resource}, which runs as role {target}, to run code that can do {gained}',
  'findings.detail.updateFunctionCode.possible':
    '{actions} on a Lambda function, if one runs as role {target}, to run code that can do {gained}',
  'findings.detail.updateDevEndpoint':
    '{actions} on development endpoint {resource}, which runs as role {target}, to log in to a shell that can do {gained}',
  'findings.detail.updateDevEndpoint.possible':
    '{actions} on a Glue development endpoint, if one runs as role {target}, to log in to a shell that can do {gained}',
  'findings.detail.updateStack':
    '{actions} on stack {resource}, whose service role is {target}, to create resources that can do {gained}',
  'findings.detail.updateStack.possible':
    '{actions} on a CloudFormation stack, if one has service role {target}, to create resources that can do {gained}',
  'findings.detail.sageMakerPresignedUrl':
    '{actions} on notebook instance {resource}, which runs as role {target}, to open a notebook that can do {gained}',
  'findings.detail.sageMakerPresignedUrl.possible':
    '{actions} on a SageMaker notebook instance, if one runs as role {target}, to open a notebook that can do {gained}',
  'findings.detail.ssmCommand':
    '{actions} on instance {resource}, whose instance profile holds role {target}, to run commands that can do {gained}',
  'findings.detail.ssmCommand.possible':
    '{actions} on an EC2 instance, if one has role {target} in its instance profile, to run commands that can do {gained}',
  'findings.detail.instanceConnect':
    '{actions} on instance {resource}, whose instance profile holds role {target}, to log in to a shell that can do {gained}',
  'findings.detail.instanceConnect.possible':
    '{actions} on an EC2 instance, if one has role {target} in its instance profile, to log in to a shell that can do {gained}',
  'findings.detail.assumeRole': 'sts:AssumeRole on role {target}, which can do {gained}',
  'findings.detail.updateAssumeRolePolicy':
    'iam:UpdateAssumeRolePolicy on role {target} to let itself in, then sts:AssumeRole, to gain {gained}',
  'findings.detail.chain': 'acting as {via}: {action} on {target}, to gain {gained}',
  'findings.detail.secret.access-key-id': 'An access key ID ({excerpt})',
  'findings.detail.secret.secret-key': 'A secret access key ({excerpt})',
  'findings.detail.secret.private-key': 'A private key',
  'findings.detail.secret.password': 'A password ({excerpt})',
  'findings.fix.delete-root-keys': 'Delete the root access keys',
  'findings.fix.enable-root-mfa': 'Enable MFA for the root user',
  'findings.fix.set-password-policy': 'Raise the password policy to the baseline',
  'findings.fix.add-user-mfa': 'Assign a virtual MFA device',
  'findings.fix.deactivate-key': 'Deactivate key {key}',
  'findings.fix.remove-password': 'Remove the console password',
  'findings.fix.trust-own-account': 'Trust only this account',
  'findings.fix.trust-require-mfa': 'Require MFA',
  'findings.fix.remove-tag': 'Remove the tag',
  'findings.fix.remove-description': 'Remove the description',
  'findings.fix.remove-action': 'Remove {action} from policy {policy}',
  'findings.fix.deny-action': 'Deny {action} on {resource} in policy {policy}',
  'findings.fix.set-boundary': 'Set a permissions boundary {policy} on {name} that denies {action}',
} as const satisfies Record<string, string>
