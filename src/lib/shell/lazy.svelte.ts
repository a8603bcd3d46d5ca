// A part of the page (a view, a dialog) whose code loads the first time it is needed, so the first load stays small.
import type { Component } from 'svelte'

/** One lazily loaded component; the instance is kept (module scope), so it loads once per page. */
export class LazyPart<C extends Component<never, object, string>> {
  /** Set once the code has loaded. */
  component: C | undefined = $state()
  /** Why the last load failed (offline without a cached copy, a deploy that removed the file); undefined otherwise. */
  error: string | undefined = $state()
  #loading: Promise<C> | undefined
  readonly #load: () => Promise<{ default: C }>

  constructor(load: () => Promise<{ default: C }>) {
    this.#load = load
  }

  /** Starts loading (once); resolves with the component. A failed load is tried again on the next call. */
  get(): Promise<C> {
    this.#loading ??= this.#load().then(
      (module) => {
        this.error = undefined
        this.component = module.default
        return module.default
      },
      (error: unknown) => {
        this.#loading = undefined
        this.error = error instanceof Error ? error.message : String(error)
        throw error
      },
    )
    return this.#loading
  }
}
