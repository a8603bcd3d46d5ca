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
      expect: { requireAssertions: true },
      reporters: ['default', new VitestSummary()],
    },
  }),
)
