// The engine's API as the app calls it: plain wiring to src/engine, shared by the worker and the in-page fallback.
// Only the first answer (a request decided against the account) and what it needs are imported here; every other
// call loads its part of the engine (workers/later/*) on first use, so the worker's first load stays small.
// Scenarios stay here between calls: a call passes a reference to one (`ScenarioRef`), carrying the scenario, or what
// changed since a version held, only when this side may not hold it (src/lib/worker/resident-client.ts decides).
import {
  evaluate,
  requestCatalogIssues,
  requestInputIssues,
  requestServices,
  ResidentScenarios,
  simulate,
} from '../src/engine/index'
import type { RequestFields, Scenario, ScenarioRef } from '../src/engine/index'
import { catalog } from './catalog/shared'
import { awsManagedReady } from '../src/lib/aws-managed/load'

/** A function of a module loaded later, as an async function with the same parameters and (awaited) result. */
type Later<F> = F extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never

// Every call reads scenarios, whose attachments may name AWS managed policies: the table (a static file) is fetched
// as the worker starts, and each call waits for it.
awsManagedReady().catch(() => {}) // A failure is reported by the call that waits for it (and the fetch retried).

/** `f`, called once the AWS managed policies are in. */
function ready<F extends (...args: never[]) => unknown>(f: F): Later<F> {
  const call = async (...args: Parameters<F>) => {
    await awsManagedReady()
    return f(...args)
  }
  return call as Later<F>
}

/** Export `name` of the module `load` imports, called when first asked (the import runs once; later calls reuse it). */
function later<M, K extends keyof M>(load: () => Promise<M>, name: K): Later<M[K]> {
  const call = async (...args: unknown[]) => {
    const [module] = await Promise.all([load(), awsManagedReady()])
    return (module[name] as (...a: unknown[]) => unknown)(...args)
  }
  return call as Later<M[K]>
}

/** A parameter as a call passes it: a scenario as a reference to a version held here. */
type Passed<P> = P extends Scenario ? ScenarioRef : P

/** A function as the app calls it: its scenario parameters are {@link ScenarioRef}s. */
export type Resident<F> = F extends (...args: infer A) => infer R
  ? (...args: { [I in keyof A]: Passed<A[I]> }) => R
  : never

/** The scenarios this side holds (in the worker: for its lifetime; in the page's fallback: for the page's). */
const residents = new ResidentScenarios()

/**
 * Every call of `calls`, taking references where it takes scenarios. The references are resolved as the call
 * arrives, before anything is awaited, so they are resolved in the order the calls were made (which is the order the
 * client assumed when it decided what to send).
 */
function resident<A extends Record<string, (...args: never[]) => Promise<unknown>>>(
  calls: A,
): { [K in keyof A]: Resident<A[K]> } {
  const out: Record<string, unknown> = {}
  for (const [name, f] of Object.entries(calls)) {
    out[name] = (...args: unknown[]) => {
      let resolved: unknown[]
      try {
        resolved = residents.resolveArgs(args)
      } catch (error) {
        return Promise.reject(error)
      }
      return (f as (...a: unknown[]) => Promise<unknown>)(...resolved)
    }
  }
  return out as { [K in keyof A]: Resident<A[K]> }
}

const editor = () => import('./later/editor')
const activity = () => import('./later/activity')
const matrix = () => import('./later/matrix')
const impact = () => import('./later/impact')
const scenarioText = () => import('./later/scenario-text')

