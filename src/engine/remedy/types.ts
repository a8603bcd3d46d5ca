// The public shapes of "what would allow it": proposals for a denied request, each a verified change to the request
// or to the scenario.
import type { EngineMessage } from '../messages/message'
import type { RemedyMessage, RemedyMessageKey } from '../messages/remedy.en'
import type { SourceMessageKey } from '../messages/sources.en'
import type { Environment, Scenario } from '../scenario/model'

/** Where a change acts, as the feature names it. */
export type RemedyKind = 'context' | 'tag' | 'add-statement' | 'deny' | 'boundary' | 'scp' | 'rcp' | 'session' | 'trust'

/** What exactly a change does (one message per operation in the UI). */
export type RemedyOp =
  | 'set-context'
  | 'remove-context'
  | 'set-environment'
  | 'set-tag'
  | 'new-inline'
  | 'add-inline'
  | 'add-managed'
  | 'add-resource'
  | 'new-resource-policy'
  | 'add-trust'
  | 'add-boundary'
  | 'remove-boundary'
  | 'add-org-policy'
  | 'new-scp'
  | 'attach-full-access'
  | 'add-session'
  | 'new-session-policy'
  | 'renew-session'
  | 'remove-action'
  | 'exempt-action'
  | 'remove-resource'
  | 'exempt-resource'
  | 'drop-statement'
  | 'delete-inline'
  | 'detach-policy'
  | 'detach-org-policy'
  | 'delete-policy'

/** One change of a proposal. */
export interface RemedyChange {
  kind: RemedyKind
  op: RemedyOp
  /** The values the sentence names (policy, entity, key, value, action, ...), in plain English. */
  params: Record<string, string>
  /** The change as a message, for the app to word. */
  text: RemedyMessage
  /** The change as a plain English sentence. */
  summary: string
  /** The entity or policy the change touches, e.g. `inline policy S3Read of user alice`, or `the request context`. */
  target: string
  /** The same as a message. */
  targetText: EngineMessage<SourceMessageKey | RemedyMessageKey>
  /** Plain text: the statement that would be added, or the policy's lines before (`-`) and after (`+`). */
  preview: string
  /** How wide the change is: 0 the request only, 1 one exact statement or value, 2 a whole statement, 3 a policy. */
  breadth: number
}

/** A change of the request draft: the full new environment and/or context (not a merge). */
export interface RequestPatch {
  environment?: Environment
  context?: Record<string, string | string[]>
}

/** One way to allow the request, already verified: applied, `simulate` answers Allow. */
export interface RemedyProposal {
  /** Stable within one answer: the changes' keys. */
  id: string
  /** The kind of its only change, or `combined` when it needs several. */
  kind: RemedyKind | 'combined'
  changes: RemedyChange[]
  /** The scenario with the changes applied (the input scenario is never changed); absent for request-only changes. */
  scenario?: Scenario
  /** The request's new environment/context; absent for scenario-only changes. */
  request?: RequestPatch
  /** A label for the undo history: the changes' sentences, e.g. `Add an inline policy X to user a that allows s3:GetObject`. */
  label: string
  /** The same as a message. */
  labelText: EngineMessage<RemedyMessageKey | 'trace.joined'>
}

/** Why no proposal could be made: no change can allow it, the caller is outside the scenario, or none was found. */
export type UnreachableCode =
  'root-cannot-assume-role' | 'aws-owned-resource' | 'session-not-issued' | 'caller-outside-scenario' | 'none-found'

/** The answer of `whatWouldAllow`. */
export interface RemedyAnswer {
  /** Smallest first: fewest changes, then the narrowest. Empty when the request is allowed or nothing was found. */
  proposals: RemedyProposal[]
  /** Set when there are no proposals for a denied request: why, as a message and in English. */
  unreachable?: { code: UnreachableCode; text: RemedyMessage; message: string }
}
