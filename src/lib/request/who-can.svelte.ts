// "Who can do this?": every principal allowed the request form's first action on its first resource, computed in
// the engine worker.
import type { WhoCanEntry } from '../../engine/index'
import { t } from '../i18n/index'
import type { ScenarioDocument } from '../state/document.svelte'
import type { Question } from '../state/question.svelte'
import { inWorker, type EngineCall } from '../worker/engine-client'
import { EngineQuery } from '../worker/engine-query.svelte'
import { filledLines } from './lines'

/** The last answer (kept beside a failure of the next question), and what it answered. */
export class WhoCan {
  /** The request the entries answer: `action · resource`. */
  asked = $state('')
  /** The form had no action or resource to ask about. */
  #incomplete = $state(false)
  readonly #answer: EngineQuery<Parameters<EngineCall<'whoCan'>>, WhoCanEntry[]>

  /** `whoCan` calls the engine (the worker in the app, a fake in tests). */
  constructor(whoCan: EngineCall<'whoCan'> = inWorker('whoCan', 30_000)) {
    this.#answer = new EngineQuery(whoCan, { keepOnError: true })
  }

  get entries(): WhoCanEntry[] | undefined {
    return this.#answer.value
  }

  get running(): boolean {
    return this.#answer.pending
  }

  /** What went wrong with the last question (nothing while the next one runs). */
  get problem(): string | undefined {
    if (this.#incomplete) return t('whoCan.needRequest')
    return this.#answer.pending ? undefined : this.#answer.error
  }

  /** Asks who can do the question's first action on its first resource, in its environment. */
  ask = async (document: ScenarioDocument, question: Question): Promise<void> => {
    const action = filledLines(question.request.actions)[0]
    const resource = filledLines(question.request.resources)[0]
    this.#incomplete = !action || !resource
    if (!action || !resource) return
    const query = { action, resource, environment: $state.snapshot(question.request.environment) }
    const entries = await this.#answer.run(document.scenario, query)
    if (entries) this.asked = `${action} · ${resource}`
  }
}