/** Every engine call the app makes; where the engine takes a scenario, the call takes a {@link ScenarioRef}. */
export const api = resident({
  /** Evaluates one request against its policies; see `evaluate` in src/engine. */
  evaluate: ready(evaluate),
  /** Validates a policy, loading the AWS catalog for the services it names. */
  validate: later(editor, 'validate'),
  /** The quick fixes of each diagnostic of `text`, in the same order; see `quickFixes` in src/engine. */
  quickFixes: later(editor, 'quickFixesOf'),
  /** Decides a request against a simulated account (`options.exclude`: a "what if" without some policies); see `simulate`. */
  simulate: ready(simulate),
  /** The activity log records of requests that were run (to append to `scenario.activity`); see `recordEvents`. */
  recordEvents: later(() => import('./later/record'), 'recordEvents'),
  /** Evaluates `sts:AssumeRole` and, when allowed, returns the new session; see `assumeRole`. */
  assumeRole: later(() => import('./later/sts'), 'assumeRole'),
  /** Every principal of the account allowed to do `action` on `resource`; see `whoCan`. */
  whoCan: later(() => import('./later/who-can'), 'whoCan'),
  /** The inheritance graph, focused and filtered, laid out; see `graphPicture`. */
  graphLayout: later(() => import('./graph/picture'), 'graphPicture'),
  /** For a denied request, the smallest verified changes that would allow it; see `whatWouldAllow`. */
  whatWouldAllow: later(() => import('./later/remedy'), 'whatWouldAllow'),
  /** The account audit's findings (fixes are data: the app applies them with `applyFix`); see `auditScenario`. */
  auditFindings: later(() => import('./later/audit'), 'auditScenario'),
  /** A share link's fragment for `state` with `scenario` in it; see `encodeShare` in src/lib/share. */
  encodeShare: later(() => import('./later/share'), 'encodeSharedState'),
  /**
   * The scenario as JSON text in a Blob, for autosave to store: made here, where the scenario is held already, as
   * serialising a large account and copying it into IndexedDB took the page's thread over 100 ms after each pause in
   * typing. A Blob crosses to the page, and into IndexedDB, by reference.
   */
  scenarioText: async (scenario: Scenario) => new Blob([JSON.stringify(scenario)], { type: 'application/json' }),
  /** Checks a scenario file's text (located errors); see `parseScenarioText`. */
  parseScenarioText: later(scenarioText, 'parseScenarioText'),
  /** Checks a share link's scenario, wrapped (`{ scenario }`); see `parseScenario`. */
  parseLinkedScenario: later(scenarioText, 'parseLinkedScenario'),
  /** Turns `aws iam get-account-authorization-details` output into a scenario. */
  importAuthorizationDetails: later(() => import('./later/aws-import'), 'importAuthorizationDetails'),
  /** Turns `terraform show -json` output or a CloudFormation template into a scenario; see `importInfrastructure`. */
  importInfrastructure: later(() => import('./later/iac-import'), 'importInfrastructure'),
  /** Every AWS service prefix with its name, for the editor's completion. */
  catalogServices: later(editor, 'catalogServices'),
  /** The actions of one service, with access level and description (loads that service only). */
  catalogActions: later(editor, 'catalogActions'),
  /** Global keys plus the keys of these services and actions, marked when they apply to the actions. */
  catalogConditionKeys: later(editor, 'catalogConditionKeys'),
  /** Last accessed information of a principal; the catalog's service list expands `*` grants. See `lastAccessed`. */
  lastAccessed: later(activity, 'lastAccessedWithCatalog'),
  /** A least-privilege policy from a principal's activity; see `leastPrivilegePolicy`. */
  leastPrivilegePolicy: later(activity, 'leastPrivilegePolicy'),
  /** Checks a learner's scenario against a lesson's checks; see `checkLesson`. */
  checkLesson: later(() => import('./later/lesson'), 'checkLesson'),
  /** Checks the course's lesson files, wrapped (`{ lessons }`); see `parseCourse`. The page carries no lesson parser. */
  parseLessonFiles: later(() => import('./later/lesson-files'), 'parseLessonFiles'),
  /** Why a request form's fields cannot be asked (a principal that names no one, a line that is no action); see `requestInputIssues`. */
  inputIssues: ready(requestInputIssues),
  /** The AWS catalog's word on a request form's actions and resources (loads their services); see `requestCatalogIssues`. */
  checkRequest: async (scenario: Scenario, fields: RequestFields) => {
    await Promise.all([catalog.load(requestServices(fields)), awsManagedReady()])
    return requestCatalogIssues(scenario, catalog.snapshot(), fields)
  },
  /** The resource each matrix column asks about (loads the actions' services); see `matrixResources`. */
  matrixResources: later(matrix, 'matrixResourcesWithCatalog'),
  /** Rows `from`..`to` of an access matrix, one decision code per action; the app asks in chunks for progress. */
  matrixRows: later(matrix, 'matrixRows'),
  /**
   * The steps of a change's impact on access (`before` → `after`); wildcard actions covering few catalog actions are
   * listed one by one (the catalog loads the services they name; offline they stay as written). See `accessDiff`.
   */
  accessDiffPlan: later(impact, 'accessDiffPlanWithCatalog'),
  /** The gains and losses one step of a plan finds; the app asks step by step for progress and Cancel. */
  accessDiffStep: later(impact, 'accessDiffStep'),
})

/** The API the worker exposes; the client's types derive from it, so they cannot drift. */
export type EngineApi = typeof api
