// The evaluation input: its public types and the checks that turn it into a list of policies to run.
import { EngineInputError, LIMITS } from '../errors'
import type { PolicyKind } from '../policy/kinds'
import type { CompiledPolicy } from './compile'
import type { PolicyType } from '../trace/types'

/** The IAM JSON policy object (`Version`, `Id`, `Statement` as object or array). */
export interface PolicyDocument {
  Version?: string
  Id?: string
  Statement?: unknown
  [element: string]: unknown
}

/** A policy with a name for the trace, given as a document or as text (text gives source ranges). */
export interface NamedPolicy {
  name?: string
  document?: PolicyDocument
  text?: string
}

/** What may stand where the contract says `PolicyDocument`: the document, its JSON text, or a named policy. */
export type PolicyInput = PolicyDocument | NamedPolicy | string

/** The request and every policy that takes part; see ENGINE-CONTRACT.md. */
export interface EvaluationInput {
  request: {
    /** IAM user/role ARN, session ARN, account root ARN, service principal, or `anonymous`. */
    principal: string
    /** `service:Action`, e.g. `s3:GetObject`. */
    action: string
    /** The resource ARN, or `*` for actions without a resource. */
    resource: string
    /** 12-digit account that owns the resource. Default: the ARN's account, else the principal's. */
    resourceAccount?: string
    /** Condition key -> value(s); key names are case-insensitive. */
    context?: Record<string, string | string[]>
  }
  identityPolicies?: PolicyInput[]
  resourcePolicy?: PolicyInput
  permissionsBoundary?: PolicyInput
  /** One array per organization level, root first. */
  scps?: PolicyInput[][]
  rcps?: PolicyInput[][]
  sessionPolicies?: PolicyInput[]
}

/** One policy of the input, placed. */
export interface PlacedPolicy {
  id: string
  type: PolicyType
  kind: PolicyKind
  level?: number
  index: number
  name?: string
  source: unknown
  /** Set by {@link createEvaluator}-style callers that compiled the policy ahead of time. */
  compiled?: CompiledPolicy
}

function isNamed(v: object): v is NamedPolicy {
  return !('Statement' in v) && (typeof (v as NamedPolicy).text === 'string' || 'document' in v)
}

function place(value: unknown, path: string, base: Omit<PlacedPolicy, 'source' | 'name'>): PlacedPolicy {
  if (typeof value === 'string') return { ...base, source: value }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new EngineInputError('a policy must be a policy object or its JSON text', path)
  }
  if (isNamed(value)) {
    const placed: PlacedPolicy = { ...base, source: value.text ?? value.document }
    if (typeof value.name === 'string') placed.name = value.name
    if (typeof placed.source !== 'string' && (typeof placed.source !== 'object' || placed.source === null)) {
      throw new EngineInputError('a named policy needs `document` (an object) or `text`', path)
    }
    return placed
  }
  return { ...base, source: value }
}

function list(value: unknown, path: string): unknown[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new EngineInputError('must be an array', path)
  if (value.length > LIMITS.maxPolicies) throw new EngineInputError(`more than ${LIMITS.maxPolicies} policies`, path)
  return value
}

/** The input's policies, placed and grouped the way the evaluation logic walks them. */
export interface Placed {
  /** One array per organization level (an empty level stays, as an empty array). */
  scp: PlacedPolicy[][]
  rcp: PlacedPolicy[][]
  resource: PlacedPolicy[]
  identity: PlacedPolicy[]
  boundary: PlacedPolicy[]
  session: PlacedPolicy[]
}

/** Every policy of the input with its id, type and the grammar it is parsed with. */
export function placePolicies(input: Omit<EvaluationInput, 'request'>, resourceKind: PolicyKind): Placed {
  const levels = (name: 'scps' | 'rcps', type: 'scp' | 'rcp') =>
    list(input[name], `/${name}`).map((level, l) =>
      list(level, `/${name}/${l}`).map((p, i) =>
        place(p, `/${name}/${l}/${i}`, { id: `${type}[${l}][${i}]`, type, kind: type, level: l, index: i }),
      ),
    )
  const one = (value: unknown, path: string, id: string, type: PolicyType, kind: PolicyKind) =>
    value === undefined || value === null ? [] : [place(value, path, { id, type, kind, index: 0 })]
  return {
    scp: levels('scps', 'scp'),
    rcp: levels('rcps', 'rcp'),
    resource: one(input.resourcePolicy, '/resourcePolicy', 'resource', 'resource', resourceKind),
    identity: list(input.identityPolicies, '/identityPolicies').map((p, i) =>
      place(p, `/identityPolicies/${i}`, { id: `identity[${i}]`, type: 'identity', kind: 'identity', index: i }),
    ),
    boundary: one(input.permissionsBoundary, '/permissionsBoundary', 'boundary', 'boundary', 'boundary'),
    session: list(input.sessionPolicies, '/sessionPolicies').map((p, i) =>
      place(p, `/sessionPolicies/${i}`, { id: `session[${i}]`, type: 'session', kind: 'session', index: i }),
    ),
  }
}

/** Applies `f` to every placed policy (to attach compiled forms ahead of time). */
export function mapPlaced(placed: Placed, f: (p: PlacedPolicy) => PlacedPolicy): Placed {
  return {
    scp: placed.scp.map((level) => level.map(f)),
    rcp: placed.rcp.map((level) => level.map(f)),
    resource: placed.resource.map(f),
    identity: placed.identity.map(f),
    boundary: placed.boundary.map(f),
    session: placed.session.map(f),
  }
}

/** Checks the request part and returns its strings. */
export function checkRequest(input: unknown): EvaluationInput['request'] {
  if (typeof input !== 'object' || input === null) throw new EngineInputError('the input must be an object')
  const request = (input as { request?: unknown }).request
  if (typeof request !== 'object' || request === null)
    throw new EngineInputError('`request` must be an object', '/request')
  const r = request as Record<string, unknown>
  if (typeof r.action !== 'string' || !/^[A-Za-z0-9-]+:[A-Za-z0-9_.-]+$/.test(r.action)) {
    throw new EngineInputError('`action` must be `service:Action`, e.g. `s3:GetObject`', '/request/action')
  }
  if (typeof r.resource !== 'string' || r.resource === '' || r.resource.length > LIMITS.maxString) {
    throw new EngineInputError('`resource` must be an ARN or `*`', '/request/resource')
  }
  if (
    r.resourceAccount !== undefined &&
    (typeof r.resourceAccount !== 'string' || !/^\d{12}$/.test(r.resourceAccount))
  ) {
    throw new EngineInputError('`resourceAccount` must be a 12-digit account ID', '/request/resourceAccount')
  }
  return r as unknown as EvaluationInput['request']
}
