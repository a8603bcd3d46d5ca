// Small builders for evaluation tests: policies, statements, principals and requests, plus an `evaluate` wrapper
// that checks the fast path against the trace on every call.
import { expect } from 'vitest'
import {
  evaluate,
  type EvaluationInput,
  type EvaluationResult,
  type PolicyDocument,
  type PolicyTypeTrace,
  type StatementTrace,
  type Verdict,
} from '../../src/engine/index'

/** The account most tests run in. */
export const ACCOUNT = '111122223333'
/** Another account, for cross-account tests. */
export const OTHER = '444455556666'

/** An IAM user in {@link ACCOUNT}. */
export const USER = `arn:aws:iam::${ACCOUNT}:user/alice`
/** Another IAM user in {@link ACCOUNT}. */
export const USER_BOB = `arn:aws:iam::${ACCOUNT}:user/bob`
/** An IAM role in {@link ACCOUNT}. */
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/app`
/** A session of {@link ROLE}. */
export const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/app/s1`
/** The root user of {@link ACCOUNT}. */
export const ROOT = `arn:aws:iam::${ACCOUNT}:root`
/** An IAM user in {@link OTHER}. */
export const OTHER_USER = `arn:aws:iam::${OTHER}:user/carol`
/** An IAM role in {@link OTHER}. */
export const OTHER_ROLE = `arn:aws:iam::${OTHER}:role/partner`
/** A session of {@link OTHER_ROLE}. */
export const OTHER_SESSION = `arn:aws:sts::${OTHER}:assumed-role/partner/p1`
/** The root user of {@link OTHER}. */
export const OTHER_ROOT = `arn:aws:iam::${OTHER}:root`

/** An S3 object (S3 ARNs carry no account). */
export const OBJECT = 'arn:aws:s3:::bucket/key.txt'
/** An S3 bucket. */
export const BUCKET = 'arn:aws:s3:::bucket'
/** An SQS queue in {@link ACCOUNT} (its ARN carries the account). */
export const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT}:queue`
/** A KMS key in {@link ACCOUNT}. */
export const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`

type Values = string | string[]
/** A statement as a plain object (everything IAM allows, nothing checked). */
export type Statement = Record<string, unknown>

/** A policy document with Version 2012-10-17 and the given statements (an array, even for one). */
export function policy(...statements: Statement[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements }
}

/** A statement with the given effect; `extra` adds or overrides elements (`Principal`, `Condition`, `Sid`, ...). */
export function stmt(effect: string, action: Values, resource: Values = '*', extra: Statement = {}): Statement {
  return { Effect: effect, Action: action, Resource: resource, ...extra }
}

/** An `Allow` statement. */
export function allow(action: Values, resource: Values = '*', extra: Statement = {}): Statement {
  return stmt('Allow', action, resource, extra)
}

/** A `Deny` statement. */
export function deny(action: Values, resource: Values = '*', extra: Statement = {}): Statement {
  return stmt('Deny', action, resource, extra)
}

/** `{ Principal: { AWS: ... } }`, to spread into a resource-policy statement. */
export function aws(...principals: string[]): Statement {
  return { Principal: { AWS: principals.length === 1 ? principals[0] : principals } }
}

/** A resource-policy `Allow` naming AWS principals. */
export function grant(principal: Values, action: Values, resource: Values = '*', extra: Statement = {}): Statement {
  return allow(action, resource, { Principal: { AWS: principal }, ...extra })
}

/** A resource-policy `Deny` naming AWS principals. */
export function refuse(principal: Values, action: Values, resource: Values = '*', extra: Statement = {}): Statement {
  return deny(action, resource, { Principal: { AWS: principal }, ...extra })
}

/** The policy AWS attaches by default at every organization level (`FullAWSAccess`). */
export const FULL_ACCESS = policy(allow('*'))

/** A request; `extra` adds `resourceAccount` and `context`. */
export function req(
  principal: string,
  action: string,
  resource: string,
  extra: { resourceAccount?: string; context?: Record<string, Values> } = {},
): EvaluationInput['request'] {
  return { principal, action, resource, ...extra }
}

/** Evaluates, and checks what must hold for every input: the fast-path decision equals the trace's. */
export function run(input: EvaluationInput): EvaluationResult {
  const result = evaluate(input)
  expect(result.trace.decision).toBe(result.decision)
  return result
}

/** The decision for `input` (see {@link run}). */
export function decide(input: EvaluationInput): Verdict {
  return run(input).decision
}

/** The trace entry of one policy type (and level), or undefined when the trace does not list it. */
export function typeTrace(
  result: EvaluationResult,
  type: PolicyTypeTrace['type'],
  level?: number,
): PolicyTypeTrace | undefined {
  return result.trace.policyTypes.find((t) => t.type === type && t.level === level)
}

/** The trace of statement `index` of the first policy of a type (and level). */
export function statementTrace(
  result: EvaluationResult,
  type: PolicyTypeTrace['type'],
  index = 0,
  level?: number,
): StatementTrace | undefined {
  return typeTrace(result, type, level)?.policies[0]?.statements[index]
}
