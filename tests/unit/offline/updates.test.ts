import { describe, expect, it, vi } from 'vitest'
import { activate, shouldRegister, watchForUpdates, type WorkerLike } from '../../../src/lib/offline/updates'

class FakeTarget {
  listeners = new Map<string, (() => void)[]>()
  addEventListener(type: string, listener: () => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }
  fire(type: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener()
  }
}

class FakeWorker extends FakeTarget implements WorkerLike {
  state = 'installing'
  messages: unknown[] = []
  postMessage(message: unknown): void {
    this.messages.push(message)
  }
}

class FakeRegistration extends FakeTarget {
  installing: FakeWorker | null = null
  waiting: FakeWorker | null = null
}

class FakeContainer extends FakeTarget {
  constructor(public controller: unknown) {
    super()
  }
}

function install(registration: FakeRegistration): FakeWorker {
  const worker = new FakeWorker()
  registration.installing = worker
  registration.fire('updatefound')
  worker.state = 'installed'
  worker.fire('statechange')
  return worker
}

describe('watchForUpdates', () => {
  it('reports a worker installed while another controls the page', () => {
    const registration = new FakeRegistration()
    const onWaiting = vi.fn()
    watchForUpdates(registration, new FakeContainer({}), onWaiting)
    const worker = install(registration)
    expect(onWaiting).toHaveBeenCalledWith(worker)
  })

  it('does not report the first install (no controller yet)', () => {
    const registration = new FakeRegistration()
    const onWaiting = vi.fn()
    watchForUpdates(registration, new FakeContainer(null), onWaiting)
    install(registration)
    expect(onWaiting).not.toHaveBeenCalled()
  })

  it('reports a worker that was already waiting when the page opened', () => {
    const registration = new FakeRegistration()
    registration.waiting = new FakeWorker()
    const onWaiting = vi.fn()
    watchForUpdates(registration, new FakeContainer({}), onWaiting)
    expect(onWaiting).toHaveBeenCalledWith(registration.waiting)
  })
})

describe('activate', () => {
  it('posts SKIP_WAITING and reloads once on controllerchange', () => {
    const worker = new FakeWorker()
    const container = new FakeContainer({})
    const reload = vi.fn()
    activate(worker, container, reload)
    expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }])
    expect(reload).not.toHaveBeenCalled()
    container.fire('controllerchange')
    container.fire('controllerchange')
    expect(reload).toHaveBeenCalledTimes(1)
  })
})

describe('shouldRegister', () => {
  it('registers only in the full built app where service workers exist', () => {
    expect(shouldRegister({ dev: false, embedded: false, supported: true })).toBe(true)
    expect(shouldRegister({ dev: true, embedded: false, supported: true })).toBe(false)
    expect(shouldRegister({ dev: false, embedded: true, supported: true })).toBe(false)
    expect(shouldRegister({ dev: false, embedded: false, supported: false })).toBe(false)
  })
})
