// The public types of the infrastructure-as-code importers (Terraform JSON and HCL, CloudFormation).
import type { ImportIacMessage } from '../../messages/import-iac.en'
import type { Scenario } from '../../scenario/model'

/**
 * Something an importer skipped, changed or could not resolve. `location` names where: a Terraform resource address
 * and attribute (`aws_iam_role.app.assume_role_policy`), a CloudFormation path (`Resources/AppRole/Properties/RoleName`),
 * or a JSON pointer into the input for problems with the input as a whole.
 */
export interface IacProblem {
  location: string
  /** 1-based line and column in the input text, when known (syntax errors). */
  line?: number
  column?: number
  /** Lowercase, one line: {@link text} in English. */
  message: string
  /** The same problem as a message, for the app to word in the reader's language. */
  text: ImportIacMessage
}

/** A value the input does not determine: where it is used and what to fill in (`var.account_id`, a parameter). */
export interface IacUnresolved extends IacProblem {
  /** What to fill in: `var.x`, a CloudFormation parameter name, or a resource attribute (`aws_kms_key.k.arn`). */
  ref: string
}

/** How to import. */
export interface IacImportOptions {
  /** The account (12 digits) for ARNs and `AWS::AccountId`; default `123456789012`. */
  accountId?: string
  /** `AWS::Region`; default `us-east-1`. */
  region?: string
  /** `AWS::Partition`; default `aws`. */
  partition?: string
  /** The scenario title. */
  name?: string
  /**
   * Values filled in for what the input leaves open, by reference: Terraform `var.x` (or `x`), CloudFormation
   * parameter names, or listed `ref`s of {@link IacUnresolved}.
   */
  values?: Readonly<Record<string, string>>
}

/** How many entities the scenario got. */
export interface IacImportStats {
  users: number
  groups: number
  roles: number
  policies: number
  resources: number
  organizationPolicies: number
  identityProviders: number
}

/** The scenario built from the input, with everything the importer could not carry over. */
export interface IacImportResult {
  /** Always a scenario; empty (one account) when `errors` is not empty. */
  scenario: Scenario
  /** The input could not be read at all (syntax error, wrong shape). Empty on success. */
  errors: IacProblem[]
  /** Parts of the input skipped or changed. */
  warnings: IacProblem[]
  /** Values the input does not determine, each with its location and what to fill in. */
  unresolved: IacUnresolved[]
  stats: IacImportStats
}

/** Reports a problem at a location. */
export type IacWarn = (location: string, text: ImportIacMessage) => void
