// Starting the app: storage, the engine in its worker, and what a first visit opens.
import { draftOfSaved } from './request/draft'
import type { Scenario } from '../engine/index'
import { AppState, type EngineCalls } from './state/app.svelte'
import { openBackend, type WorkspaceBackend } from './store/backend'
import type { Course } from './lesson/course.svelte'
import { openLinkedLesson, startCourse } from './lesson/start'
import { firstScenarioTitle, loadFirstScenario } from './gallery/first-scenario'
import { localized } from './i18n/index'
import { inWorker } from './worker/engine-client'
import { openStatement } from './request/statement-links'
// From the share modules themselves, not ./share/index: that would bring the share dialog's anonymiser and secrets
// scan into the page's first load.
import { applySharedState, readShareFromLocation, restoreSharedView } from './share/state'
import { pageViewOf } from './workspace/view-sync.svelte'
import { addressWrittenAt, tabStorage } from './workspace/address-log'
import { awsManagedReady } from './aws-managed/load'

/** Engine calls through the worker (a hung or crashed worker is restarted and reported). */
export const workerEngine: EngineCalls = {
  simulate: inWorker('simulate'),
  inputIssues: inWorker('inputIssues'),
  checkRequest: inWorker('checkRequest'),
  recordEvents: inWorker('recordEvents'),
  scenarioText: inWorker('scenarioText'),
}

/** What the page starts with. */
export interface Booted {
  app: AppState
  /** The lessons; the one a `?lesson=` link asks for is open. */
  course: Course
  fromLink: boolean
  shareError?: string
}

/**
 * Opens storage and the workspace to show: the last one used, else (a first visit) the library's first scenario,
 * with its first saved request answered; then the lesson a `?lesson=` link asks for, beside it.
 */
export async function boot(embedded: boolean): Promise<Booted> {
  // The page's own engine calls (scenario checks, edits, the explorer's lists) read the AWS managed policies, a static
  // file fetched here alongside storage: nothing on the page uses a scenario before it is in.
  const [backend] = await Promise.all([openBackend({ embedded }), awsManagedReady()])
  const started = await openWorkspace(backend)
  const course = startCourse(started.app, backend, embedded)
  const lessonError = await openLinkedLesson(course, location.search)
  const shareError = [started.shareError, lessonError].filter((e) => e !== undefined).join(' ')
  return shareError ? { ...started, course, shareError } : { ...started, course }
}

/** The workspace to show, and whether it came from a link. */
async function openWorkspace(
  backend: WorkspaceBackend,
): Promise<{ app: AppState; fromLink: boolean; shareError?: string }> {
  const fallback: Scenario = await loadFirstScenario()
  const app = new AppState(fallback, workerEngine, backend)
  // A share link opens as a new, unsaved workspace; the person's saved ones are left as they are.
  const shared = await readShareFromLocation(location)
  // The hash of a saved workspace of this browser (a reload, the person's own link) reopens that workspace.
  const own = shared && !('error' in shared) && shared.workspace && backend.persistent ? shared.workspace : undefined
  if (own && (await app.workspaces.open(own)) === undefined) {
    // The address this tab wrote may be older than the page's last change (a reload can start before the write as the
    // page goes away lands): then the page view saved since is newer. A link the person opened is taken as it is.
    const stored = await app.workspaces.lastView()
    const writtenAt = addressWrittenAt(tabStorage(), location.hash.slice(1))
    const view = stored && writtenAt !== undefined && stored.at > writtenAt ? stored : shared
    if (view && !('error' in view)) restoreSharedView(app, view)
    await app.question.evaluate()
    return { app, fromLink: false }
  }
  if (shared && !('error' in shared)) {
    await applySharedState(app, shared)
    await app.workspaces.refresh()
    await app.question.evaluate()
    return { app, fromLink: true }
  }
  const shareError = shared?.error
  const lastId = backend.persistent ? await backend.getMeta('lastWorkspaceId') : undefined
  const problem = lastId ? await app.workspaces.open(lastId) : 'none'
  if (problem)
    await app.workspaces.load(fallback, localized(firstScenarioTitle), {
      persist: backend.persistent,
    })
  await app.workspaces.refresh()
  // A reload (or the next visit) shows the request, the policy and the view that were on screen.
  const view = problem ? undefined : await app.workspaces.lastView()
  if (view) restoreSharedView(app, view)
  if (problem) {
    // Start from a saved request that is allowed: its deciding statement is something to look at.
    const allowed = app.document.scenario.requests?.find((r) => r.expect === 'Allow')
    if (allowed) app.question.request = draftOfSaved(app.document.scenario, allowed)
  }
  await app.question.evaluate()
  if (problem) {
    // A first visit teaches before it is touched: open the policy statement that decided the answer.
    openDecidingPolicy(app)
    // Written before the answer shows, so a reload at once finds the same request and policy.
    await app.workspaces.saveViewNow(pageViewOf(app))
  }
  return shareError === undefined ? { app, fromLink: false } : { app, fromLink: false, shareError }
}

/** Opens, in the editor, the policy of the answer's first deciding statement (when the scenario holds its text). */
export function openDecidingPolicy(app: AppState): void {
  const result = app.question.result
  const ref = result?.trace.decisive[0]
  if (result && ref) openStatement(app, result, ref)
}
