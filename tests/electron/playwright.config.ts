import { defineConfig } from '@playwright/test'

/**
 * Smoke test of the real Electron shell (main process, preload, window, IPC) through Playwright's
 * `_electron`. It needs the built app in out/ (`npm run test:electron` runs `electron-vite build`
 * first) and the Electron binary; where the binary could not be downloaded the spec skips itself.
 * No webServer: the app is launched by the test.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1, // one app instance at a time: the app holds a single-instance lock
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  outputDir: '../../test-results/electron',
})
