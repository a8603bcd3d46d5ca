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
 *
 * One ask runs at a time: an ask made while another runs waits, and is dropped unasked when a newer one overtakes it
 * meanwhile. Typing 60 characters into a policy of a large account thus sends two questions, not 60 that the one
 * worker would answer in turn, long after they stopped mattering.
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
  /** The ask running in the engine, if any: a newer one waits for it to end. */
  #running: Promise<unknown> | undefined
  /** Wakes the ask waiting for the running one, to find it was overtaken. */
  #overtake: (() => void) | undefined

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
    this.#overtake?.()
    while (this.#running) {
      const running = this.#running
      await new Promise<void>((wake) => {
        this.#overtake = wake
        running.then(
          () => wake(),
          () => wake(),
        )
      })
      if (ticket !== this.#ticket) return undefined
    }
    const running = this.#start(args)
    this.#running = running
    void running.then(
      () => this.#ended(running),
      () => this.#ended(running),
    )
    try {
      const answer = await running
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

  /** The ask as a promise, even when it throws before returning one. */
  #start(args: A): Promise<T> {
    try {
      return this.#ask(...args)
    } catch (error) {
      return Promise.reject(error)
    }
  }

  #ended(running: Promise<unknown>): void {
    if (this.#running === running) this.#running = undefined
  }

  /** Asks again with the last arguments (after a failure); nothing when nothing was asked yet. */
  retry = (): Promise<T | undefined> => (this.#last ? this.run(...this.#last) : Promise.resolve(undefined))

  /**
   * Forgets the answer (and the error, unless `keepError`: a failure still worth reporting); an ask still running
   * is ignored when it ends.
   */
  reset = (options: { keepError?: boolean } = {}): void => {
    this.#ticket++
    this.#overtake?.()
    this.#last = undefined
    this.value = undefined
    if (!options.keepError) this.error = undefined
    this.pending = false
  }
}
