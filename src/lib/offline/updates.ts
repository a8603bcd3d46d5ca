// Update detection for the offline service worker, written against minimal interfaces so it is testable in Node.

/** The parts of a ServiceWorker this module uses. */
export interface WorkerLike {
  readonly state: string
  postMessage(message: unknown): void
  addEventListener(type: 'statechange', listener: () => void): void
}

/** The parts of a ServiceWorkerRegistration this module uses. */
export interface RegistrationLike {
  readonly installing: WorkerLike | null
  readonly waiting: WorkerLike | null
  addEventListener(type: 'updatefound', listener: () => void): void
}

/** The parts of navigator.serviceWorker this module uses. */
export interface ContainerLike {
  readonly controller: unknown
  addEventListener(type: 'controllerchange', listener: () => void): void
}

/**
 * Calls `onWaiting` with each newer worker that has installed while an older one controls the page. Without a
 * controller (the first visit) a freshly installed worker is the first version, not an update, and is not reported.
 */
export function watchForUpdates(
  registration: RegistrationLike,
  container: ContainerLike,
  onWaiting: (worker: WorkerLike) => void,
): void {
  if (registration.waiting && container.controller) onWaiting(registration.waiting)
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing
    if (!worker) return
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) onWaiting(worker)
    })
  })
}

/** Activates a waiting worker and reloads the page once it has taken control. */
export function activate(worker: WorkerLike, container: ContainerLike, reload: () => void): void {
  let reloaded = false
  container.addEventListener('controllerchange', () => {
    if (reloaded) return
    reloaded = true
    reload()
  })
  worker.postMessage({ type: 'SKIP_WAITING' })
}

/** Whether this page registers the service worker: built app only, never embedded, only where supported. */
export function shouldRegister(env: { dev: boolean; embedded: boolean; supported: boolean }): boolean {
  return !env.dev && !env.embedded && env.supported
}
