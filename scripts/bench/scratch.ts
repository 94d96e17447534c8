import { existsSync, mkdirSync, mkdtempSync, rmdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCleanups } from './cleanup.ts';

export interface Scratch {
  dir: string;
  /** Stops builds, the preview server and browsers, then removes the folder. */
  cleanup: () => Promise<void>;
  /** True once Ctrl+C (or SIGTERM) arrived: the error that follows is expected and already explained. */
  interrupted: () => boolean;
}

/**
 * The bench's scratch folder, in the project's git-ignored tmp/, not the system's: with an out dir outside the project,
 * Astro puts its prerender bundle in the shared ./.astro/.prerender/, where a build running at the same time (a test,
 * another engineer) deletes it mid-build. Inside the project, each build keeps it in its own out dir.
 * Everything started or created is stopped and removed on the way out, also on Ctrl+C.
 */
export function createScratch(): Scratch {
  const tmpRoot = resolve('tmp');
  const createdTmpRoot = !existsSync(tmpRoot);
  mkdirSync(tmpRoot, { recursive: true });
  const dir = mkdtempSync(join(tmpRoot, 'bench-'));
  const cleanup = async (): Promise<void> => {
    // Builds, the preview server and browsers first, then their files.
    await runCleanups();
    rmSync(dir, { recursive: true, force: true });
    if (createdTmpRoot) {
      try {
        rmdirSync(tmpRoot);
      } catch {
        // something else now lives in tmp/: leave it
      }
    }
  };
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      interrupted = true;
      console.error(`\n${signal}: stopping builds, server and browsers, and removing ${dir}`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  return { dir, cleanup, interrupted: () => interrupted };
}
