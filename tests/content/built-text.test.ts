import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles } from './dist.ts';

/**
 * Astro drops the line break between a word and a tag on the next line ("and the\n<a>questions</a>" is built as
 * "and the<a>questions</a>"), so readers and screen readers get "thequestions". Any letter touching an inline
 * element's text, on either side, is such a join.
 */
const JOINED = /[A-Za-z,.;:?]<(a|abbr|b|code|em|i|span|strong)\b[^>]*>[A-Za-z]|[A-Za-z]<\/(a|abbr|b|code|em|i|span|strong)>[A-Za-z]/g;

describe('built text', () => {
  it('has no words run together across a tag', () => {
    const joins: string[] = [];
    const files = builtHtmlFiles();
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const match of html.matchAll(JOINED)) joins.push(`${file}: …${html.slice(Math.max(0, match.index - 30), match.index + 50)}…`);
    }
    expect(joins).toEqual([]);
  });

  it('has no fact placeholder left unfilled', () => {
    const raw: string[] = [];
    for (const file of builtHtmlFiles()) {
      const html = readFileSync(file, 'utf8');
      for (const match of html.matchAll(/\{fact:[^}]*\}?/gi)) raw.push(`${file}: ${match[0]}`);
    }
    expect(raw).toEqual([]);
  });
});
