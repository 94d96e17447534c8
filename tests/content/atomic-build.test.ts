import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withRenderLock } from './render-lock.ts';

const scratch = mkdtempSync(join(tmpdir(), 'iop-atomic-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const buildEnv = (outDir: string, env: Record<string, string>) => ({
  ...process.env,
  OUT_DIR: outDir,
  CACHE_DIR: join(scratch, 'cache'),
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  ...env,
});

/** Runs `npm run build`'s script with its output folder in the scratch space. */
function build(outDir: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env: buildEnv(outDir, env) });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The same, without blocking, so the render lock can wait its turn. */
function buildAsync(outDir: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], { env: buildEnv(outDir, env) });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** A served site that must survive a failed build: one page with a marker. */
function oldSite(name: string): string {
  const outDir = join(scratch, name, 'dist');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), 'the old site');
  return outDir;
}

const leftovers = (outDir: string) => readdirSync(join(outDir, '..')).filter((name) => name !== 'dist');

describe('npm run build never leaves a half-written site', () => {
  it('a build that stops leaves the old site as it was, with a plain message', () => {
    const outDir = oldSite('failing');
    const result = build(outDir, { TOPICS_DIR: 'tests/fixtures/content/wrong-type' });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('The build stopped: read the messages above');
    expect(result.output).toContain('dist/ was not changed');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the old site');
    expect(leftovers(outDir)).toEqual([]);
  });

  it('a second build while one runs stops at once and names the running one', () => {
    const outDir = oldSite('locked');
    // This test's own process stands in for a build that is still running.
    writeFileSync(`${outDir}.lock`, JSON.stringify({ pid: process.pid, started: '2026-12-03T10:00:00.000Z' }));
    const result = build(outDir, { TOPICS_DIR: 'tests/fixtures/content/valid' });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`Another build is already writing dist/ (process ${process.pid}, started 2026-12-03T10:00:00.000Z)`);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the old site');
    rmSync(`${outDir}.lock`);
  });

  it('a folder it cannot write to gives a plain message, not a backtrace', () => {
    const blocker = join(scratch, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const result = build(join(blocker, 'dist'), { TOPICS_DIR: 'tests/fixtures/content/valid' });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/Cannot start the build: .*dist\.lock cannot be written \(ENOTDIR\)\. Check that the folder for dist\/ exists/);
    expect(result.output).not.toMatch(/\n\s+at /);
  });

  it('a build that succeeds replaces the old site whole, search index included, and leaves nothing behind', async () => {
    const outDir = oldSite('passing');
    // A lock left by a build that no longer runs is taken over.
    writeFileSync(`${outDir}.lock`, JSON.stringify({ pid: 2 ** 22 + 17, started: 'long ago' }));
    const result = await withRenderLock(() => buildAsync(outDir, { TOPICS_DIR: 'tests/fixtures/content/valid' }));
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('Build complete: dist/ replaced.');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('<!DOCTYPE html>');
    expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(leftovers(outDir)).toEqual([]);
  });
});
