// The session policy parameters of STS `AssumeRole*`: one inline JSON policy document (`Policy`) and up to 10
// managed policy ARNs (`PolicyArns`) of the role's account, whose plain text together is at most 2,048 characters,
// written only with tab, line feed, carriage return and the characters from space to U+00FF.
// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
import { lineColumn } from '../json/tree'
import { englishField } from '../messages/english-fields'
import type { StsMessage } from '../messages/sts.en'
import { stsMessage } from '../messages/sts'
import { parsePolicy } from '../policy/parse'
import type { PolicyBody, Scenario } from '../scenario/model'
import { findManagedPolicy, indexScenario, type ScenarioIndex } from './resolve-lookup'

/** The STS limits on session policies. */
export const SESSION_POLICY_LIMITS = {
  /** "You can provide up to 10 managed policy ARNs." */
  maxPolicyArns: 10,
  /** "The plaintext that you use for both inline and managed session policies can't exceed 2,048 characters." */
  maxPlaintext: 2048,
} as const

/** Why session policies are refused, machine-readable. */
export type SessionPolicyErrorCode =
  'too-many-policy-arns' | 'invalid-policy-arn' | 'malformed-session-policy' | 'session-policy-too-large'

/** The session policies a call passes. */
export interface SessionPolicyInput {
  /** Inline session policies (STS takes one). */
  policies?: PolicyBody[] | undefined
  /** Managed session policies, by ARN. */
  policyArns?: string[] | undefined
}

/** One refused session policy parameter: which field, and where in it. */
export interface SessionPolicyProblem {
  code: SessionPolicyErrorCode
  /** `policy`: the inline document (`index` of `policies`, with `line`/`column` when located); `policyArns`: an ARN. */
  field: 'policy' | 'policyArns'
  index?: number
  line?: number
  column?: number
  /** Why, in English. */
  reason: string
  /** Why, as a message. */
  reasonText: StsMessage
}

/** A managed policy ARN: `arn:PARTITION:iam::ACCOUNT:policy/PATH/NAME`, ACCOUNT `aws` for AWS managed policies. */
const POLICY_ARN = /^arn:aws[a-z-]*:iam::(\d{12}|aws):policy\/\S+$/
/** Characters STS refuses in a session policy. */
const BAD_CHARACTER = /[^\t\n\r\u0020-\u00ff]/

/** The plain text of an inline policy as the call passes it. */
export function sessionPolicyText(body: PolicyBody): string {
  return typeof body === 'string' ? body : JSON.stringify(body)
}

function problem(
  code: SessionPolicyErrorCode,
  field: SessionPolicyProblem['field'],
  reasonText: StsMessage,
  at: { index?: number; line?: number; column?: number } = {},
): SessionPolicyProblem {
  return { code, field, ...at, reason: englishField(reasonText), reasonText }
}

/**
 * Every problem of a call's session policies, in field order: each inline document (characters STS refuses, then
 * the first grammar error, located by line and column), the count of ARNs, each ARN (a managed policy of the role's
 * account or AWS's that the scenario has), then the plain-text total. `roleAccount` is the account of the role
 * assumed. The packed binary limit STS also applies (`PackedPolicyTooLarge`) is not modelled: AWS does not publish it.
 */
export function sessionPolicyProblems(
  scenario: Scenario,
  input: SessionPolicyInput,
  roleAccount: string,
): SessionPolicyProblem[] {
  return problemsIn(indexScenario(scenario), input, roleAccount)
}

/** {@link sessionPolicyProblems} for an indexed scenario. */
export function problemsIn(ix: ScenarioIndex, input: SessionPolicyInput, roleAccount: string): SessionPolicyProblem[] {
  const out: SessionPolicyProblem[] = []
  const policies = input.policies ?? []
  const arns = input.policyArns ?? []
  let size = 0
  policies.forEach((body, index) => {
    const text = sessionPolicyText(body)
    size += text.length
    const bad = BAD_CHARACTER.exec(text)
    if (bad) {
      const at = lineColumn(text, bad.index)
      const char = `U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
      out.push(
        problem('malformed-session-policy', 'policy', stsMessage('sts.sessionPolicyCharacter', { char, ...at }), {
          index,
          ...at,
        }),
      )
      return
    }
    const error = parsePolicy(text, { kind: 'session' }).diagnostics.find((d) => d.severity === 'error')
    if (error) {
      const at = error.span ? lineColumn(text, error.span.from) : undefined
      const reasonText = at
        ? stsMessage('sts.sessionPolicyMalformedAt', { problem: error.messageText, ...at })
        : stsMessage('sts.sessionPolicyMalformed', { problem: error.messageText })
      out.push(problem('malformed-session-policy', 'policy', reasonText, { index, ...at }))
    }
  })
  const { maxPolicyArns, maxPlaintext } = SESSION_POLICY_LIMITS
  if (arns.length > maxPolicyArns) {
    out.push(
      problem(
        'too-many-policy-arns',
        'policyArns',
        stsMessage('sts.tooManyPolicyArns', { count: arns.length, max: maxPolicyArns }),
      ),
    )
  }
  arns.forEach((arn, index) => {
    size += arn.length
    const parsed = POLICY_ARN.exec(arn)
    if (!parsed) {
      out.push(problem('invalid-policy-arn', 'policyArns', stsMessage('sts.policyArnNotManaged', { arn }), { index }))
    } else if (parsed[1] !== 'aws' && parsed[1] !== roleAccount) {
      // "The policies must exist in the same account as the role."
      const text = stsMessage('sts.policyArnOtherAccount', { arn, account: roleAccount })
      out.push(problem('invalid-policy-arn', 'policyArns', text, { index }))
    } else if (!findManagedPolicy(ix, arn, roleAccount)) {
      out.push(problem('invalid-policy-arn', 'policyArns', stsMessage('sts.policyArnNotFound', { arn }), { index }))
    }
  })
  if (size > maxPlaintext) {
    out.push(
      problem(
        'session-policy-too-large',
        arns.length ? 'policyArns' : 'policy',
        stsMessage('sts.sessionPolicyTooLarge', { size, max: maxPlaintext }),
      ),
    )
  }
  return out
}
