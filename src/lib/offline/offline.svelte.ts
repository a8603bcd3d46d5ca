// Registers the offline service worker (see build/service-worker-plugin.ts) and publishes a waiting update.
import { embedOptions } from '../shell/options'
import { activate, shouldRegister, watchForUpdates, type WorkerLike } from './updates'

class OfflineState {
  /** A newer version of the app that has installed and waits for the page to let it take over. */
  waiting: WorkerLike | undefined = $state()
}

/** Shared with UpdateNotice.svelte. */
export const offline = new OfflineState()

/** Registers `./sw.js` for the folder the app is served from, in the full built app only. Never throws. */
export function startOffline(): void {
  const supported = typeof navigator !== 'undefined' && 'serviceWorker' in navigator
  if (!shouldRegister({ dev: import.meta.env.DEV, embedded: embedOptions(location.search) !== undefined, supported })) {
    return
  }
  const container = navigator.serviceWorker
  container
    .register('./sw.js', { scope: './' })
    .then((registration) => {
      watchForUpdates(registration, container, (worker) => (offline.waiting = worker))
    })
    .catch((error: unknown) => console.warn('offline support unavailable:', error))
}

/** Lets the waiting version take over, then reloads into it. */
export function applyUpdate(): void {
  const worker = offline.waiting
  if (worker) activate(worker, navigator.serviceWorker, () => location.reload())
}
