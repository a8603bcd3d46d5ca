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

/** The request and every policy that takes part; see docs/semantics.md. */
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

const INPUT_NAME: Record<PolicyType, string> = {
  scp: 'scps',
  rcp: 'rcps',
  resource: 'resourcePolicy',
  identity: 'identityPolicies',
  boundary: 'permissionsBoundary',
  session: 'sessionPolicies',
}

/** Where a policy sits in the input, as a JSON pointer (built only for error messages). */
function pathOf(type: PolicyType, level: number | undefined, index: number): string {
  const base = `/${INPUT_NAME[type]}`
  if (level !== undefined) return `${base}/${level}/${index}`
  return type === 'resource' || type === 'boundary' ? base : `${base}/${index}`
}

/** The stable policy id of the trace: `identity[2]`, `scp[1][0]`, `resource`, `boundary`, `session[0]`. */
export function policyIdOf(type: PolicyType, level: number | undefined, index: number): string {
  if (level !== undefined) return `${type}[${level}][${index}]`
  return type === 'resource' || type === 'boundary' ? type : `${type}[${index}]`
}

function place(
  value: unknown,
  type: PolicyType,
  kind: PolicyKind,
  level: number | undefined,
  index: number,
): PlacedPolicy {
  const placed: PlacedPolicy = { type, kind, index, source: value }
  if (level !== undefined) placed.level = level
  if (typeof value === 'string') return placed
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new EngineInputError('a policy must be a policy object or its JSON text', pathOf(type, level, index))
  }
  if (isNamed(value)) {
    placed.source = value.text ?? value.document
    if (typeof value.name === 'string') placed.name = value.name
    if (typeof placed.source !== 'string' && (typeof placed.source !== 'object' || placed.source === null)) {
      throw new EngineInputError('a named policy needs `document` (an object) or `text`', pathOf(type, level, index))
    }
  }
  return placed
}

function list(value: unknown, path: () => string): unknown[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new EngineInputError('must be an array', path())
  if (value.length > LIMITS.maxPolicies) throw new EngineInputError(`more than ${LIMITS.maxPolicies} policies`, path())
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

function levels(value: unknown, type: 'scp' | 'rcp'): PlacedPolicy[][] {
  const out: PlacedPolicy[][] = []
  const all = list(value, () => `/${INPUT_NAME[type]}`)
  for (let l = 0; l < all.length; l++) {
    const level = list(all[l], () => `/${INPUT_NAME[type]}/${l}`)
    const placed: PlacedPolicy[] = []
    for (let i = 0; i < level.length; i++) placed.push(place(level[i], type, type, l, i))
    out.push(placed)
  }
  return out
}

function flat(value: unknown, type: 'identity' | 'session'): PlacedPolicy[] {
  const all = list(value, () => `/${INPUT_NAME[type]}`)
  const out: PlacedPolicy[] = []
  for (let i = 0; i < all.length; i++) out.push(place(all[i], type, type, undefined, i))
  return out
}

function one(value: unknown, type: PolicyType, kind: PolicyKind): PlacedPolicy[] {
  return value === undefined || value === null ? [] : [place(value, type, kind, undefined, 0)]
}

/** Every policy of the input with its type and the grammar it is parsed with. */
export function placePolicies(input: Omit<EvaluationInput, 'request'>, resourceKind: PolicyKind): Placed {
  return {
    scp: levels(input.scps, 'scp'),
    rcp: levels(input.rcps, 'rcp'),
    resource: one(input.resourcePolicy, 'resource', resourceKind),
    identity: flat(input.identityPolicies, 'identity'),
    boundary: one(input.permissionsBoundary, 'boundary', 'boundary'),
    session: flat(input.sessionPolicies, 'session'),
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

/** One action as a request names it: `service:Action`, no wildcards. */
export const ACTION_NAME = /^[A-Za-z0-9-]+:[A-Za-z0-9_.-]+$/
const validActions = new Set<string>()

function validAction(action: string): boolean {
  if (validActions.has(action)) return true
  if (!ACTION_NAME.test(action)) return false
  if (validActions.size >= 4096) validActions.clear()
  validActions.add(action)
  return true
}

/** Checks the request part and returns its strings. */
export function checkRequest(input: unknown): EvaluationInput['request'] {
  if (typeof input !== 'object' || input === null) throw new EngineInputError('the input must be an object')
  const request = (input as { request?: unknown }).request
  if (typeof request !== 'object' || request === null)
    throw new EngineInputError('`request` must be an object', '/request')
  const r = request as Record<string, unknown>
  if (typeof r.action !== 'string' || !validAction(r.action)) {
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
