// Building the site into a scratch folder and serving it with `astro preview`, the way tests/e2e/base-path-site.ts does.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { freePort } from '../shared/free-port.ts';
import { onCleanup } from './cleanup.ts';

export { freePort };

export interface BuildFolders {
  outDir: string;
  cacheDir: string;
  /** A folder of topic MDX files to build instead of content/topics (content.config.ts reads TOPICS_DIR). */
  topicsDir?: string;
}

export interface BuildResult {
  ok: boolean;
  timedOut: boolean;
  ms: number;
  output: string;
}

export function buildEnv(folders: BuildFolders): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OUT_DIR: folders.outDir,
    CACHE_DIR: folders.cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // The benchmark measures the default deploy: no base path, no fixture collection unless asked for.
  delete env.BASE_PATH;
  delete env.TOPICS_DIR;
  if (folders.topicsDir) env.TOPICS_DIR = folders.topicsDir;
  return env;
}

/** Runs `npm run build` (astro build, then the Pagefind index) and times it from spawn to exit. */
export function runBuild(folders: BuildFolders, timeoutMs = Number.POSITIVE_INFINITY): Promise<BuildResult> {
  return runTimed('npm', ['run', 'build'], { env: buildEnv(folders) }, timeoutMs);
}

/**
 * Runs a command to the end and times it from spawn to exit, keeping its output for error messages.
 * It runs in its own process group so a timeout or Ctrl+C stops it with everything it started (npm, Astro, Pagefind).
 */
export async function runTimed(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env: NodeJS.ProcessEnv },
  timeoutMs = Number.POSITIVE_INFINITY,
): Promise<BuildResult> {
  const started = performance.now();
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let timedOut = false;
  const timer = Number.isFinite(timeoutMs)
    ? setTimeout(() => {
        timedOut = true;
        killGroup(child);
      }, timeoutMs)
    : undefined;
  const exited = once(child, 'exit') as Promise<[number | null]>;
  const stopOnExit = (): void => killGroup(child);
  process.once('exit', stopOnExit);
  const unregister = onCleanup(async () => {
    killGroup(child);
    await exited;
  });
  try {
    const [code] = await exited;
    return { ok: code === 0 && !timedOut, timedOut, ms: performance.now() - started, output };
  } finally {
    if (timer) clearTimeout(timer);
    process.removeListener('exit', stopOnExit);
    unregister();
  }
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // The negative id names the process group this script created for the build, and nothing else.
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

export interface Preview {
  origin: string;
  stop: () => Promise<void>;
}

/** Serves a built folder with `astro preview` on a free port and waits until it answers. */
export async function startPreview(folders: BuildFolders): Promise<Preview> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    { env: buildEnv(folders), stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let errors = '';
  server.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const exited = once(server, 'exit');
  const stopServer = async (): Promise<void> => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    server.kill('SIGTERM');
    const timeout = setTimeout(() => server.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timeout);
  };
  const unregister = onCleanup(stopServer);
  const stop = async (): Promise<void> => {
    unregister();
    await stopServer();
  };
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`astro preview exited early:\n${errors}`);
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`astro preview did not answer on ${origin} within 30 s:\n${errors}`);
}
