import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/chromium'

// E2E_PORT and E2E_DIST let several checkouts (or helpers) run their own build side by side.
const port = Number(process.env.E2E_PORT || 4173)
const dist = process.env.E2E_DIST || 'dist'
const baseURL = `http://localhost:${port}`

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: port === 4173 ? 'test-results' : `test-results-${port}`,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['./tests/reporters/playwright-summary.ts']],
  use: { baseURL, trace: 'retain-on-failure' },
  // Serves the already-built dist/ (`npm run test:e2e` builds first). Never reuse a running server: it may hold an
  // older build.
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${dist}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
})
