// Keeps the address bar's hash in step with the app: written with replaceState on idle or blur, never per keystroke,
// and at once (uncompressed, as compressing cannot finish in time) when the page is hidden or goes away.
import type { AppState } from '../state/app.svelte'
import { noteAddress, tabStorage } from '../workspace/address-log'
import { inWorker } from '../worker/engine-client'
import { EngineQuery } from '../worker/engine-query.svelte'
import { encodeLegacyShare, MAX_FRAGMENT } from './codec'
import type { SharedState } from './schema'
import { readShareFromLocation, shareOf } from './state'

/** Options of {@link startUrlSync}. */
export interface UrlSyncOptions {
  /** The person changed the hash (pasted a link, pressed Back): the decoded state, or why it cannot open. */
  onHashChange?: (outcome: SharedState | { error: string } | undefined) => void
  /** Quiet time before the hash is written (ms). */
  idleMs?: number
}

const encodeInWorker = inWorker('encodeShare')

/**
 * Encodes in the engine worker, which holds the scenario already (only what changed is sent): serialising and
 * compressing a large account on the page's thread blocked it for over 100 ms after each pause in typing.
 */
function encodeOffThread(state: SharedState): Promise<string> {
  return encodeInWorker(state.scenario, { ...state, scenario: null })
}

/** Puts `fragment` in the address bar as its hash (none when empty), keeping the path, the query and Back. */
export function replaceHash(fragment: string): void {
  const hash = hashOf(fragment)
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`)
}

/** The hash for a fragment: a link too long to open again is not written (the share dialog offers a file instead). */
function hashOf(fragment: string): string {
  return fragment.length <= MAX_FRAGMENT ? fragment : ''
}

/**
 * Writes the app's state to the hash with `history.replaceState` after `idleMs` of quiet or when the window loses
 * focus, and synchronously when the page is hidden or goes away (`pagehide`: a reload); reports hash changes the
 * person caused (the ones this function wrote are ignored). Returns a stop function.
 */
export function startUrlSync(app: AppState, options: UrlSyncOptions = {}): () => void {
  const idleMs = options.idleMs ?? 1000
  let timer: ReturnType<typeof setTimeout> | undefined
  let dirty = false
  /** Counts changes, so a write that finishes after a newer change does not mark that change written. */
  let version = 0
  // Encoding is asynchronous (in the worker): only the latest state's fragment is written. The state is passed as it
  // is, with no `$state.snapshot` first: what a link carries is held raw and never changed in place, and a deep copy
  // of a large account cost the main thread more than the encoding itself.
  const encoder = new EngineQuery(encodeOffThread)
  // The last fragment this function wrote (svelte.dev's `setting_hash`): a hashchange to it is ours.
  let written = location.hash.slice(1)

  const put = (hash: string, of: number): void => {
    if (of === version) dirty = false
    if (hash === written) return
    written = hash
    replaceHash(hash)
    // Boot tells an address this tab wrote (and when) from a link the person opened.
    noteAddress(tabStorage(), hash)
  }

  const write = async (): Promise<void> => {
    clearTimeout(timer)
    if (!dirty) return
    const of = version
    const fragment = await encoder.run(shareOf(app))
    // Overtaken by a newer write, or written at once meanwhile (the page was hidden).
    if (fragment === undefined || !dirty) return
    put(hashOf(fragment), of)
  }

  /**
   * Writes now, synchronously, in the uncompressed form: the page may be gone before a compressed fragment is ready.
   * Returns the hash written, if any.
   */
  const writeNow = (): string | undefined => {
    clearTimeout(timer)
    if (!dirty) return undefined
    encoder.reset() // An encoding still running holds an older state.
    const hash = hashOf(encodeLegacyShare(shareOf(app)))
    put(hash, version)
    return hash
  }

  /** The page lived on after a synchronous write: the same state, compressed, replaces the longer form. */
  const compress = async (legacy: string): Promise<void> => {
    const fragment = await encoder.run(shareOf(app))
    if (fragment === undefined || dirty || written !== legacy) return
    put(hashOf(fragment), version)
  }

  const schedule = (): void => {
    dirty = true
    version++
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
    if (document.visibilityState !== 'hidden') return
    const legacy = writeNow()
    if (legacy !== undefined) void compress(legacy)
  }
  const onHashChange = (): void => {
    const now = location.hash.slice(1)
    if (now === written) return // Caused by this page.
    written = now
    encoder.reset() // A pending write would overwrite what the person just asked for.
    dirty = false
    version++
    clearTimeout(timer)
    void readShareFromLocation(location).then((outcome) => options.onHashChange?.(outcome))
  }
  window.addEventListener('blur', onBlur)
  const onPageHide = (): void => void writeNow()
  window.addEventListener('pagehide', onPageHide)
  document.addEventListener('visibilitychange', onHidden)
  window.addEventListener('hashchange', onHashChange)

  return () => {
    clearTimeout(timer)
    stopEffect()
    window.removeEventListener('blur', onBlur)
    window.removeEventListener('pagehide', onPageHide)
    document.removeEventListener('visibilitychange', onHidden)
    window.removeEventListener('hashchange', onHashChange)
  }
}
