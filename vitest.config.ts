import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'
import { VitestSummary } from './tests/reporters/vitest-summary.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    // Runes classes (*.svelte.ts) are tested in Node against Svelte's client runtime, so $effect runs.
    resolve: { conditions: ['browser'] },
    test: {
      environment: 'node',
      include: ['tests/unit/**/*.test.ts'],
      setupFiles: ['tests/unit/setup.ts'],
      passWithNoTests: true,
      // A guard against hangs, not a speed check: property tests and the ESLint run take 5–10 s on a loaded 2-core
      // machine (vitest's 5 s default failed them there while they passed alone).
      testTimeout: 30_000,
      expect: { requireAssertions: true },
      reporters: ['default', new VitestSummary()],
    },
  }),
)
