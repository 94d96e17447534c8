import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/shared/free-port.ts';

export const BASE_PATH = '/iop/';

export interface BasePathSite {
  origin: string;
  outDir: string;
  stop: () => void;
}

/** Builds the real site under BASE_PATH=/iop/ into a scratch folder and serves it with `astro preview`. */
export async function startBasePathSite(): Promise<BasePathSite> {
  const scratch = mkdtempSync(join(tmpdir(), 'iop-base-'));
  const outDir = join(scratch, 'dist');
  const env = { ...process.env, BASE_PATH, OUT_DIR: outDir, CACHE_DIR: join(scratch, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  const build = spawnSync('npm', ['run', 'build'], { env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`Base-path build failed:\n${build.stdout}\n${build.stderr}`);

  const port = await freePort();
  const server: ChildProcess = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    { env, stdio: 'ignore' },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${origin}${BASE_PATH}`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    origin,
    outDir,
    stop: () => {
      server.kill();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
