// From the app to a share payload and back: what a link holds, and how opening one restores it.
import { isAppView } from '../state/views'
import { noteLinkCatalog } from '../about/link-catalog.svelte'
import { CATALOG_VERSION, ENGINE_VERSION } from '../about/versions'
import type { Scenario } from '../../engine/index'
import { draftFor, type RequestDraft } from '../request/draft'
import type { AppState } from '../state/app.svelte'
import type { PolicyTarget } from '../state/policy-target'
import { loadMessages, localized } from '../i18n/index'
import { decodeShare } from './codec'
import { SHARE_VERSION, type SharedState, type SharedView } from './schema'

export { CATALOG_VERSION, ENGINE_VERSION }

/** The parts of the app a link carries. */
export interface ShareSource {
  scenario: Scenario
  request?: RequestDraft
  open?: PolicyTarget
  view?: string
  workspace?: string
}

/** Builds a payload, leaving out what equals the defaults (the request a scenario opens with, no open policy). */
export function toSharedState(source: ShareSource): SharedState {
  const state: SharedState = {
    v: SHARE_VERSION,
    engine: ENGINE_VERSION,
    catalog: CATALOG_VERSION,
    scenario: source.scenario,
  }
  if (source.request && JSON.stringify(source.request) !== JSON.stringify(draftFor(source.scenario))) {
    state.request = source.request
  }
  if (source.open) state.open = source.open
  if (source.view && source.view !== 'default') state.view = source.view
  if (source.workspace) state.workspace = source.workspace
  return state
}

/**
 * The payload for the app's current state. The activity log is left out unless asked for: it is a record of what
 * the person did (and can be thousands of events), not part of the scenario a link explains.
 */
export function shareOf(app: AppState, options: { activity?: boolean } = {}): SharedState {
  const workspace = app.workspaces.current?.id
  const { activity, ...rest } = app.document.scenario
  return toSharedState({
    scenario: options.activity && activity ? app.document.scenario : rest,
    ...(app.navigation.view !== 'playground' ? { view: app.navigation.view } : {}),
    request: app.question.request,
    ...(app.navigation.target ? { open: app.navigation.target } : {}),
    ...(workspace ? { workspace } : {}),
  })
}

/**
 * Opens a shared state as a new, unsaved workspace (the person's saved ones are untouched; "Save to my
 * workspaces" keeps it), then restores the request and the open policy.
 */
export async function applySharedState(app: AppState, state: SharedState): Promise<void> {
  await app.workspaces.load(state.scenario, localized(state.scenario.title), { persist: false })
  restoreSharedView(app, state)
  // Actions and keys added to the catalog since the link was made may read differently here.
  noteLinkCatalog(state.catalog)
}

/** Restores what a link holds besides its scenario: the request, the open policy and the view. */
export function restoreSharedView(app: AppState, state: SharedView): void {
  if (state.request) app.question.setRequest(state.request)
  if (state.open) app.navigation.openPolicy(state.open)
  if (state.view && isAppView(state.view)) app.navigation.show(state.view)
}

/**
 * Reads the share link in a location's hash: undefined when there is none, else the state or why it cannot open.
 * Mode flags live in the query (`?embed`, `?view=trace`); `?view` fills `view` when the payload has none.
 */
export async function readShareFromLocation(
  loc: Pick<Location, 'hash' | 'search'>,
): Promise<SharedState | { error: string } | undefined> {
  const hash = loc.hash.startsWith('#') ? loc.hash.slice(1) : loc.hash
  if (hash === '') return undefined
  let decoded = await decodeShare(hash)
  if (!decoded.ok) {
    // Why a scenario is not valid is worded by the catalog's `scenario` part, which a page loads only when it needs
    // it: load it, then read the link again to say why in the page's language.
    await loadMessages(['scenario'])
    decoded = await decodeShare(hash)
    if (!decoded.ok) return { error: decoded.error }
  }
  const view = new URLSearchParams(loc.search).get('view')
  if (view && !decoded.state.view && /^[a-z][a-z-]{0,31}$/.test(view)) decoded.state.view = view
  return decoded.state
}
