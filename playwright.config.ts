import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/shared/chromium.ts';
import { freePort } from './scripts/shared/free-port.ts';

// Workers load this file again; the port chosen by the runner travels to them through the environment.
process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);
// `npm test` has just built dist/; a lone `npm run test:e2e` builds it fresh first.
const build = process.env.E2E_PREBUILT ? '' : 'npm run build && ';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous: axe and whole-site sweeps are slow on a shared two-core machine; a hang still fails.
  timeout: 90_000,
  // The first search loads Pagefind's wasm and index; on a loaded shared machine that can pass the 5 s default.
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: findChromium(), args: chromiumArgs },
      },
    },
  ],
  webServer: {
    command: `${build}ASTRO_TELEMETRY_DISABLED=1 npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
  },
});
