import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from '../support/chromium.mjs'

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1366, height: 768 },
    locale: 'ja-JP',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  outputDir: '../../test-results/e2e',
})
