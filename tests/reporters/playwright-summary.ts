// Ends a Playwright run with one machine-readable line: `playwright: N passed, N failed, N skipped`.
import type { FullResult, Reporter, Suite, TestError } from '@playwright/test/reporter'

/** Counts tests by final outcome (a flaky test that passed on retry counts as passed); global errors count as failures. */
export default class PlaywrightSummary implements Reporter {
  #root: Suite | undefined
  #errors = 0

  onBegin(_config: unknown, suite: Suite): void {
    this.#root = suite
  }

  onError(_error: TestError): void {
    this.#errors++
  }

  onEnd(_result: FullResult): void {
    let passed = 0
    let failed = this.#errors
    let skipped = 0
    for (const test of this.#root?.allTests() ?? []) {
      const outcome = test.outcome()
      if (outcome === 'expected' || outcome === 'flaky') passed++
      else if (outcome === 'skipped') skipped++
      else failed++
    }
    console.log(`playwright: ${passed} passed, ${failed} failed, ${skipped} skipped`)
  }

  printsToStdio(): boolean {
    return true
  }
}
