// What a Korean page shows in English on purpose: what people type into policies and the AWS CLI, and names.
// A test that scans Korean pages for untranslated English asks isEnglishOnPurpose() before flagging a text.

/**
 * Policy language element names and values, kept as they are typed in JSON (`AWS` is also a Principal key). Written
 * out rather than imported from the engine, so the Playwright specs can load this file alone; a unit test keeps it
 * in step with the engine's grammar table.
 */
export const POLICY_WORDS: readonly string[] = [
  'Version',
  'Id',
  'Statement',
  'Sid',
  'Effect',
  'Allow',
  'Deny',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
  'AWS',
  'CanonicalUser',
  'ForAllValues',
  'ForAnyValue',
  'IfExists',
  'true',
  'false',
]

/** The decisions as the engine names them, and the English word each decision text leads with. */
export const DECISION_WORDS: readonly string[] = [
  'Allow',
  'ExplicitDeny',
  'ImplicitDeny',
  'Allowed',
  'Explicitly denied',
  'Implicitly denied',
  // The answer of a request that fails before evaluation, led by English like the decisions.
  'Failed before evaluation',
]

/** Product, service, standard and format names. */
export const PRODUCT_NAMES: readonly string[] = [
  'AWS',
  'IAM',
  'IAM Access Analyzer',
  'Access Analyzer',
  'Access Advisor',
  'AWS Organizations',
  'AWS Config',
  'S3',
  'EC2',
  'KMS',
  'STS',
  'SQS',
  'SNS',
  'Lambda',
  'DynamoDB',
  'CloudTrail',
  'CloudFormation',
  'Glue',
  'SageMaker',
  'CodeBuild',
  'Terraform',
  'GitHub',
  'IAM Playground',
  'SCP',
  'RCP',
  'OU',
  'MFA',
  'ARN',
  'API',
  'CLI',
  'ID',
  'IP',
  'IPv4',
  'IPv6',
  'CIDR',
  'UTC',
  'ISO 8601',
  'HTTPS',
  'URL',
  'JSON',
  'SAML',
  'OIDC',
  'CSV',
  'SVG',
  'PNG',
  'Markdown',
  'iframe',
  'base64',
  'base64url',
  'JSON Lines',
  'AWS Secrets Manager',
  'Secrets Manager',
  'Parameter Store',
  'Systems Manager',
  'TOTP',
  'MB',
  'N/A',
]

/** Keyboard keys, named as they are printed on the keys. */
export const KEY_NAMES: readonly string[] = ['Enter', 'Esc', 'Tab', 'Ctrl', 'Shift', 'Alt', '⌘']

/** Languages named in themselves in the language pickers. */
export const LANGUAGE_NAMES: readonly string[] = ['English']

/** Token shapes that stay English: each pattern matches one whole word. */
const SHAPES: readonly RegExp[] = [
  // ARNs: arn:aws:s3:::bucket/*, arn:aws:iam::111122223333:role/Admin
  /^arn:[\w*?-]*:[^\s]*$/,
  // Action names and condition keys: s3:GetObject, iam:Get*, aws:SourceIp, aws:PrincipalTag/team, s3:x-amz-acl
  /^[a-z][a-z0-9-]*:[\w*?$][\w*?./${}:-]*$/,
  // Policy variables: ${aws:username}
  /^\$\{[\w:/-]+\}$/,
  // Condition operators: StringEquals, ForAllValues:StringLike, IpAddress, NumericLessThanIfExists, Null, Bool
  /^(ForAllValues:|ForAnyValue:)?(String|Numeric|Date|Arn|Binary|Bool|Null|IpAddress|NotIpAddress)\w*$/,
  // Numbers, dates, times, IP addresses and CIDR ranges: 1,000 · 2025-01-31 · 12:05 · 203.0.113.0/24 · 90%
  /^[+-]?\d[\d.,:/%-]*$/,
  // ISO 8601 timestamps: 2025-01-31T12:00:00Z, 2025-06-30T09:00:00+00:00
  /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/,
  // Access key IDs: AKIA…, ASIA…
  /^A[KS]IA[A-Z0-9]{12,}$/,
  // Service principals and AWS host names: lambda.amazonaws.com
  /^[a-z0-9.-]+\.amazonaws\.com$/,
  // API names, condition key and managed policy names without their prefix: AssumeRole, FullAWSAccess
  /^[A-Z][a-z0-9]*([A-Z][a-z0-9]*)+$/,
  // Field names and values of AWS reports: password_last_used, not_supported
  /^[a-z0-9]+(_[a-z0-9]+)+$/,
  // Service and condition key prefixes: "aws:", s3:
  /^"?[a-z][a-z0-9-]*:"?$/,
  // Region codes: us-east-1, ap-northeast-2
  /^[a-z]{2}(-[a-z]+)+-\d+$/,
  // AWS Organizations IDs and their prefixes: o-a1b2c3d4e5, ou-ab12-cd34ef56, r-ab12, "ou-"
  /^"?(o|ou|r)-[a-z0-9-]*"?$/,
  // Service prefixes with a digit: s3, ec2, route53
  /^[a-z]+[0-9][a-z0-9]*$/,
  // Path fragments of ARNs and names: /aws-reserved/, alias/aws/
  /^\/?[a-z0-9-]+(\/[a-z0-9-]*)+$/,
  // File extensions: .jsonl
  /^\.[a-z0-9]+$/,
  // Character ranges: A–Z, 0–9
  /^[A-Za-z0-9]–[A-Za-z0-9]$/,
  // Keyboard shortcuts: Ctrl+Enter, ⌘+Enter
  /^(Ctrl|⌘|Shift|Alt)(\+\w+)+$/,
]

