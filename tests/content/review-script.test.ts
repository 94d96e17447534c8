import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** `npm run review` on a fixture: one Spanish page whose English twin was reviewed after it, one that is current. */
describe('npm run review', () => {
  it('lists every page by its next review, and the Spanish pages behind their English page', () => {
    const output = execFileSync(process.execPath, ['scripts/review.ts'], {
      encoding: 'utf8',
      env: { ...process.env, TOPICS_DIR: 'tests/fixtures/spanish-review/en', SPANISH_TOPICS_DIR: 'tests/fixtures/spanish-review/es' },
    });
    expect(output).toMatch(/2027-12-03\s+tests\/fixtures\/spanish-review\/en\/schedules\.mdx/);
    expect(output).toMatch(/2028-02-01\s+tests\/fixtures\/spanish-review\/en\/costs\.mdx/);
    expect(output).toContain('Spanish pages: 2, 1 behind their English page');
    expect(output).toContain('es/costos.mdx: the English page was reviewed on 2027-02-01, after this translation (from 2026-12-03)');
    expect(output).not.toMatch(/horarios\.mdx: the English page/);
  });
});
