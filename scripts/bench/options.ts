/** The bench's command-line options; an unknown one stops with the usage line and exit code 2. */
export interface BenchOptions {
  /** Only the deterministic byte budgets (what `npm test` runs). */
  bytesOnly: boolean;
  /** No 10× and 100× builds. */
  skipScaling: boolean;
  /** No Starlight comparison (it installs Starlight from the npm registry). */
  skipStarlight: boolean;
}

const OPTIONS = ['--bytes-only', '--skip-scaling', '--skip-starlight'];
const USAGE = `usage: npm run bench [-- ${OPTIONS.join(' | ')}]`;

export function parseBenchOptions(args: readonly string[]): BenchOptions {
  for (const arg of args) {
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (!OPTIONS.includes(arg)) {
      console.error(`Unknown option ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  const bytesOnly = args.includes('--bytes-only');
  return { bytesOnly, skipScaling: bytesOnly || args.includes('--skip-scaling'), skipStarlight: bytesOnly || args.includes('--skip-starlight') };
}
