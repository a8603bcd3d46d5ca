// Keeps the address bar's hash in step with the app: written with replaceState on idle or blur, never per keystroke.
import type { AppState } from '../state/app.svelte'
import { EngineQuery } from '../worker/engine-query.svelte'
import { encodeShare, MAX_FRAGMENT } from './codec'
import type { SharedState } from './schema'
import { readShareFromLocation, shareOf } from './state'

/** Options of {@link startUrlSync}. */
export interface UrlSyncOptions {
  /** The person changed the hash (pasted a link, pressed Back): the decoded state, or why it cannot open. */
  onHashChange?: (outcome: SharedState | { error: string } | undefined) => void
  /** Quiet time before the hash is written (ms). */
  idleMs?: number
}

/**
 * Writes the app's state to the hash with `history.replaceState` after `idleMs` of quiet or when the window loses
 * focus, and reports hash changes the person caused (the ones this function wrote are ignored). Returns a stop
 * function.
 */
export function startUrlSync(app: AppState, options: UrlSyncOptions = {}): () => void {
  const idleMs = options.idleMs ?? 1000
  let timer: ReturnType<typeof setTimeout> | undefined
  let dirty = false
  // Encoding is asynchronous (compression streams): only the latest state's fragment is written.
  const encoder = new EngineQuery((state: SharedState) => encodeShare(state))
  // The last fragment this function wrote (svelte.dev's `setting_hash`): a hashchange to it is ours.
  let written = location.hash.slice(1)

  const write = async (): Promise<void> => {
    clearTimeout(timer)
    if (!dirty) return
    dirty = false
    const fragment = await encoder.run($state.snapshot(shareOf(app)) as SharedState)
    if (fragment === undefined) return
    // A link too long to open again is not written; the share dialog offers a file instead.
    const hash = fragment.length <= MAX_FRAGMENT ? fragment : ''
    if (hash === written) return
    written = hash
    const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`
    history.replaceState(history.state, '', url)
  }

  const schedule = (): void => {
    dirty = true
    clearTimeout(timer)
    timer = setTimeout(() => void write(), idleMs)
  }

  let first = true
  const stopEffect = $effect.root(() => {
    $effect(() => {
      // Read what a link carries, so any change to it schedules a write.
      void app.document.scenario
      void app.question.request
      void app.navigation.target
      void app.navigation.view
      if (first) {
        first = false
        return
      }
      schedule()
    })
  })

  const onBlur = (): void => void write()
  const onHidden = (): void => {
    if (document.visibilityState === 'hidden') void write()
  }
  const onHashChange = (): void => {
    const now = location.hash.slice(1)
    if (now === written) return // Caused by this page.
    written = now
    encoder.reset() // A pending write would overwrite what the person just asked for.
    dirty = false
    clearTimeout(timer)
    void readShareFromLocation(location).then((outcome) => options.onHashChange?.(outcome))
  }
  window.addEventListener('blur', onBlur)
  document.addEventListener('visibilitychange', onHidden)
  window.addEventListener('hashchange', onHashChange)

  return () => {
    clearTimeout(timer)
    stopEffect()
    window.removeEventListener('blur', onBlur)
    document.removeEventListener('visibilitychange', onHidden)
    window.removeEventListener('hashchange', onHashChange)
  }
}
