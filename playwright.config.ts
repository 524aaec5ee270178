import { defineConfig, devices } from '@playwright/test';
// E2E_PORT lets two checkouts run their suites side by side; the embed spec's publisher site (e2e/publisher-site) runs beside it.
import { DESK_PORT as PORT, PUBLISHER_PORT } from './e2e/publisher-site/ports';

// Browsers cannot be downloaded on this machine: Playwright drives Debian's Chromium.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      // A fresh database for every run; `npm start` migrates, seeds the demo data, builds when needed, and serves.
      command: 'rm -rf .e2e && npm start',
      url: `http://localhost:${PORT}/`,
      timeout: 600_000,
      reuseExistingServer: false,
      // The test runner stands in for a reverse proxy on this machine: the sign-in limit specs give
      // each test its own client address through X-Forwarded-For, which only a trusted proxy may set.
      // FETCH_ALLOW_HOSTS: import-by-URL specs fetch from a local news site they start on 127.0.0.1.
      env: { DATABASE_URL: '.e2e/claimdesk.db', PORT: String(PORT), TRUSTED_PROXIES: '127.0.0.1, ::1', FETCH_ALLOW_HOSTS: '127.0.0.1' },
      stdout: 'pipe',
    },
    {
      // The newsroom's own site, with the three host pages of the embed spec.
      command: `npx tsx e2e/publisher-site/server.ts --port ${PUBLISHER_PORT} --desk http://localhost:${PORT}`,
      url: `http://localhost:${PUBLISHER_PORT}/`,
      timeout: 60_000,
      reuseExistingServer: false,
    },
  ],
});
