import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { BuildStop } from './lock.ts';

/** Creates the empty folder the build writes into, next to the one readers are served from. */
export function makeStagingFolder(staging: string, outDirName: string): void {
  try {
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BuildStop(`Cannot write the build next to ${outDirName} (${code}: ${(error as Error).message}). Check that the folder exists and that you may write to it; ${outDirName} was not changed.`);
  }
}

/**
 * Puts the finished build in place of the old one with two renames in the same folder, so readers (and `astro
 * preview`) see either the whole old site or the whole new one. If the second rename fails, the old site goes back.
 */
export function swapIn(staging: string, outDir: string, outDirName: string): void {
  const previous = `${outDir}.previous-${process.pid}`;
  const hadPrevious = existsSync(outDir);
  try {
    if (hadPrevious) renameSync(outDir, previous);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw new BuildStop(`The build finished, but ${outDirName} could not be replaced (${(error as NodeJS.ErrnoException).code}). Check that you may write to it; ${outDirName} was not changed.`);
  }
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, outDir);
    rmSync(staging, { recursive: true, force: true });
    throw new BuildStop(`The build finished, but could not be moved into ${outDirName} (${(error as NodeJS.ErrnoException).code}); ${outDirName} was not changed.`);
  }
  rmSync(previous, { recursive: true, force: true });
}
