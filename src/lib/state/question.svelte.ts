// The question asked of the scenario: the request form's draft and its answers, computed by the engine.
import type { RequestFields, RequestIssue, Scenario, SimulationRequest, SimulationResult } from '../../engine/index'
import { recordRuns, type BuildEvents } from '../activity/recorder.svelte'
import { draftFor, type RequestDraft } from '../request/draft'
import { mfaFromPrincipal } from '../request/mfa'
import { formInput, inputFields, type FormInput } from '../request/form-input'
import { EngineQuery } from '../worker/engine-query.svelte'
import type { ScenarioDocument } from './document.svelte'

/** One answer of a batch (several actions or resources). */
export interface BatchAnswer {
  action: string
  resource: string
  result: SimulationResult
}

/** Runs engine calls; the app passes the worker, tests pass the engine itself. */
export interface EngineCalls {
  simulate(scenario: Scenario, request: SimulationRequest): Promise<SimulationResult>
  /**
   * Why the form's fields cannot be asked (the engine's `requestInputIssues`); the app asks its worker, so the page
   * carries none of that part of the engine. Left out (tests), the engine's own is loaded here.
   */
  inputIssues?(scenario: Scenario, fields: RequestFields): Promise<RequestIssue[]>
  /** The AWS catalog's word on the form's actions and resources (unknown actions, resource types); optional. */
  checkRequest?(scenario: Scenario, fields: RequestFields): Promise<RequestIssue[]>
  /** Builds the activity log records of explicit runs; the worker's when left out. */
  recordEvents?: BuildEvents
  /** The scenario as JSON text in a Blob, for autosave to store; the object is stored when left out. */
  scenarioText?: (scenario: Scenario) => Promise<Blob>
}

/** How long the form must stay the same before it is answered again (ms). */
export const REEVALUATE_MS = 150

/** The request draft and its answer: one result, or a table of them for several actions or resources. */
export class Question {
  request = $state.raw<RequestDraft>({ principal: '', actions: [''], resources: [''], environment: {}, context: {} })

  readonly #document: ScenarioDocument
  readonly #engine: EngineCalls
  readonly #answers: EngineQuery<[Scenario, SimulationRequest[], boolean], BatchAnswer[]>
  readonly #checks: EngineQuery<[Scenario, RequestFields], RequestIssue[]>
  #timer: ReturnType<typeof setTimeout> | undefined

  constructor(document: ScenarioDocument, engine: EngineCalls) {
    this.#document = document
    this.#engine = engine
    this.#answers = new EngineQuery((scenario, requests, record) => this.#ask(scenario, requests, record))
    this.#checks = new EngineQuery(async (scenario, fields) => (await engine.checkRequest?.(scenario, fields)) ?? [])
    this.request = draftFor(document.scenario)
  }

  #input = $state.raw<FormInput>({ requests: [], issues: [] })
  /** Counts the form's readings, so a slower earlier one never replaces a later one. */
  #reading = 0

  /** The form's requests, or the field errors that keep them from being asked (as of the last evaluation). */
  get input(): FormInput {
    return this.#input
  }

  /**
   * Every issue of the form's fields: its input errors (no answer is computed), then the catalog's warnings and notes
   * (the answer is still computed) from the last check.
   */
  get issues(): RequestIssue[] {
    return [...this.input.issues, ...(this.#checks.value ?? [])]
  }

  /** The answer to the request (the first of a batch). */
  get result(): SimulationResult | undefined {
    return this.#answers.value?.[0]?.result
  }

  /** Every answer, when the form asks several; empty otherwise. */
  get batch(): BatchAnswer[] {
    const answers = this.#answers.value ?? []
    return answers.length > 1 ? answers : []
  }

  /** The engine is answering. */
  get pending(): boolean {
    return this.#answers.pending
  }

  /** Why the engine could not answer (a bug, a timeout, a crashed worker). */
  get engineError(): string | undefined {
    return this.#answers.error
  }

  /**
   * Changes the request form; the answer refreshes by itself. Another principal brings its own MFA (a user signs in
   * with MFA only when they have a device) unless the patch sets the environment too.
   */
  setRequest = (patch: Partial<RequestDraft>): void => {
    const next = { ...this.request, ...patch }
    if (patch.principal !== undefined && patch.principal !== this.request.principal && !patch.environment) {
      next.environment = mfaFromPrincipal(this.#document.scenario, next.principal, next.environment)
    }
    this.request = next
    this.schedule()
  }

  /**
   * Evaluates the request now. `record: true` (the Evaluate button, Ctrl/Cmd+Enter) also records each request in the
   * activity log; the re-evaluation that follows edits does not.
   */
  evaluate = async (options: { record?: boolean } = {}): Promise<void> => {
    clearTimeout(this.#timer)
    const draft = this.request
    // The document's own object (held raw, never changed in place), not a copy: the worker keeps it by identity.
    const scenario = this.#document.scenario
    const fields: RequestFields = {
      principal: draft.principal,
      actions: draft.actions,
      resources: draft.resources,
      context: draft.context,
    }
    const checks = this.#checks.run(scenario, fields)
    const reading = ++this.#reading
    const input = formInput(draft, await this.#inputIssues(scenario, inputFields(draft)))
    // The form as last read is the latest one's (a later evaluation that started meanwhile reads a newer one); the
    // answers' own query keeps the latest answer the same way.
    if (reading === this.#reading) this.#input = input
    const { requests, issues } = input
    if (requests.length === 0) {
      // Nothing to ask: no stale answer stays. A failure stays reported for an empty form, but input the engine
      // cannot read is said on its field alone.
      this.#answers.reset({ keepError: issues.length === 0 })
      await checks
      return
    }
    // One snapshot for the whole batch: every cell asks about the same scenario.
    await Promise.all([this.#answers.run(scenario, requests, options.record === true), checks])
  }

  /** Evaluates again shortly (after edits and form changes, which come in bursts). */
  schedule(): void {
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => void this.evaluate(), REEVALUATE_MS)
  }

  /** Another scenario was opened: its first request goes in the form. */
  reset(scenario: Scenario): void {
    this.request = draftFor(scenario)
  }

  async #inputIssues(scenario: Scenario, fields: RequestFields): Promise<RequestIssue[]> {
    if (!this.#engine.inputIssues) return (await import('../request/input-issues')).requestInputIssues(scenario, fields)
    // A failed worker fails the question's own call next, which reports it where answers' failures show.
    return this.#engine.inputIssues(scenario, fields).catch(() => [])
  }

  async #ask(scenario: Scenario, requests: SimulationRequest[], record: boolean): Promise<BatchAnswer[]> {
    const answers: BatchAnswer[] = []
    for (const request of requests) {
      const { action, resource } = request
      answers.push({ action, resource, result: await this.#engine.simulate(scenario, request) })
    }
    if (record) {
      const ran = answers.map(({ result }, i) => {
        const { principal, action, resource, environment } = requests[i]!
        return { request: { principal, action, resource, environment }, result }
      })
      // Recorded even when a newer question overtook this one: the run happened.
      await recordRuns(this.#document, ran, this.#engine.recordEvents)
    }
    return answers
  }
}
