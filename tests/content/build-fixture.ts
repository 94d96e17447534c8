import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildResult {
  code: number;
  output: string;
}

/** Runs a real `astro build` over a fixture topics folder, in its own output and cache folders. */
export function buildFixture(fixture: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'iop-fixture-'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: {
        ...process.env,
        ...env,
        TOPICS_DIR: `tests/fixtures/content/${fixture}`,
        OUT_DIR: join(scratch, 'dist'),
        CACHE_DIR: join(scratch, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      rmSync(scratch, { recursive: true, force: true });
      resolve({ code: code ?? 1, output });
    });
  });
}
