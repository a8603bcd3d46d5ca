// Statement templates a toolbar can list, and the edit that appends one to a policy's `Statement` array.
// Placeholders follow AWS's documentation conventions (account 111122223333, amzn-s3-demo-bucket, 192.0.2.0/24).
import { findNodeAtLocation, getNodeValue, modify, parseTree, type Node, type ParseError } from 'jsonc-parser'
import type { PolicyKind } from '../../engine/index'
import { requiresPrincipal } from '../../engine/index'
import { t } from '../i18n/index'

/** A statement to insert, with the policy kinds it suits. */
export interface StatementTemplate {
  /** Stable id, for menus and tests. */
  id: string
  /** Menu text, in the page's language. */
  readonly label: string
  /** One line on what it does, in the page's language. */
  readonly description: string
  /** The kinds of policy where it makes sense. */
  kinds: readonly PolicyKind[]
  statement: Record<string, unknown>
  /** The `Principal` added for kinds that require one (resource-based policies). */
  principal?: unknown
}

const ACCOUNT_ROOT = 'arn:aws:iam::111122223333:root'
const BUCKET = 'arn:aws:s3:::amzn-s3-demo-bucket'

/** The templates, in menu order. */
export const statementTemplates: readonly StatementTemplate[] = [
  {
    id: 's3-read-only',
    get label() {
      return t('editor.template.s3ReadOnly.label')
    },
    get description() {
      return t('editor.template.s3ReadOnly.description')
    },
    kinds: ['identity', 'boundary', 'session', 'resource'],
    statement: {
      Sid: 'ReadOnlyBucket',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: [BUCKET, `${BUCKET}/*`],
    },
    principal: { AWS: ACCOUNT_ROOT },
  },
  {
    id: 'deny-outside-ip',
    get label() {
      return t('editor.template.denyOutsideIp.label')
    },
    get description() {
      return t('editor.template.denyOutsideIp.description')
    },
    kinds: ['identity', 'boundary', 'session', 'scp', 'resource'],
    statement: {
      Sid: 'DenyOutsideIpRanges',
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: {
        NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] },
        Bool: { 'aws:ViaAWSService': 'false' },
      },
    },
    principal: '*',
  },
  {
    id: 'require-mfa',
    get label() {
      return t('editor.template.requireMfa.label')
    },
    get description() {
      return t('editor.template.requireMfa.description')
    },
    kinds: ['identity', 'boundary', 'scp'],
    statement: {
      Sid: 'DenyWithoutMfa',
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    },
  },
  {
    id: 'allow-assume-role',
    get label() {
      return t('editor.template.allowAssumeRole.label')
    },
    get description() {
      return t('editor.template.allowAssumeRole.description')
    },
    kinds: ['identity', 'boundary', 'session'],
    statement: {
      Sid: 'AssumeRole',
      Effect: 'Allow',
      Action: 'sts:AssumeRole',
      Resource: 'arn:aws:iam::111122223333:role/example-role',
    },
  },
  {
    id: 'trust-account',
    get label() {
      return t('editor.template.trustAccount.label')
    },
    get description() {
      return t('editor.template.trustAccount.description')
    },
    kinds: ['trust'],
    statement: { Sid: 'TrustAccount', Effect: 'Allow', Principal: { AWS: ACCOUNT_ROOT }, Action: 'sts:AssumeRole' },
  },
  {
    id: 'trust-service',
    get label() {
      return t('editor.template.trustService.label')
    },
    get description() {
      return t('editor.template.trustService.description')
    },
    kinds: ['trust'],
    statement: {
      Sid: 'TrustLambda',
      Effect: 'Allow',
      Principal: { Service: 'lambda.amazonaws.com' },
      Action: 'sts:AssumeRole',
    },
  },
  {
    id: 'deny-regions',
    get label() {
      return t('editor.template.denyRegions.label')
    },
    get description() {
      return t('editor.template.denyRegions.description')
    },
    kinds: ['identity', 'boundary', 'scp'],
    statement: {
      Sid: 'DenyOtherRegions',
      Effect: 'Deny',
      NotAction: ['iam:*', 'organizations:*', 'route53:*', 'cloudfront:*', 'sts:*', 'support:*'],
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-central-1', 'eu-west-1'] } },
    },
  },
]

/** The template's statement for a kind: with its `Principal` (after `Effect`) when the kind requires one. */
export function templateStatement(template: StatementTemplate, kind: PolicyKind): Record<string, unknown> {
  if (!requiresPrincipal(kind) || template.principal === undefined || 'Principal' in template.statement) {
    return template.statement
  }
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(template.statement)) {
    out[key] = value
    if (key === 'Effect') out.Principal = template.principal
  }
  return out
}

/** The statement as JSON text, two-space indented, with every line after the first indented by `indent`. */
export function templateText(template: StatementTemplate, indent = '', kind: PolicyKind = 'identity'): string {
  return JSON.stringify(templateStatement(template, kind), null, 2).replace(/\n/g, `\n${indent}`)
}

/** One text edit: replace `[from, to)` with `insert` (CodeMirror's ChangeSpec shape). */
export interface TextEdit {
  from: number
  to: number
  insert: string
}

/** The leading whitespace of the line `offset` is on. */
function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? ''
}

/** Appends to an existing `Statement` array, keeping the text around it byte for byte. */
function appendTo(text: string, array: Node, template: StatementTemplate, kind: PolicyKind): TextEdit {
  const last = array.children?.at(-1)
  if (!last) {
    // `[]` or `[\n  ]`: the statement goes on its own line, one level deeper than the array's line.
    const outer = lineIndent(text, array.offset)
    const inner = `${outer}  `
    const insert = `\n${inner}${templateText(template, inner, kind)}\n${outer}`
    return { from: array.offset + 1, to: array.offset + array.length - 1, insert }
  }
  const end = last.offset + last.length
  const indent = lineIndent(text, last.offset)
  const ownLine = text.slice(text.lastIndexOf('\n', last.offset - 1) + 1, last.offset).trim() === ''
  const sep = ownLine ? `,\n${indent}` : ', '
  return { from: end, to: end, insert: sep + templateText(template, indent, kind) }
}

/**
 * The edits that append the template's statement to the policy: at the end of the `Statement` array (the text
 * before it untouched), into a new array (a lone statement object becomes an array), or a new policy when the text
 * is empty. Undefined when the text is not a JSON object.
 */
export function insertStatement(text: string, template: StatementTemplate, kind: PolicyKind): TextEdit[] | undefined {
  const statement = templateStatement(template, kind)
  if (text.trim() === '') {
    return [
      { from: 0, to: text.length, insert: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2) },
    ]
  }
  const errors: ParseError[] = []
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true })
  if (errors.length > 0 || root?.type !== 'object') return undefined
  const existing = findNodeAtLocation(root, ['Statement'])
  if (existing?.type === 'array') return [appendTo(text, existing, template, kind)]
  const value = existing ? [getNodeValue(existing), statement] : [statement]
  const edits = modify(text, ['Statement'], value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } })
  return edits.map((e) => ({ from: e.offset, to: e.offset + e.length, insert: e.content }))
}
