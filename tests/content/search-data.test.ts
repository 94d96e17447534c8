import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { fallbackTopics } from '../../src/data/search-fallback.ts';
import { fallbackTopicsEs } from '../../src/data/search-fallback-es.ts';
import { searchSynonyms } from '../../src/data/search-synonyms.ts';
import { searchSynonymsEs } from '../../src/data/search-synonyms-es.ts';
import { spanishToolSearch } from '../../src/data/search-tools-es.ts';
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
    const missing = [...searchSynonyms, ...searchSynonymsEs].flatMap(({ meaning, expect: target }) => {
      const ids = idsOn(target.page);
      if (!ids) return [`${meaning}: no page ${target.page}`];
      return target.section && !ids.has(target.section) ? [`${meaning}: ${target.page} has no #${target.section}`] : [];
    });
    expect(missing).toEqual([]);
  });

  it('every fallback topic and tool is a built page', () => {
    for (const { path } of [...fallbackTopics, ...toolPages]) expect(idsOn(path), path).toBeDefined();
  });

  it('Spanish search points at Spanish pages only, each built', () => {
    for (const { path } of [...fallbackTopicsEs, ...spanishToolSearch, ...searchSynonymsEs.map((entry) => ({ path: entry.expect.page }))]) {
      expect(path, path).toMatch(/^\/es\//);
      expect(idsOn(path), path).toBeDefined();
    }
  });

  it('Pagefind keeps one index per language: English pages in the English one, Spanish pages in the Spanish one', () => {
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { wasm: string; page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
    // Each index is stemmed with its own language's rules.
    expect(entry.languages.es!.wasm).toBe('es');
    expect(entry.languages.en!.wasm).toBe('en');
    expect(entry.languages.es!.page_count).toBeGreaterThanOrEqual(18);
    // A fragment (one page's record) is named after its index's language and holds the page's address.
    const folder = join(distDir, 'pagefind', 'fragment');
    const strays = readdirSync(folder).flatMap((name) => {
      const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
      const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
      return name.startsWith('es_') === url.startsWith('/es/') ? [] : [`${name}: ${url}`];
    });
    expect(strays).toEqual([]);
  });

  it('the Spanish search page is built, in Spanish, and is not itself in the index', () => {
    const html = readFileSync(join(distDir, 'es', 'buscar', 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="es/);
    expect(html).toContain('action="/es/buscar/"');
    expect(html).toContain('data-lang="es"');
    expect(html).not.toContain('data-pagefind-body');
  });
});
