// The public types of the importer for `aws iam get-account-authorization-details` output.
import type { ImportMessage } from '../../messages/import.en'
import type { Scenario } from '../../scenario/model'

/** Something the importer skipped or changed, at a JSON pointer into the input (`/UserDetailList/0/Path`). */
export interface ImportProblem {
  /** JSON pointer into the input; `/2/RoleDetailList/0` when the input is an array of pages; `` for the input itself. */
  path: string
  /** Lowercase, one line, AWS names in `backticks`: {@link text} in English. */
  message: string
  /** The same problem as a message, for the app to word in the reader's language. */
  text: ImportMessage
}

/** How to import. */
export interface ImportOptions {
  /** The account to import into (12 digits); default: the account the input's ARNs name. */
  accountId?: string
  /** The scenario title; default `AWS account 111122223333`. */
  name?: string
}

/** How many entities the scenario got. */
export interface ImportStats {
  users: number
  groups: number
  roles: number
  /** Customer managed policies. */
  policies: number
  /**
   * Copies of AWS managed policies (`account: 'aws'`): referenced ones the bundled set lacks or has with another
   * document. The others are referenced from the bundled set, not copied.
   */
  awsPolicies: number
}

/** The scenario built from the input, with everything the importer could not carry over. */
export interface ImportResult {
  /** Always a scenario the model accepts; empty (one account, no entities) when `errors` is not empty. */
  scenario: Scenario
  /** Input that is not authorization details at all (not an object, no known list). Empty on success. */
  errors: ImportProblem[]
  /** Parts of the input that were skipped or changed; the entities around them were kept. */
  warnings: ImportProblem[]
  /** ARNs (or names) of managed policies that are referenced but whose documents are unknown, each once. */
  unresolved: string[]
  stats: ImportStats
}

/** Reports a skipped or changed part of the input. */
export type Warn = (path: string, message: ImportMessage) => void
