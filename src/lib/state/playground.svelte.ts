import type { EvaluationInput, EvaluationResult } from '../../engine/index'
import type { Diagnostic, ValidateOptions } from '../../engine/index'
import { evaluateLatest, validateInWorker } from '../worker/engine-client'

/** Validates a policy; see `validateInWorker`. */
export type Validator = (input: string | object, options: Omit<ValidateOptions, 'catalog'>) => Promise<Diagnostic[]>

/** Evaluates an input; resolves to `undefined` when the answer is stale (see `evaluateLatest`). */
export type Evaluator = (input: EvaluationInput) => Promise<EvaluationResult | undefined>

/** The request being evaluated and the engine's latest answer. Created once in App.svelte. */
export class Playground {
  /** The input last sent to the engine. */
  input: EvaluationInput
  /** The engine's latest answer. */
  result = $state.raw<EvaluationResult | undefined>(undefined)
  /** Why the last evaluation failed (the worker did not load, or the engine threw). */
  error = $state.raw<string | undefined>(undefined)
  /** True while the worker is computing. */
  pending = $state(false)
  /** The validator's findings for each identity policy, once checked. */
  diagnostics = $state.raw<Diagnostic[][] | undefined>(undefined)

  #evaluator: Evaluator
  #validator: Validator

  constructor(input: EvaluationInput, evaluator: Evaluator = evaluateLatest, validator: Validator = validateInWorker) {
    // $state.raw: replaced, never mutated, and a plain object structured-clones into the worker (a proxy would not).
    this.input = $state.raw(input)
    this.#evaluator = evaluator
    this.#validator = validator
  }

  /** Checks every identity policy (grammar, AWS catalog, security, quotas); failures leave `diagnostics` unset. */
  validate = async (): Promise<void> => {
    try {
      const policies = this.input.identityPolicies ?? []
      this.diagnostics = await Promise.all(
        policies.map((p) => this.#validator(typeof p === 'string' ? p : (p as object), { kind: 'identity' })),
      )
    } catch {
      this.diagnostics = undefined
    }
  }

  /** Sends the current input to the engine; the result or the error replaces the previous one. */
  evaluate = async (): Promise<void> => {
    this.pending = true
    try {
      const result = await this.#evaluator(this.input)
      if (result === undefined) return // A newer evaluation is on its way and will settle `pending`.
      this.result = result
      this.error = undefined
    } catch (error) {
      this.result = undefined
      this.error = error instanceof Error ? error.message : String(error)
    }
    this.pending = false
  }
}
