import { defineConfig } from '@playwright/test';

/**
 * Runs against an InvestAid host that is already serving API + web app (./etc/test starts it).
 * Uses Debian's Chromium: Playwright's own browser download is not available on these machines.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  // The app's flows change shared demo data and run one file at a time; the screen sweep only reads
  // and runs as its own pass (./etc/test: --project=screens --workers=2), one test per role.
  projects: [
    { name: 'app', testIgnore: 'screens.spec.ts' },
    { name: 'screens', testMatch: 'screens.spec.ts', fullyParallel: true },
  ],
  use: {
    baseURL: process.env.E2E_BASE_URL || 'http://localhost:5080',
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1366, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
