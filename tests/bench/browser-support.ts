// What the browser benchmarks share: the built app served by `vite preview`, Debian's Chromium launched as the e2e
// tests launch it (playwright.config.ts), and the longest main-thread task while typing in the policy editor.
import { chromiumLaunchOptions } from '../chromium'
import { spawn, type ChildProcess } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { chromium, type Browser, type Page } from '@playwright/test'

/** The built app served on `port` from `dist`; `stop()` ends the server. */
export interface Preview {
  url: string
  stop: () => void
}

/** Serves `dist` with `vite preview` on its own port and waits until it answers. */
export async function startPreview(port: number, dist = 'dist'): Promise<Preview> {
  const server: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', dist],
    { stdio: 'ignore', detached: true },
  )
  const url = `http://localhost:${port}/`
  const stop = () => {
    // The server runs under npx: end its whole process group (it was started alone in it).
    if (server.pid !== undefined) {
      try {
        process.kill(-server.pid)
      } catch {
        server.kill()
      }
    }
  }
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop }
    } catch {
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  stop()
  throw new Error(`vite preview did not answer on port ${port}`)
}

/** Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) with the flags of playwright.config.ts. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions)
}

/** What typing in the editor cost the main thread. */
export interface Typing {
  /** The long-task observer saw a deliberate 80 ms task (else the other numbers mean nothing). */
  calibrated: boolean
  /** Wall time of the typing, in ms. */
  ms: number
  /** The main-thread tasks over 50 ms while typing and just after (evaluation and lint), in ms. */
  tasks: number[]
  /** The longest of them, or 0. */
  worst: number
}

/**
 * Types `count` spaces at the end of the policy editor (already open on the page), 40 ms apart, and reports the
 * main-thread long tasks (PerformanceObserver `longtask`) seen meanwhile and 1.5 s after.
 */
export async function typingLongTasks(page: Page, count = 60): Promise<Typing> {
  const editor = page.getByRole('textbox', { name: 'Policy editor' })
  await editor.click()
  await page.keyboard.press('Control+End')
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] }
    w.longTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration)
    }).observe({ type: 'longtask' })
  })
  // Calibration: a deliberate 80 ms task must be seen, or the numbers below mean nothing.
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        setTimeout(() => {
          const end = performance.now() + 80
          while (performance.now() < end);
          setTimeout(done, 50)
        }),
      ),
  )
  const seen = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0).length)
  const started = Date.now()
  for (let i = 0; i < count; i++) await page.keyboard.type(' ', { delay: 40 })
  const ms = Date.now() - started
  await page.waitForTimeout(1500) // let the debounced evaluation and lint finish
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)
  return { calibrated: seen > 0, ms, tasks, worst: tasks.length ? Math.max(...tasks) : 0 }
}

/** The median of some numbers (the lower middle of an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN
}

/** One function's share of a CPU profile. */
export interface ProfileLine {
  /** `name file:line`. */
  where: string
  /** Self time, in ms. */
  selfMs: number
}

/**
 * Runs `run` while Chromium's sampling profiler records the page's main thread (DevTools protocol), and returns what
 * it ran and the functions that took the most self time. With `file`, the whole profile is written there
 * (`.cpuprofile`, which Chromium's DevTools and speedscope open).
 */
export async function profiled<T>(
  page: Page,
  run: () => Promise<T>,
  file?: string,
): Promise<{ value: T; top: ProfileLine[] }> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
  await cdp.send('Profiler.start')
  const value = await run()
  const { profile } = await cdp.send('Profiler.stop')
  await cdp.detach()
  if (file) writeFileSync(file, JSON.stringify(profile))
  const byNode = new Map<number, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  // A sample's time is the gap to the next one.
  for (let i = 0; i < samples.length; i++) {
    const gap = (deltas[i + 1] ?? 0) / 1000
    byNode.set(samples[i]!, (byNode.get(samples[i]!) ?? 0) + gap)
  }
  const byWhere = new Map<string, number>()
  for (const node of profile.nodes) {
    const self = byNode.get(node.id) ?? 0
    if (!self) continue
    const { functionName, url, lineNumber } = node.callFrame
    const where = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`
    byWhere.set(where, (byWhere.get(where) ?? 0) + self)
  }
  const top = [...byWhere]
    .map(([where, selfMs]) => ({ where, selfMs }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, 12)
  return { value, top }
}