/**
 * AWS's own access denied sentence, which AWS prints in English only: the example of what to paste ("Paste an error")
 * is shown as AWS writes it.
 */
const AWS_DENIED_SENTENCE =
  /^User: arn:\S+ is not authorized to perform: [\w-]+:\w+( on resource: \S+)?( because no [\w -]+ allows the [\w-]+:\w+ action| with an explicit deny in [\w -]+)?$/

/** Characters around words that carry no language: JSON and list punctuation, quotes, arrows, separators. */
const PUNCTUATION = /^[\s{}[\]()"'`,;:!?·…|/\\*×→←↗—–-]+|[\s{}[\]()"'`,;:.!?·…|\\×→←↗—–-]+$/g

const words = new Set(
  [...POLICY_WORDS, ...DECISION_WORDS, ...PRODUCT_NAMES, ...KEY_NAMES, ...LANGUAGE_NAMES].filter(
    (w) => !w.includes(' '),
  ),
)
const phrases = [...DECISION_WORDS, ...PRODUCT_NAMES]
  .filter((w) => w.includes(' '))
  .sort((a, b) => b.length - a.length)
  .map((phrase) => new RegExp(`(^|[^\\w])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g'))

/** Whether a JSON document: code is shown as written. */
function isJson(text: string): boolean {
  if (!/^[[{]/.test(text)) return false
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** Whether one word (punctuation around it removed) stays English on purpose. */
function isWordOnPurpose(token: string): boolean {
  const word = token.replace(PUNCTUATION, '')
  if (word === '') return true
  return words.has(word) || SHAPES.some((shape) => shape.test(word) || shape.test(token))
}

/**
 * Whether a text shown on a Korean page may be English: every word of it is an AWS action name, a condition key or
 * operator, an ARN, a policy element name or value, a number or date, a product name, or JSON punctuation (or the text
 * is a JSON document). An empty text is too; a text with any other word is not.
 */
export function isEnglishOnPurpose(text: string): boolean {
  const trimmed = text.trim()
  if (isJson(trimmed) || AWS_DENIED_SENTENCE.test(trimmed)) return true
  const rest = phrases.reduce((left, phrase) => left.replace(phrase, '$1 '), trimmed)
  return rest.split(/[\s(),;]+/).every(isWordOnPurpose)
}

/** Korean letters (syllables and jamo): what separates the English runs of a mixed text. */
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]+/

/**
 * The runs of a (Korean) text that hold English not on purpose, e.g. `['Share']` for `Share 대화 상자`. Runs are the
 * stretches between Korean letters; a run of names and codes (see isEnglishOnPurpose) is not returned.
 */
export function englishLeftIn(text: string): string[] {
  return text
    .split(HANGUL)
    .map((run) => run.trim())
    .filter((run) => /[A-Za-z]/.test(run) && !isEnglishOnPurpose(run))
}
