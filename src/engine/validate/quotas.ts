// AWS size quotas for policy documents.
// IAM (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html) counts characters without white
// space. Organizations (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html) counts
// an SCP as written when saved through the API or CLI; the console first removes white space between JSON elements.
import { message } from '../messages/message'
import type { PolicyKind } from '../policy/kinds'
import { report, type Ctx } from './context'

/** Which size quota applies: where the policy is stored decides it, not only its kind. */
export type QuotaKind = 'managed' | 'user-inline' | 'group-inline' | 'role-inline' | 'trust' | 'scp' | 'rcp' | 'session'

interface Quota {
  limit: number
  /** How AWS counts: IAM ignores all white space; Organizations counts the text as saved. */
  counts: 'non-whitespace' | 'as-written'
}

const QUOTAS: Record<QuotaKind, Quota> = {
  managed: { limit: 6144, counts: 'non-whitespace' },
  // Inline quotas are for the sum of an entity's inline policies; one policy is checked here on its own.
  'user-inline': { limit: 2048, counts: 'non-whitespace' },
  'group-inline': { limit: 5120, counts: 'non-whitespace' },
  'role-inline': { limit: 10240, counts: 'non-whitespace' },
  // The default quota; it can be raised to 8,192 through Service Quotas.
  trust: { limit: 2048, counts: 'non-whitespace' },
  scp: { limit: 5120, counts: 'as-written' },
  rcp: { limit: 5120, counts: 'as-written' },
  // AWS limits the plain text to 2,048 characters and also a packed binary form it does not document; this
  // approximates both with the non-white-space length.
  session: { limit: 2048, counts: 'non-whitespace' },
}

/** The quota a policy kind implies on its own (permissions boundaries are managed policies). */
export function quotaOf(kind: PolicyKind | undefined): QuotaKind | undefined {
  switch (kind) {
    case 'trust':
    case 'scp':
    case 'rcp':
    case 'session':
      return kind
    case 'boundary':
      return 'managed'
    default:
      return undefined
  }
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d

/** Characters other than JSON white space (space, tab, line feed, carriage return), anywhere in the text. */
export function nonWhitespaceLength(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++
  return n
}

/** Length after removing white space outside string literals, as the Organizations console saves a policy. */
export function minifiedLength(text: string): number {
  let n = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      n++
      if (c === 0x5c) {
        n++
        i++
      } else if (c === 0x22) inString = false
    } else if (!isSpace(c)) {
      n++
      if (c === 0x22) inString = true
    }
  }
  return n
}

/** Counts as the messages show them (`6,144`), grouped the same in English and Korean. */
const fmt = (n: number) => n.toLocaleString('en-US')

/** Warns when the policy is larger than its quota allows. */
export function checkQuota(ctx: Ctx, input: unknown, quota: QuotaKind | undefined): void {
  if (!quota) return
  const q = QUOTAS[quota]
  // An object has no layout of its own: measure its compact JSON.
  const text = typeof input === 'string' ? input : JSON.stringify(input)
  const statement = ctx.pointers.top('Statement')
  const span = statement?.keySpan ?? ctx.pointers.root?.span
  const at = { ...(span ? { span } : {}), path: '' }
  if (q.counts === 'non-whitespace') {
    const n = nonWhitespaceLength(text)
    if (n <= q.limit) return
    report(
      ctx,
      'policy-too-large',
      'warning',
      message(`diag.policy-too-large.${quota}`, { count: fmt(n), limit: fmt(q.limit) }),
      {
        ...at,
        help: message('diag.help.policy-too-large'),
      },
    )
    return
  }
  const written = text.length
  if (written <= q.limit) return
  const minified = minifiedLength(text)
  if (minified > q.limit) {
    report(
      ctx,
      'policy-too-large',
      'warning',
      message(`diag.policy-too-large.minified.${quota}`, { count: fmt(minified), limit: fmt(q.limit) }),
      {
        ...at,
        help: message('diag.help.policy-too-large.minified'),
      },
    )
  } else {
    report(
      ctx,
      'policy-too-large-unless-minified',
      'suggestion',
      message(`diag.policy-too-large-unless-minified.${quota}`, { count: fmt(written), limit: fmt(q.limit) }),
      {
        ...at,
        help: message('diag.help.policy-too-large-unless-minified', { minified: fmt(minified) }),
      },
    )
  }
}
