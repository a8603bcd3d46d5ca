// Who is asking: the request's principal string parsed into the facts evaluation needs.
import { EngineInputError } from '../errors'

/** The kinds of caller the engine tells apart. */
export type CallerKind =
  'user' | 'role' | 'session' | 'root' | 'federated-user' | 'service' | 'federated' | 'canonical' | 'anonymous'

/** The caller of a request, parsed. */
export interface Caller {
  /** The principal exactly as given. */
  raw: string
  kind: CallerKind
  /** The caller's 12-digit account; undefined for service principals, federated providers and anonymous. */
  account?: string
  /** For sessions: `arn:aws:iam::ACCOUNT:role/NAME`; for a role: its ARN. */
  roleArn?: string
  /** Role name for roles and sessions; user name for users. */
  name?: string
  /** Session name for sessions. */
  sessionName?: string
  /** A service-linked role (path `/aws-service-role/`): SCPs do not limit it. */
  serviceLinked: boolean
}

/** True for callers that are IAM principals of an account (users, roles, sessions, root, federated users). */
export function isIamCaller(c: Caller): boolean {
  return c.account !== undefined
}

const IAM_ARN = /^arn:([^:]+):(iam|sts)::(\d{12}):(.+)$/

/**
 * Parses the request's principal: an IAM user/role ARN, an assumed-role session ARN, an account root ARN
 * (or a bare account ID), a federated user, a service principal (`ec2.amazonaws.com`), an identity provider
 * (for `AssumeRoleWith*`), a canonical user ID, or `anonymous`.
 */
export function parseCaller(principal: unknown): Caller {
  if (typeof principal === 'string') {
    const hit = callers.get(principal)
    if (hit) return hit
  }
  const caller = parseCallerUncached(principal)
  if (callers.size >= 4096) callers.clear()
  callers.set(caller.raw, caller)
  return caller
}

// Parsed callers are immutable, so the same principal string is parsed once.
const callers = new Map<string, Readonly<Caller>>()

function parseCallerUncached(principal: unknown): Caller {
  if (typeof principal !== 'string' || principal === '') {
    throw new EngineInputError('the principal must be a non-empty string', '/request/principal')
  }
  const base = { raw: principal, serviceLinked: false }
  if (principal === 'anonymous' || principal === '*') return { ...base, kind: 'anonymous' }
  if (/^\d{12}$/.test(principal)) return { ...base, kind: 'root', account: principal }
  const m = IAM_ARN.exec(principal)
  if (m) {
    const [, partition, service, account, rest] = m as unknown as [string, string, string, string, string]
    if (service === 'iam' && rest === 'root') return { ...base, kind: 'root', account }
    if (service === 'iam' && rest.startsWith('user/')) {
      return { ...base, kind: 'user', account, name: rest.slice(rest.lastIndexOf('/') + 1) }
    }
    if (service === 'iam' && rest.startsWith('role/')) {
      const name = rest.slice(rest.lastIndexOf('/') + 1)
      return {
        ...base,
        kind: 'role',
        account,
        name,
        roleArn: principal,
        serviceLinked: rest.startsWith('role/aws-service-role/'),
      }
    }
    if (service === 'iam' && (rest.startsWith('saml-provider/') || rest.startsWith('oidc-provider/'))) {
      return { ...base, kind: 'federated' }
    }
    if (service === 'sts' && rest.startsWith('assumed-role/')) {
      const parts = rest.split('/')
      if (parts.length >= 3 && parts[1] && parts[2]) {
        return {
          ...base,
          // A session ARN has no path; service-linked roles are known by their `AWSServiceRoleFor` names.
          serviceLinked: parts[1].startsWith('AWSServiceRoleFor'),
          kind: 'session',
          account,
          name: parts[1],
          sessionName: parts.slice(2).join('/'),
          roleArn: `arn:${partition}:iam::${account}:role/${parts[1]}`,
        }
      }
    }
    if (service === 'sts' && rest.startsWith('federated-user/')) {
      return { ...base, kind: 'federated-user', account, name: rest.slice('federated-user/'.length) }
    }
    throw new EngineInputError(`\`${principal}\` is not a user, role, session or root ARN`, '/request/principal')
  }
  if (/^[0-9a-f]{64}$/.test(principal)) return { ...base, kind: 'canonical' }
  if (!principal.includes(':') && /^[a-z0-9.-]+\.(amazonaws\.com|amazon\.com|aws\.internal)$/i.test(principal)) {
    return { ...base, kind: 'service' }
  }
  if (/^[a-z0-9.-]+\.[a-z]{2,}(\/.*)?$/i.test(principal)) return { ...base, kind: 'federated' }
  throw new EngineInputError(
    `\`${principal}\` is not an IAM ARN, an account ID, a service principal or \`anonymous\``,
    '/request/principal',
  )
}

/** The account field of the caller's ARN written as the IAM `:root` ARN (for messages). */
export function callerArn(c: Caller): string {
  return c.kind === 'root' && !c.raw.startsWith('arn:') ? `arn:aws:iam::${c.account}:root` : c.raw
}

/** `aws:PrincipalType` as AWS sets it. */
export function principalType(c: Caller): string | undefined {
  switch (c.kind) {
    case 'root':
      return 'Account'
    case 'user':
      return 'User'
    case 'role':
    case 'session':
      return 'AssumedRole'
    case 'federated-user':
      return 'FederatedUser'
    case 'anonymous':
      return 'Anonymous'
    default:
      return undefined
  }
}
