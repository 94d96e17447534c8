import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { spanishAvoidWordProblems } from '../../src/lib/avoid-words-es.ts';
import { INFLESZ_FAIRLY_EASY, spanishReadability } from '../../src/lib/readability-es.ts';
import { distDir } from './dist.ts';

// The Spanish page for people who refer, as built: its own words (not the topic titles it lists, which their pages
// check) read as easily as the topic pages, and the builder starts in Spanish with the email in Spanish.
const file = join(distDir, 'es/para-profesionales/index.html');

describe.runIf(existsSync(file))('/es/para-profesionales/', () => {
  const page = parse(readFileSync(file, 'utf8'));
  const main = page.querySelector('main')!;

  it(`reads at INFLESZ ${INFLESZ_FAIRLY_EASY} or more and uses no avoided word`, () => {
    const own = parse(main.toString());
    for (const listed of own.querySelectorAll('[data-link-list], .rf-topic, script, style')) listed.remove();
    const prose = own
      .querySelectorAll('h1, h2, h3, p, li, legend, label, summary')
      .map((element) => element.text.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .map((text) => (/[.:…!?]$/.test(text) ? text : `${text}.`))
      .join('\n');
    expect(prose.length).toBeGreaterThan(1000);
    expect(spanishReadability(prose).score).toBeGreaterThanOrEqual(INFLESZ_FAIRLY_EASY);
    expect(spanishAvoidWordProblems(prose)).toEqual([]);
  });

  it('is in Spanish, with the email in Spanish until the referrer picks English', () => {
    expect(page.querySelector('html')!.getAttribute('lang')).toBe('es');
    const builder = main.querySelector('referral-builder')!;
    expect(builder.getAttribute('data-lang')).toBe('es');
    expect(builder.getAttribute('data-parts')).toMatch(/\/es\/para-profesionales\/parts\.json$/);
    expect(main.querySelector('input[data-email-lang][value="es"]')!.hasAttribute('checked')).toBe(true);
    expect(main.querySelector('input[data-email-lang][value="en"]')!.hasAttribute('checked')).toBe(false);
    expect(main.querySelector('#rf-subject')!.text).toBe('Información sobre los programas ambulatorios intensivos (IOP)');
  });

  it('lists every Spanish topic at its /es/ address, keyed by the English id, with no script inline', () => {
    const boxes = main.querySelectorAll('input[data-page]');
    expect(boxes.length).toBeGreaterThanOrEqual(18);
    for (const box of boxes) expect(box.getAttribute('data-path'), box.getAttribute('value')).toMatch(/^\/es\/[a-z0-9-]+\/$/);
    for (const link of main.querySelectorAll('[data-link-list] a')) expect(link.getAttribute('href')).toMatch(/^\/(?:[^/]+\/)*es\/[a-z0-9-]+\/$/);
    expect(page.querySelectorAll('script:not([src])').filter((script) => script.getAttribute('type') !== 'application/ld+json')).toEqual([]);
  });

  it('has a Spanish parts file with the same topics and as many parts as the English one', () => {
    const spanish = JSON.parse(readFileSync(join(distDir, 'es/para-profesionales/parts.json'), 'utf8')) as Record<string, [string, string, string, unknown[]]>;
    const english = JSON.parse(readFileSync(join(distDir, 'for-referrers/parts.json'), 'utf8')) as Record<string, [string, string, string, unknown[]]>;
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
    for (const [id, [, , path, parts]] of Object.entries(spanish)) {
      expect(path, id).toMatch(/^\/es\/[a-z0-9-]+\/$/);
      expect(parts.length, id).toBe(english[id]![3].length);
    }
  });
});
