// What the shell says about an import: located file problems, and the outcome of an AWS account import.
import type { IacImportResult, IacProblem, ImportProblem, ImportResult } from '../../engine/index'
import { word } from '../i18n'
import type { MessageKey } from '../i18n/messages'
import type { WorkspaceSummary } from '../store/rows'
import { uniqueName, type LocatedIssue } from '../workspace/files'
import { issueMessage, issueText } from '../workspace/issue-text'

/** A translator (`t` in the app, `translate('en', ...)` in tests). */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

/** The largest `aws iam get-account-authorization-details` output accepted, in bytes (a 1,000-user account is ~18 MB). */
export const MAX_AWS_IMPORT_BYTES = 64 * 1024 * 1024

/** The result of any import: an AWS account's authorization details, or Terraform or CloudFormation. */
export type AnyImportResult = ImportResult | IacImportResult

/** Whether a result came from the Terraform or CloudFormation importer. */
export function isIacResult(result: AnyImportResult): result is IacImportResult {
  return 'identityProviders' in result.stats
}

/** One problem of a scenario file: `line:column: message` when it has a place, else `path: message`. */
export function issueLine(issue: LocatedIssue): string {
  if (issue.line !== undefined && issue.column !== undefined) {
    return `${issue.line}:${issue.column}: ${issueMessage(issue)}`
  }
  return issueText(issue)
}

/** How an AWS import went, as lines of plain text. */
export interface ImportSummary {
  /** False when the input is not authorization details at all: there is nothing to open. */
  ok: boolean
  /** Counts of what was carried over. */
  stats: string
  /** How many parts were skipped or changed. */
  warnings: string
  /** How many referenced managed policies have no known document (IaC: how many values to fill in). */
  unresolved: string
  /** Every error and warning as `path: message`. */
  problems: string[]
  /** The ARNs (or names) of the managed policies whose documents are unknown (IaC: each value to fill in, located). */
  unresolvedPolicies: string[]
}

/** Summarises an import for the dialog. */
export function importSummary(result: AnyImportResult, tr: Translate): ImportSummary {
  if (isIacResult(result)) {
    return {
      ok: result.errors.length === 0,
      stats: tr('iacImport.stats', { ...result.stats }),
      warnings: tr('awsImport.warnings', { n: result.warnings.length }),
      unresolved: tr('iacImport.unresolved', { n: result.unresolved.length }),
      problems: [...result.errors, ...result.warnings].map(iacProblemLine),
      unresolvedPolicies: result.unresolved.map(iacProblemLine),
    }
  }
  const { stats } = result
  return {
    ok: result.errors.length === 0,
    stats: tr('awsImport.stats', { ...stats }),
    warnings: tr('awsImport.warnings', { n: result.warnings.length }),
    unresolved: tr('awsImport.unresolved', { n: result.unresolved.length }),
    problems: [...result.errors, ...result.warnings].map(problemLine),
    unresolvedPolicies: [...result.unresolved],
  }
}

/** One import problem as `path: message`, in the page's language (the message alone for the input as a whole). */
export function problemLine(problem: ImportProblem): string {
  const text = word(problem.text)
  return problem.path ? `${problem.path}: ${text}` : text
}

/** What a Terraform or CloudFormation import leaves open, each reference once (none for other imports). */
export function openReferences(result: AnyImportResult): string[] {
  return isIacResult(result) ? [...new Set(result.unresolved.map((u) => u.ref))] : []
}

/** One IaC import problem as `location (line:column): message`, in the page's language. */
export function iacProblemLine(problem: IacProblem): string {
  const text = word(problem.text)
  const at = problem.line !== undefined ? `${problem.line}:${problem.column ?? 1}` : ''
  const where = [problem.location, at].filter(Boolean).join(' ')
  return where ? `${where}: ${text}` : text
}

/** The workspace name for an imported account (`AWS account 123456789012`), unique among `existing`. */
export function importWorkspaceName(
  result: AnyImportResult,
  existing: readonly Pick<WorkspaceSummary, 'name'>[],
  tr: Translate,
): string {
  const account = result.scenario.accounts[0]?.id ?? ''
  return uniqueName(tr('awsImport.workspaceName', { account }), existing)
}
