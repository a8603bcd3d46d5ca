// A part of the page (a view, a dialog) whose code loads the first time it is needed, so the first load stays small;
// its words (the parts of the catalog it shows) load with it, in the page's language.
import type { Component } from 'svelte'
import { loadMessages, type Part } from '../i18n/index'

/** One lazily loaded component; the instance is kept (module scope), so it loads once per page. */
export class LazyPart<C extends Component<never, object, string>> {
  /** Set once the code has loaded. */
  component: C | undefined = $state()
  /** Why the last load failed (offline without a cached copy, a deploy that removed the file); undefined otherwise. */
  error: string | undefined = $state()
  #loading: Promise<C> | undefined
  readonly #load: () => Promise<{ default: C }>
  readonly #messages: readonly Part[]

  /** `messages`: the catalog's parts the component shows beyond the core part (loaded before it is). */
  constructor(load: () => Promise<{ default: C }>, messages: readonly Part[] = []) {
    this.#load = load
    this.#messages = messages
  }

  /** Starts loading (once); resolves with the component. A failed load is tried again on the next call. */
  get(): Promise<C> {
    this.#loading ??= Promise.all([this.#load(), loadMessages(this.#messages)]).then(
      ([module]) => {
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

/**
 * Runs `task` once the page is idle (at the latest 5 s later): for code below the first screen, which has no hurry and
 * should not compete with the first answer or with the person's first clicks and keys. Returns a function that
 * cancels it.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 5000 })
    return () => cancelIdleCallback(handle)
  }
  // Safari before 18 has no requestIdleCallback: a moment after the first screen is close enough.
  const handle = setTimeout(task, 500)
  return () => clearTimeout(handle)
}
