// The session policy fields of the Assume role form: one inline JSON document and managed policy ARNs, checked as
// STS checks them (each problem tied to its field, JSON errors by line and column) while they are typed.
import {
  arns,
  awsManagedPolicies,
  SESSION_POLICY_LIMITS,
  sessionPolicyProblems,
  type Scenario,
  type SessionPolicyInput,
  type SessionPolicyProblem,
} from '../../engine/index'
import { lastList } from '../state/same-result'

/** The problems of the fields, by field: the inline document's, and the ARNs' (by index, or for the list). */
export interface SessionPolicyErrors {
  policy: SessionPolicyProblem[]
  /** Problems of one ARN of the list, by its index. */
  arn: Record<number, SessionPolicyProblem[]>
  /** Problems of the list as a whole (too many, too long together). */
  list: SessionPolicyProblem[]
}

/** The account of a role ARN (`arn:aws:iam::ACCOUNT:role/…`), or undefined. */
export function roleAccount(roleArn: string): string | undefined {
  return /^arn:[^:]+:iam::(\d{12}):role\//.exec(roleArn)?.[1]
}

/** Managed policy ARNs to suggest: the customer managed policies of `account`, then the bundled AWS managed ones. */
export function policyArnOptions(scenario: Scenario, account: string | undefined): string[] {
  return policyArns(scenario, account)
}

// The same array while the policies' ARNs are the same: the form's list of thousands is not redrawn per keystroke.
const policyArns = lastList(
  (scenario: Scenario, account: string | undefined) => [scenario.policies, scenario.accounts, account],
  policyArnsOf,
)

function policyArnsOf(scenario: Scenario, account: string | undefined): string[] {
  const own = (scenario.policies ?? [])
    .filter((p) => account === undefined || arns.accountOf(scenario, p) === account)
    .map((p) => arns.policyArn(scenario, p))
  const seen: Record<string, true> = {}
  return [...own, ...awsManagedPolicies().map((p) => p.arn)].filter((arn) => !seen[arn] && (seen[arn] = true))
}

/** The inline session policy and the managed session policy ARNs of one Assume role call. */
export class SessionPolicies {
  /** The inline document as typed; blank means none. */
  text = $state('')
  /** The managed policy ARNs added so far. */
  arns = $state<string[]>([])
  /** The ARN being typed, before Add. */
  draft = $state('')

  /** What the call passes: only the parts that were filled in. */
  get input(): SessionPolicyInput & { policies?: string[] } {
    const out: { policies?: string[]; policyArns?: string[] } = {}
    if (this.text.trim()) out.policies = [this.text]
    if (this.arns.length) out.policyArns = [...this.arns]
    return out
  }

  /** Plain-text size the STS limit counts: the inline document and the ARNs together. */
  get size(): number {
    return (this.text.trim() ? this.text.length : 0) + this.arns.reduce((n, arn) => n + arn.length, 0)
  }

  /** Adds the typed ARN (trimmed; a repeat is ignored). */
  add = (): void => {
    const arn = this.draft.trim()
    if (!arn) return
    if (!this.arns.includes(arn)) this.arns = [...this.arns, arn]
    this.draft = ''
  }

  /** Removes the ARN at `index`. */
  remove = (index: number): void => {
    this.arns = this.arns.filter((_, i) => i !== index)
  }

  /** The problems STS would refuse the call for, for a role of `account`, each by its field. */
  errors(scenario: Scenario, account: string | undefined): SessionPolicyErrors {
    const out: SessionPolicyErrors = { policy: [], arn: {}, list: [] }
    const input = this.input
    if (!input.policies && !input.policyArns) return out
    const fallback = account ?? scenario.accounts[0]?.id ?? ''
    for (const p of sessionPolicyProblems(scenario, input, fallback)) {
      if (p.field === 'policy') out.policy.push(p)
      else if (p.index !== undefined) (out.arn[p.index] ??= []).push(p)
      else out.list.push(p)
    }
    return out
  }
}

/** The STS limits, for the fields' hints. */
export const LIMITS = SESSION_POLICY_LIMITS
