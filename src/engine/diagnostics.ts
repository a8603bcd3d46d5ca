// Located problems: the one shape every engine module reports in (parser, validator, evaluator), and every code
// they report with the AWS page that explains it.
import { englishField } from './messages/english-fields'
import type { EngineMessage } from './messages/message'

/** The IAM User Guide. */
const GUIDE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/'
/** One check of IAM Access Analyzer's policy validation, by the anchor of its section. */
const CHECK = `${GUIDE}access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-`

/**
 * Every code the engine reports, with the AWS documentation that best explains it: the IAM Access Analyzer policy
 * check that finds the same problem when there is one, else the IAM JSON policy element reference, the quotas, or
 * the User Guide page on the practice. A code is added here before anything can report it.
 */
export const DIAGNOSTIC_DOCS = {
  // JSON (json/tree.ts)
  'json-syntax': `${CHECK}error-json-syntax-error`,
  'too-large': `${GUIDE}reference_iam-quotas.html#reference_iam-quotas-entity-length`,
  'too-deep': `${GUIDE}reference_policies_grammar.html#policies-grammar-json`,
  // Policy grammar (policy/parse.ts)
  'not-json': `${GUIDE}reference_policies_grammar.html#policies-grammar-json`,
  'policy-not-object': `${GUIDE}reference_policies_grammar.html`,
  'duplicate-key': `${GUIDE}reference_policies_grammar.html#policies-grammar-json`,
  'unknown-element': `${CHECK}error-invalid-policy-element`,
  'invalid-version': `${CHECK}error-invalid-version`,
  'invalid-id': `${GUIDE}reference_policies_elements_id.html`,
  'missing-statement': `${CHECK}error-missing-statement`,
  'empty-statement': `${CHECK}error-missing-statement`,
  'too-many-statements': `${GUIDE}reference_iam-quotas.html#reference_iam-quotas-entity-length`,
  'statement-not-object': `${GUIDE}reference_policies_elements_statement.html`,
  'invalid-sid': `${GUIDE}reference_policies_elements_sid.html`,
  'duplicate-sid': `${CHECK}error-unique-sids-required`,
  'missing-effect': `${CHECK}error-missing-effect`,
  'invalid-effect': `${CHECK}error-invalid-effect`,
  'missing-action': `${CHECK}error-missing-action`,
  'action-and-notaction': `${CHECK}error-unsupported-element-combination`,
  'invalid-action': `${GUIDE}reference_policies_elements_action.html`,
  'missing-resource': `${CHECK}error-missing-resource`,
  'resource-and-notresource': `${CHECK}error-unsupported-element-combination`,
  'malformed-arn': `${CHECK}error-missing-arn-field`,
  'missing-principal': `${CHECK}error-missing-principal`,
  'principal-and-notprincipal': `${CHECK}error-unsupported-element-combination`,
  'principal-not-allowed': `${CHECK}error-unsupported-principal`,
  'invalid-principal': `${CHECK}error-invalid-principal-format`,
  'invalid-condition': `${GUIDE}reference_policies_elements_condition.html`,
  'unknown-condition-operator': `${CHECK}error-invalid-condition-operator`,
  'wrong-type': `${CHECK}error-data-type-mismatch`,
  'empty-value': `${CHECK}suggestion-empty-array-action`,
  'value-too-long': `${GUIDE}reference_iam-quotas.html#reference_iam-quotas-entity-length`,
  'too-many-values': `${GUIDE}reference_iam-quotas.html#reference_iam-quotas-entity-length`,
  // General checks (validate/general.ts)
  'missing-version': `${CHECK}general-warning-missing-version`,
  'variable-needs-version': `${CHECK}error-variable-unsupported-in-version`,
  'action-with-separator': `${GUIDE}reference_policies_elements_action.html`,
  'wildcard-service-prefix': `${CHECK}suggestion-wildcard-in-service-name`,
  'redundant-action': `${CHECK}suggestion-redundant-action`,
  'redundant-resource': `${CHECK}suggestion-redundant-resource`,
  // Size quotas (validate/quotas.ts)
  'policy-too-large': `${GUIDE}reference_iam-quotas.html#reference_iam-quotas-entity-length`,
  'policy-too-large-unless-minified':
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html',
  // Security checks (validate/security.ts)
  'allow-all-actions-all-resources': `${GUIDE}best-practices.html#grant-least-privilege`,
  'pass-role-all-resources': `${CHECK}security-warning-pass-role-with-star-in-resource`,
  'allow-with-not-action': `${GUIDE}reference_policies_elements_notaction.html`,
  'allow-with-not-resource': `${GUIDE}reference_policies_elements_notresource.html`,
  'allow-with-not-principal': `${CHECK}security-warning-allow-with-not-principal`,
  'public-principal': `${GUIDE}reference_policies_elements_principal.html#principal-anonymous`,
  'trust-account-without-external-id': `${GUIDE}id_roles_create_for-user_externalid.html`,
  // Set operators (validate/set-operators.ts)
  'set-operator-on-single-valued-key': `${CHECK}security-warning-forallvalues-with-single-valued-key`,
  'single-value-operator-on-multivalued-key': `${CHECK}error-missing-qualifier`,
  'for-all-values-with-allow': `${GUIDE}reference_policies_condition-single-vs-multi-valued-context-keys.html#reference_policies_condition-multi-valued-context-keys`,
  // Catalog checks (validate/catalog-actions.ts, validate/catalog-conditions.ts)
  'unknown-service': `${CHECK}error-invalid-service-in-action`,
  'unknown-action': `${CHECK}error-invalid-action`,
  'action-matches-nothing': `${CHECK}error-invalid-action`,
  'action-case': `${GUIDE}reference_policies_elements_action.html`,
  'resource-service-mismatch': `${GUIDE}reference_policies_elements_resource.html`,
  'unknown-condition-key': `${CHECK}error-invalid-service-condition-key`,
  'condition-key-not-applicable': `${CHECK}error-unsupported-action-for-condition-key`,
  'operator-type-mismatch': `${CHECK}general-warning-type-mismatch`,
} as const satisfies Record<string, `https://docs.aws.amazon.com/${string}`>

