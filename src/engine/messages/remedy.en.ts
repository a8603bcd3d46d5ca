// The English of "what would allow it": one sentence per change (`remedy.op.*`), what a change touches, who a new
// statement names, and why nothing was proposed. `{entity}`, `{node}` and `{policy}` (where not in backticks) are
// phrases of ./sources.en.ts; `{principal}` is a `remedy.principal.*` phrase.
import type { EngineMessage } from './message'

export const REMEDY_EN = {
  'remedy.op.set-context': 'Send the request with the context key `{key}` set to `{value}`',
  'remedy.op.remove-context': 'Send the request without the context key `{key}`',
  'remedy.op.set-environment': 'Make the request with {fields} in its environment, so that `{key}` is `{value}`',
  'remedy.op.set-tag': 'Tag {entity} with `{key}` = `{value}`',
  'remedy.op.new-inline': 'Add an inline policy `{policy}` to {entity} that allows `{action}`',
  'remedy.op.add-inline': 'Add a statement that allows `{action}` to the inline policy `{policy}` of {entity}',
  'remedy.op.add-managed':
    'Add a statement that allows `{action}` to the customer managed policy `{policy}` (new default version `{version}`)',
  'remedy.op.add-resource': 'Add a statement to the {policy} that allows {principal} to call `{action}`',
  'remedy.op.new-resource-policy':
    'Give `{resource}` a resource-based policy that allows {principal} to call `{action}`',
  'remedy.op.add-trust': 'Add {principal} to the trust policy of role `{role}` for `{action}`',
  'remedy.op.add-boundary': 'Add `{action}` to the permissions boundary `{policy}` (new default version `{version}`)',
  'remedy.op.remove-boundary': 'Remove the permissions boundary `{policy}` from {entity}',
  'remedy.op.add-org-policy': 'Add a statement that allows `{action}` to the {type} `{policy}` attached to {node}',
  'remedy.op.new-scp': 'Create an SCP `{policy}` that allows `{action}` and attach it to {node}',
  'remedy.op.attach-full-access': 'Attach the SCP `FullAWSAccess` to {node} again',
  'remedy.op.add-session': 'Allow `{action}` in {policy} of session `{session}`',
  'remedy.op.new-session-policy': 'Pass session `{session}` a session policy that allows `{action}`',
  'remedy.op.renew-session': 'Assume the role again: a fresh session `{session}` issued at {time}',
  'remedy.op.remove-action': 'Take `{action}` out of the `Action` list of statement `{statement}` in {policy}',
  'remedy.op.exempt-action': 'Add `{action}` to the `NotAction` list of statement `{statement}` in {policy}',
  'remedy.op.remove-resource': 'Take `{resource}` out of the `Resource` list of statement `{statement}` in {policy}',
  'remedy.op.exempt-resource': 'Add `{resource}` to the `NotResource` list of statement `{statement}` in {policy}',
  'remedy.op.drop-statement': 'Delete statement `{statement}` of {policy}',
  'remedy.op.delete-inline': 'Delete {policy}',
  'remedy.op.detach-policy': 'Detach {policy} from {entity}',
  'remedy.op.detach-org-policy': 'Detach {policy} from {node}',
  'remedy.op.delete-policy': 'Delete the {policy}',

  // Environment fields as code (`mfa = true`, `sourceIp = 203.0.113.1`), a phrase of `set-environment`.
  'remedy.fields': '{fields}',
  'remedy.principal.arn': '`{arn}`',
  'remedy.principal.anonymous': 'everyone (anonymous access)',
  'remedy.target.context': 'the request context',
  'remedy.target.environment': 'the request environment',

  'remedy.unreachable.root-cannot-assume-role':
    'The account root user cannot assume a role: no change of policies or of the request allows it. Sign in as an IAM user or role instead.',
  'remedy.unreachable.aws-owned-resource':
    'Only AWS can change this resource (an AWS managed policy, a role under `/aws-reserved/` or an alias under `alias/aws/`): no change of policies or of the request allows it. Copy it into your own resource instead.',
  'remedy.unreachable.session-not-issued':
    'The scenario never issued session `{arn}`, so no change of policies or of the request makes it valid. Assume the role first, then ask as the session it gives.',
  'remedy.unreachable.caller-outside-scenario':
    'The caller `{arn}` is not defined in this scenario, so its own policies cannot be changed here, and nothing else allows the request alone.',
  'remedy.unreachable.none-found':
    'No change of the request or the scenario (up to {max} together) was found that allows it.',
} as const satisfies Record<string, string>

/** A key of the remedies' messages. */
export type RemedyMessageKey = keyof typeof REMEDY_EN

/** A message of "what would allow it". */
export type RemedyMessage = EngineMessage<RemedyMessageKey>
