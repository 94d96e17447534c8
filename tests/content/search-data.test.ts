import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { fallbackTopics } from '../../src/data/search-fallback.ts';
import { searchSynonyms } from '../../src/data/search-synonyms.ts';
import { toolPages } from '../../src/data/tools.ts';
import { distDir } from './dist.ts';

/** The ids on a built page, or undefined when there is no such page. */
function idsOn(path: string): Set<string> | undefined {
  const file = join(distDir, path, 'index.html');
  if (!existsSync(file)) return undefined;
  return new Set(parse(readFileSync(file, 'utf8')).querySelectorAll('[id]').map((element) => element.id));
}

describe('search data points at real pages', () => {
  it('every synonym’s expected page and section is built', () => {
    const missing = searchSynonyms.flatMap(({ meaning, expect: target }) => {
      const ids = idsOn(target.page);
      if (!ids) return [`${meaning}: no page ${target.page}`];
      return target.section && !ids.has(target.section) ? [`${meaning}: ${target.page} has no #${target.section}`] : [];
    });
    expect(missing).toEqual([]);
  });

  it('every fallback topic and tool is a built page', () => {
    for (const { path } of [...fallbackTopics, ...toolPages]) expect(idsOn(path), path).toBeDefined();
  });
});
