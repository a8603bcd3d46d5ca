// The English of where a policy of an answer came from: the scenario's entities ("user `alice`", "OU `Dev`"), the
// policies as sentences name them ("inline policy `S3Read` of user `alice`"), each policy source's label, and what
// the scenario names but does not define. Names are code (in backticks); `{entity}`, `{node}` are entity phrases.
import type { EngineMessage } from './message'

export const SOURCES_EN = {
  'entity.user': 'user `{name}`',
  'entity.group': 'group `{name}`',
  'entity.role': 'role `{name}`',
  'entity.session': 'session `{name}`',
  'entity.resource': 'resource `{name}`',
  'entity.account': 'account `{name}`',
  'entity.ou': 'OU `{name}`',
  'entity.orgRoot': 'the organization root `{name}`',
  'entity.root': 'the root user of account `{name}`',

  'policyLabel.inline': 'inline policy `{policy}` of {entity}',
  'policyLabel.customerManaged': 'customer managed policy `{policy}`',
  'policyLabel.awsManaged': 'AWS managed policy `{policy}`',
  'policyLabel.boundary': 'permissions boundary `{policy}`',
  'policyLabel.scp': 'SCP `{policy}`',
  'policyLabel.rcp': 'RCP `{policy}`',
  'policyLabel.trust': 'trust policy of role `{role}`',
  'policyLabel.trustName': 'trust policy of `{role}`',
  'policyLabel.sessionPolicy': 'session policy {n}',
  'policyLabel.session': 'session policy {n} of session `{session}`',
  'policyLabel.resource': 'resource-based policy of `{name}`',
  'policyLabel.resource.s3': 'bucket policy of `{name}`',
  'policyLabel.resource.kms': 'key policy of `{name}`',
  'policyLabel.resource.sqs': 'queue policy of `{name}`',
  'policyLabel.resource.sns': 'topic policy of `{name}`',
  'policyLabel.resource.lambda': 'function policy of `{name}`',
  'policyLabel.resource.secretsmanager': 'secret policy of `{name}`',
  'policyLabel.resource.dynamodb': 'table policy of `{name}`',
  'policyLabel.resource.ecr': 'repository policy of `{name}`',
  'policyLabel.resource.logs': 'log group policy of `{name}`',
  'policyLabel.resource.glacier': 'vault policy of `{name}`',

  'source.groupInline': 'inline policy `{policy}` via group `{group}`',
  'source.managed.aws': 'AWS managed policy `{policy}` (`{version}`)',
  'source.managed.customer': 'customer managed policy `{policy}` (`{version}`)',
  'source.groupManaged.aws': 'AWS managed policy `{policy}` (`{version}`) via group `{group}`',
  'source.groupManaged.customer': 'customer managed policy `{policy}` (`{version}`) via group `{group}`',
  'source.boundary': 'permissions boundary `{policy}` (`{version}`) of {entity}',
  'source.passwordPolicy': 'the password policy of account `{account}`: users may change their own password',
  'source.sessionManaged.aws':
    'AWS managed policy `{policy}` (`{version}`) passed as a session policy of session `{session}`',
  'source.sessionManaged.customer':
    'customer managed policy `{policy}` (`{version}`) passed as a session policy of session `{session}`',
  'source.org.scp': 'SCP `{policy}` attached to {node}',
  'source.org.rcp': 'RCP `{policy}` attached to {node}',
  'source.org.scpDefault': 'SCP `{policy}` attached to {node} (attached by default)',
  'source.org.rcpDefault': 'RCP `{policy}` attached to {node} (attached by default)',

  'unresolved.managed': 'managed policy `{ref}` of {entity}',
  'unresolved.boundary': 'permissions boundary `{ref}` of {entity}',
  'unresolved.group': 'group `{ref}` of {entity}',
  'unresolved.sessionManaged': 'managed session policy `{ref}` of session `{session}`',
} as const satisfies Record<string, string>

/** A key of the sources' messages. */
export type SourceMessageKey = keyof typeof SOURCES_EN

/** A message naming an entity, a policy or where a policy came from. */
export type SourceMessage = EngineMessage<SourceMessageKey>

/** The kinds of entity a phrase names. */
export type EntityKind = 'user' | 'group' | 'role' | 'session' | 'resource' | 'account' | 'ou' | 'orgRoot' | 'root'
