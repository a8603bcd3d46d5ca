// The English sentence of each remedy operation (the app shows its own translated messages with the same params).
import type { RemedyChange, RemedyKind, RemedyOp } from './types'

const TEMPLATES: Record<RemedyOp, string> = {
  'set-context': 'Send the request with the context key {key} set to {value}',
  'remove-context': 'Send the request without the context key {key}',
  'set-environment': 'Make the request with {fields} in its environment, so that {key} is {value}',
  'set-tag': 'Tag {entity} with {key} = {value}',
  'new-inline': 'Add an inline policy {policy} to {entity} that allows {action}',
  'add-inline': 'Add a statement that allows {action} to the inline policy {policy} of {entity}',
  'add-managed':
    'Add a statement that allows {action} to the customer managed policy {policy} (new default version {version})',
  'add-resource': 'Add a statement to the {policy} that allows {principal} to call {action}',
  'new-resource-policy': 'Give {resource} a resource-based policy that allows {principal} to call {action}',
  'add-trust': 'Add {principal} to the trust policy of role {role} for {action}',
  'add-boundary': 'Add {action} to the permissions boundary {policy} (new default version {version})',
  'remove-boundary': 'Remove the permissions boundary {policy} from {entity}',
  'add-org-policy': 'Add a statement that allows {action} to the {type} {policy} attached to {node}',
  'new-scp': 'Create an SCP {policy} that allows {action} and attach it to {node}',
  'attach-full-access': 'Attach the SCP FullAWSAccess to {node} again',
  'add-session': 'Allow {action} in {policy} of session {session}',
  'new-session-policy': 'Pass session {session} a session policy that allows {action}',
  'renew-session': 'Assume the role again: a fresh session {session} issued at {time}',
  'remove-action': 'Take {action} out of the Action list of statement {statement} in {policy}',
  'exempt-action': 'Add {action} to the NotAction list of statement {statement} in {policy}',
  'remove-resource': 'Take {resource} out of the Resource list of statement {statement} in {policy}',
  'exempt-resource': 'Add {resource} to the NotResource list of statement {statement} in {policy}',
  'drop-statement': 'Delete statement {statement} of {policy}',
  'delete-inline': 'Delete {policy}',
  'detach-policy': 'Detach {policy} from {entity}',
  'detach-org-policy': 'Detach {policy} from {node}',
  'delete-policy': 'Delete the {policy}',
}

/** The English sentence of an operation with its params. */
export function sentence(op: RemedyOp, params: Record<string, string>): string {
  return TEMPLATES[op].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`)
}

/** Builds a change; its `summary` is the operation's English sentence. */
export function makeChange(
  kind: RemedyKind,
  op: RemedyOp,
  params: Record<string, string>,
  target: string,
  preview: string,
  breadth: number,
): RemedyChange {
  return { kind, op, params, summary: sentence(op, params), target, preview, breadth }
}
