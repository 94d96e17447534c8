import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The Chromium to drive: CHROMIUM_PATH, then the system's, then Playwright's own download. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', safePlaywrightPath()];
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path!));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one with `apt-get install chromium` ' +
        '(or `npx playwright install chromium`), or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return found;
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags that keep a headless Chromium quiet on a machine with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
