// `npm run build`: Astro, then the search index, into a fresh folder that replaces dist/ only when both succeed.
// A failed build, a full disk or a second build started at the same time never leaves readers a half-written site.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { BuildStop, takeBuildLock } from './build/lock.ts';
import { makeStagingFolder, swapIn } from './build/swap.ts';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const outDirName = `${basename(outDir)}/`;
const staging = `${outDir}.building-${process.pid}`;

function run(script: string, args: string[]): number {
  const result = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit', env: { ...process.env, OUT_DIR: staging } });
  return result.status ?? 1;
}

let release = (): void => {};
try {
  release = takeBuildLock(`${outDir}.lock`, outDirName);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      rmSync(staging, { recursive: true, force: true });
      release();
      process.exit(130);
    });
  }
  makeStagingFolder(staging, outDirName);
  if (run('node_modules/astro/bin/astro.mjs', ['build']) !== 0) {
    throw new BuildStop(`The build stopped: read the messages above (README, "When the build stops"). ${outDirName} was not changed.`);
  }
  if (run('scripts/index-search.ts', []) !== 0) {
    throw new BuildStop(`The search index could not be built (messages above). ${outDirName} was not changed.`);
  }
  swapIn(staging, outDir, outDirName);
  console.log(`Build complete: ${outDirName} replaced.`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  if (!(error instanceof BuildStop)) throw error;
  console.error(`\n${error.message}`);
  process.exitCode = 1;
} finally {
  release();
}
