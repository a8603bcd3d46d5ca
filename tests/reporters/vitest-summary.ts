// Ends a Vitest run with one machine-readable line: `vitest: N passed, N failed, N skipped`.
import type { Reporter, TestModule } from 'vitest/node'

/** Counts test cases by final state; a test file that failed to load counts as one failure. */
export class VitestSummary implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0
    let failed = unhandledErrors.length
    let skipped = 0
    for (const module of modules) {
      let moduleFailed = 0
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') moduleFailed++
        else skipped++
      }
      failed += moduleFailed === 0 && module.state() === 'failed' ? 1 : moduleFailed
    }
    console.log(`vitest: ${passed} passed, ${failed} failed, ${skipped} skipped`)
  }
}
