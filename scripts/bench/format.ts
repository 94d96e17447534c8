// Fixed-width tables and number formatting for the benchmark's output.
import { availableParallelism, loadavg } from 'node:os';

export type Align = 'left' | 'right';

export interface Column {
  header: string;
  align?: Align;
}

/** Renders rows as a fixed-width table with a header rule; numbers are right-aligned by default. */
export function table(columns: readonly (Column | string)[], rows: readonly (readonly (string | number)[])[]): string {
  const cols: Column[] = columns.map((column) => (typeof column === 'string' ? { header: column } : column));
  const cells = rows.map((row) => row.map((cell) => String(cell)));
  const widths = cols.map((column, index) => Math.max(column.header.length, ...cells.map((row) => (row[index] ?? '').length)));
  const alignOf = (index: number): Align => cols[index]?.align ?? (index === 0 ? 'left' : 'right');
  const line = (values: readonly string[]): string =>
    values
      .map((value, index) => {
        const width = widths[index] ?? 0;
        return alignOf(index) === 'left' ? value.padEnd(width) : value.padStart(width);
      })
      .join('  ')
      .trimEnd();
  return [line(cols.map((column) => column.header)), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

/** Bytes as kB (1 kB = 1,000 bytes) with one decimal. */
export function kB(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

export function ms(value: number): string {
  return `${Math.round(value)}`;
}

export function seconds(valueMs: number): string {
  return (valueMs / 1000).toFixed(1);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export function heading(title: string): string {
  return `\n${title}\n${'='.repeat(title.length)}`;
}

/** What the benchmark is doing now, on stderr, so stdout holds only the report. */
export function progress(message: string): void {
  console.error(`… ${message}`);
}

// Timings on a shared machine are only as good as its load; each timed section says what the load was.
export function load(): string {
  return `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs`;
}
