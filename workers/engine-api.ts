// The engine's API as the app calls it: plain wiring to src/engine, shared by the worker and the in-page fallback.
import {
  Catalog,
  accessDiffPlan,
  accessDiffStep,
  assumeRole,
  auditScenario,
  checkLesson,
  evaluate,
  impactCatalogServices,
  importAuthorizationDetails,
  lastAccessed,
  leastPrivilegePolicy,
  matrixResources,
  matrixRows,
  parseScenarioText,
  quickFixes,
  requestCatalogIssues,
  requestServices,
  simulate,
  validatePolicyWithCatalog,
  whatWouldAllow,
  whoCan,
} from '../src/engine/index'
import type { Diagnostic, RequestFields, Scenario, ValidateOptions } from '../src/engine/index'
import { fetchReader } from './catalog/fetch-reader'
import { CatalogDocs, catalogQueries } from './catalog/queries'
import { graphPicture } from './graph/picture'

// The worker is built into assets/; the catalog sits beside the app, one folder up. The editor's docs read the
// descriptions the engine's Catalog drops from the same files as they pass, so each file is fetched once.
const docs = new CatalogDocs()
const catalog = new Catalog(docs.reader(fetchReader(new URL('../', import.meta.url))))
const editorCatalog = catalogQueries(catalog, docs)

/** Every engine call the app makes. */
export const api = {
  /** Evaluates one request against its policies; see `evaluate` in src/engine. */
  evaluate,
  /** Validates a policy, loading the AWS catalog for the services it names. */
  validate: (input: string | object, options: Omit<ValidateOptions, 'catalog'> = {}) =>
    validatePolicyWithCatalog(input, { ...options, catalog }),
  /** The quick fixes of each diagnostic of `text`, in the same order; see `quickFixes` in src/engine. */
  quickFixes: (text: string, diagnostics: Diagnostic[]) => diagnostics.map((d) => quickFixes(text, d)),
  /** Decides a request against a simulated account (`options.exclude`: a "what if" without some policies); see `simulate`. */
  simulate,
  /** Evaluates `sts:AssumeRole` and, when allowed, returns the new session; see `assumeRole`. */
  assumeRole,
  /** Every principal of the account allowed to do `action` on `resource`; see `whoCan`. */
  whoCan,
  /** The inheritance graph, focused and filtered, laid out; see `graphPicture`. */
  graphLayout: graphPicture,
  /** For a denied request, the smallest verified changes that would allow it; see `whatWouldAllow`. */
  whatWouldAllow,
  /** The account audit's findings (fixes are data: the app applies them with `applyFix`); see `auditScenario`. */
  auditFindings: auditScenario,
  /** Checks a scenario file's text (located errors); see `parseScenarioText`. */
  parseScenarioText,
  /** Turns `aws iam get-account-authorization-details` output into a scenario. */
  importAuthorizationDetails,
  /** Every AWS service prefix with its name, for the editor's completion. */
  catalogServices: editorCatalog.services,
  /** The actions of one service, with access level and description (loads that service only). */
  catalogActions: editorCatalog.actions,
  /** Global keys plus the keys of these services and actions, marked when they apply to the actions. */
  catalogConditionKeys: editorCatalog.conditionKeys,
  /** Last accessed information of a principal; the catalog's service list expands `*` grants. See `lastAccessed`. */
  lastAccessed: async (scenario: Scenario, principal: string) => {
    await catalog.load([])
    return lastAccessed(scenario, principal, { catalog: catalog.snapshot() })
  },
  /** A least-privilege policy from a principal's activity; see `leastPrivilegePolicy`. */
  leastPrivilegePolicy,
  /** Checks a learner's scenario against a lesson's checks; see `checkLesson`. */
  checkLesson,
  /** The AWS catalog's word on a request form's actions and resources (loads their services); see `requestCatalogIssues`. */
  checkRequest: async (scenario: Scenario, fields: RequestFields) => {
    await catalog.load(requestServices(fields))
    return requestCatalogIssues(scenario, catalog.snapshot(), fields)
  },
  /** The resource each matrix column asks about (loads the actions' services); see `matrixResources`. */
  matrixResources: async (scenario: Scenario, actions: string[], chosen: string) => {
    await catalog.load([...new Set(actions.map((a) => a.slice(0, a.indexOf(':')).toLowerCase()))])
    return matrixResources(catalog.snapshot(), scenario, actions, chosen)
  },
  /** Rows `from`..`to` of an access matrix, one decision code per action; the app asks in chunks for progress. */
  matrixRows,
  /**
   * The steps of a change's impact on access (`before` → `after`); wildcard actions covering few catalog actions are
   * listed one by one (the catalog loads the services they name; offline they stay as written). See `accessDiff`.
   */
  accessDiffPlan: async (before: Scenario, after: Scenario) => {
    await catalog.load(impactCatalogServices(before, after)).catch(() => undefined)
    return accessDiffPlan(before, after, { catalog: catalog.snapshot() })
  },
  /** The gains and losses one step of a plan finds; the app asks step by step for progress and Cancel. */
  accessDiffStep,
}

/** The API the worker exposes; the client's types derive from it, so they cannot drift. */
export type EngineApi = typeof api
