// What the browser benchmarks share: the built app served by `vite preview`, Debian's Chromium launched as the e2e
// tests launch it (playwright.config.ts), and the longest main-thread task while typing in the policy editor.
import { chromiumLaunchOptions } from '../chromium'
import { spawn, type ChildProcess } from 'node:child_process'
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
