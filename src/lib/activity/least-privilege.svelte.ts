// A least-privilege policy generated in the engine worker from one principal's activity, then created as a
// customer managed policy (an undoable edit).
import { createPolicy, type LeastPrivilegePolicy, type Scenario } from '../../engine/index'
import { t } from '../i18n/index'
import type { ScenarioDocument } from '../state/document.svelte'
import { inWorker, type EngineCall } from '../worker/engine-client'
import { EngineQuery } from '../worker/engine-query.svelte'
import { leastPrivilegeName } from './principals'

/** What the panel last has to say: a success or a failure. */
export interface PolicyStatus {
  text: string
  error: boolean
}

/** A generated policy, its name as typed, and what the last step said. */
export class LeastPrivilegeDraft {
  /** The name the policy will be created under. */
  name = $state('')
  status = $state.raw<PolicyStatus | undefined>(undefined)

  readonly #policy: EngineQuery<Parameters<EngineCall<'leastPrivilegePolicy'>>, LeastPrivilegePolicy>

  /** `generate` calls the engine (the worker in the app, a fake in tests). */
  constructor(generate: EngineCall<'leastPrivilegePolicy'> = inWorker('leastPrivilegePolicy')) {
    this.#policy = new EngineQuery(generate)
  }

  /** The policy last generated; undefined before and after a failure. */
  get generated(): LeastPrivilegePolicy | undefined {
    return this.#policy.value
  }

  get busy(): boolean {
    return this.#policy.pending
  }

  /** The policy document as the panel shows and copies it. */
  get json(): string {
    const document = this.generated?.document
    return document ? JSON.stringify(document, null, 2) : ''
  }

  /** Generates `principal`'s policy from `scenario`'s activity log, with the denied requests too when asked. */
  generate = async (scenario: Scenario, principal: string, includeDenied: boolean): Promise<void> => {
    this.status = undefined
    const policy = await this.#policy.run(scenario, principal, { includeDenied })
    if (policy) this.name = leastPrivilegeName(principal)
    else if (this.#policy.error !== undefined) this.status = { text: this.#policy.error, error: true }
  }

  /** Creates the generated policy in `principal`'s account (an undoable edit), or says why it cannot. */
  create = (document: ScenarioDocument, principal: string): void => {
    const policy = this.generated?.document
    if (!policy) return
    const account = principal.split(':')[4]
    const args = {
      name: this.name.trim(),
      document: policy,
      ...(document.scenario.accounts.some((a) => a.id === account) ? { account } : {}),
    }
    const refusal = document.edit(createPolicy(document.scenario, args))
    this.status = refusal
      ? { text: refusal, error: true }
      : { text: t('activity.policy.created', { name: args.name }), error: false }
  }
}
