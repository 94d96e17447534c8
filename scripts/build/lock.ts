import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';

/** A plain error whose message is meant for the person who ran the build; the script prints it without a stack. */
export class BuildStop extends Error {}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `<outDir>.lock` for this process, so two builds never write the same folder at once. A lock left by a
 * build that no longer runs (killed, machine restarted) is taken over. Returns the function that releases it.
 */
export function takeBuildLock(lockFile: string, outDirName: string): () => void {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, started: new Date().toISOString() }));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw new BuildStop(`Cannot start the build: ${lockFile} cannot be written (${code}). Check that the folder for ${outDirName} exists and that you may write to it.`);
      }
      let holder: { pid?: number; started?: string } = {};
      try {
        holder = JSON.parse(readFileSync(lockFile, 'utf8')) as typeof holder;
      } catch {
        // An unreadable lock is treated as stale.
      }
      if (holder.pid && isRunning(holder.pid)) {
        throw new BuildStop(
          `Another build is already writing ${outDirName} (process ${holder.pid}, started ${holder.started ?? 'at an unknown time'}). Wait for it to finish, then build again.`,
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new BuildStop(`Cannot take the build lock ${lockFile}; delete it if no build is running.`);
}
