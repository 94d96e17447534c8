import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { htmlLang, locales, words } from '../../src/i18n/index.ts';
import { formatDate } from '../../src/i18n/format-date.ts';

type Tree = { readonly [key: string]: unknown };

/** Every leaf of a dictionary as "group.key" → value; functions are leaves. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [inner, leaf] of leaves(value as Tree, path)) out.set(inner, leaf);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

/** A function's words with sample arguments filled in, so two languages' functions can be compared as text. */
function text(value: unknown): string {
  if (typeof value === 'function') return String((value as (...args: unknown[]) => unknown)('A1', 'B2', 'C3'));
  return String(value);
}

/** Words that are the same in both languages: none yet. Add a key here only for a name or a number. */
const sameInBothLanguages: readonly string[] = [];

describe('i18n dictionaries', () => {
  const english = leaves(en);
  const spanish = leaves(es);

  it('gives Spanish exactly the keys of English, at every depth', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
    expect(english.size).toBeGreaterThan(50);
  });

  it('gives each key the same kind of value in both languages (text or a function of the same arity)', () => {
    for (const [key, value] of english) {
      const other = spanish.get(key);
      expect(typeof other, key).toBe(typeof value);
      if (typeof value === 'function') expect((other as () => string).length, key).toBe((value as () => string).length);
    }
  });

  it('has no empty value in either language', () => {
    for (const [lang, map] of [['en', english], ['es', spanish]] as const) {
      for (const [key, value] of map) expect(text(value).trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('translates every Spanish value, except the listed names and numbers', () => {
    const untranslated = [...spanish]
      .filter(([key, value]) => english.has(key) && text(value) === text(english.get(key)))
      .map(([key]) => key);
    expect(untranslated.sort()).toEqual([...sameInBothLanguages].sort());
  });

  it('uses the function arguments in Spanish as English does', () => {
    for (const [key, value] of spanish) {
      if (typeof value !== 'function') continue;
      const args = ['A1', 'B2', 'C3'].slice(0, (value as () => string).length);
      for (const arg of args) expect(text(value), key).toContain(arg);
    }
  });

  it('words(lang) returns that language', () => {
    expect(words('es')).toBe(es);
    expect(words('en')).toBe(en);
    expect(words()).toBe(en);
    expect(words('es').keyPoints.heading).toBe('En resumen');
    expect(words('es').crisisLines.lines.emergency.action).toBe('En peligro inmediato, llame al');
    expect(words('es').crisisLines.lines.helpline.textNote).toBe('solo en inglés');
  });

  it('speaks to the reader as "usted", never "tú"', () => {
    const informal = /\b(tú|tu|tus|te|ti|contigo|puedes|necesitas|llama|envía)\b/i;
    for (const [key, value] of spanish) expect(text(value), key).not.toMatch(informal);
  });

  it('sets html lang and Intl locales per language', () => {
    expect(htmlLang).toEqual({ en: 'en', es: 'es' });
    expect(locales).toEqual({ en: 'en-US', es: 'es-US' });
  });

  it('formats dates in each language, English unchanged', () => {
    const date = new Date('2026-12-03T00:00:00Z');
    expect(formatDate(date)).toBe('December 3, 2026');
    expect(formatDate(date, 'en')).toBe('December 3, 2026');
    expect(formatDate(date, 'es')).toBe('3 de diciembre de 2026');
  });
});
