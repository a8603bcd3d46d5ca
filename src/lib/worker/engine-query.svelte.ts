// Asking the engine from a view: the latest answer wins, with pending and error state and a retry. Every view that
// asks the worker holds one of these instead of its own ticket counter.

/** What an {@link EngineQuery} does with its answer when an ask fails. */
export interface EngineQueryOptions {
  /** Keep showing the last answer beside the error (default: the error replaces it). */
  keepOnError?: boolean
}

/** A failure as text to show (Comlink passes only an error's name and message across). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * One question to the engine, asked again as its inputs change. Only the latest ask may set the state: the answer
 * of an ask overtaken by a newer one is dropped, however late it comes. A failed ask (a user error is an answer, so
 * this means a bug, a timeout or a crashed worker) sets {@link error} instead of throwing.
 */
export class EngineQuery<A extends readonly unknown[], T> {
  /** The latest answer; kept while a newer ask runs. */
  value = $state.raw<T | undefined>(undefined)
  /** Why the latest ask failed; stays until an answer replaces it. */
  error = $state<string | undefined>(undefined)
  /** The latest ask is running. */
  pending = $state(false)

  readonly #ask: (...args: A) => Promise<T>
  readonly #keepOnError: boolean
  #ticket = 0
  #last: A | undefined

  /** `ask` calls the engine: in the app, a worker call (see `inWorker`); in tests, a fake. */
  constructor(ask: (...args: A) => Promise<T>, options: EngineQueryOptions = {}) {
    this.#ask = ask
    this.#keepOnError = options.keepOnError ?? false
  }

  /**
   * Asks with `args`. Resolves to the answer when it is still the latest, else (overtaken, or failed) to
   * `undefined`; never rejects.
   */
  run = async (...args: A): Promise<T | undefined> => {
    const ticket = ++this.#ticket
    this.#last = args
    this.pending = true
    try {
      const answer = await this.#ask(...args)
      if (ticket !== this.#ticket) return undefined
      this.value = answer
      this.error = undefined
      return answer
    } catch (error) {
      if (ticket !== this.#ticket) return undefined
      if (!this.#keepOnError) this.value = undefined
      this.error = errorText(error)
      return undefined
    } finally {
      if (ticket === this.#ticket) this.pending = false
    }
  }

  /** Asks again with the last arguments (after a failure); nothing when nothing was asked yet. */
  retry = (): Promise<T | undefined> => (this.#last ? this.run(...this.#last) : Promise.resolve(undefined))

  /**
   * Forgets the answer (and the error, unless `keepError`: a failure still worth reporting); an ask still running
   * is ignored when it ends.
   */
  reset = (options: { keepError?: boolean } = {}): void => {
    this.#ticket++
    this.#last = undefined
    this.value = undefined
    if (!options.keepError) this.error = undefined
    this.pending = false
  }
}
