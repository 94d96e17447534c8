import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildResult {
  code: number;
  output: string;
  /** Built files asked for by route ("/first/") or file ("/sitemap-0.xml"), read before the scratch folder is removed. */
  pages: Record<string, string>;
}

/**
 * Runs a real `astro build` over a fixture topics folder, in its own output and cache folders. `env` adds deploy
 * settings (BASE_PATH, SITE_URL) for the cases that test them.
 */
export function buildFixture(fixture: string, routes: readonly string[] = [], env: Record<string, string> = {}): Promise<BuildResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'iop-fixture-'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: {
        ...process.env,
        TOPICS_DIR: `tests/fixtures/content/${fixture}`,
        OUT_DIR: join(scratch, 'dist'),
        CACHE_DIR: join(scratch, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const pages: Record<string, string> = {};
      for (const route of routes) {
        const file = route.endsWith('/') ? join(scratch, 'dist', route, 'index.html') : join(scratch, 'dist', route);
        if (existsSync(file)) pages[route] = readFileSync(file, 'utf8');
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve({ code: code ?? 1, output, pages });
    });
  });
}