/** A stable, machine-readable code of one kind of problem: a key of {@link DIAGNOSTIC_DOCS}. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_DOCS

/** A source range in UTF-16 code units, as CodeMirror counts: `from` inclusive, `to` exclusive. */
export interface Span {
  from: number
  to: number
}

/** How bad a problem is, in the spirit of IAM Access Analyzer's finding types. */
export type Severity = 'error' | 'security' | 'warning' | 'suggestion'

/** One problem found in a policy or an input. */
export interface Diagnostic {
  /** Stable machine-readable code, e.g. `invalid-effect`; {@link DIAGNOSTIC_DOCS} links it to AWS's documentation. */
  code: DiagnosticCode
  severity: Severity
  /** One line in English, lower-case start, AWS names in backticks: {@link messageText} worded by `englishField()`. */
  message: string
  /** The message as data, for the app to word in the reader's language. */
  messageText: EngineMessage
  /** How to fix it, in English ({@link helpText} worded by `englishField()`). */
  help?: string
  /** The help line as data. */
  helpText?: EngineMessage
  /** Where it is: the key or value at fault when the policy came from text. */
  span?: Span
  /** JSON pointer of the value at fault, e.g. `/Statement/0/Effect`. */
  path?: string
}

/**
 * Builds a diagnostic from its message (and help line) as data, with their English beside them; undefined fields
 * are left out so results stay small and clone cleanly.
 */
export function diagnostic(
  code: DiagnosticCode,
  severity: Severity,
  text: EngineMessage,
  extra: { help?: EngineMessage; span?: Span; path?: string } = {},
): Diagnostic {
  const d: Diagnostic = { code, severity, message: englishField(text), messageText: text }
  if (extra.help !== undefined) {
    d.help = englishField(extra.help)
    d.helpText = extra.help
  }
  if (extra.span !== undefined) d.span = extra.span
  if (extra.path !== undefined) d.path = extra.path
  return d
}
