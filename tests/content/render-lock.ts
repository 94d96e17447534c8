import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Fixture builds that render pages write .astro/content-modules.mjs in the project, a path Astro does not let a build
 * move, so two of them at once read each other's pages. Test files run in parallel; this lock (a folder, which the
 * file system creates for one caller only) lets one such build run at a time across them.
 */
const lockDir = join('node_modules', '.iop-render-lock');

function holderRuns(): boolean {
  try {
    process.kill(Number(readFileSync(join(lockDir, 'pid'), 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

export async function withRenderLock<T>(build: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, 'pid'), String(process.pid));
      break;
    } catch {
      // A lock left by a test run that was killed is taken over.
      if (!holderRuns()) rmSync(lockDir, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await build();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
