import { describe, expect, it } from 'vitest';
import { englishPathOf, pathIn, spanishFixedPages, spanishHeadingId, spanishPathOf, spanishTopicRoute, spanishTopicSlugs, translationIsCurrent } from '../../src/lib/spanish-edition.ts';

describe('Spanish edition addresses', () => {
  it('put every Spanish page under /es/ with plain ASCII addresses', () => {
    for (const route of Object.values(spanishFixedPages)) expect(route).toMatch(/^\/es\/([a-z0-9-]+\/)*$/);
    expect(new Set(Object.values(spanishFixedPages)).size).toBe(Object.keys(spanishFixedPages).length);
    expect(spanishTopicRoute('costos')).toBe('/es/costos/');
    expect(() => spanishTopicRoute('cómo-empezar')).toThrow(/no accents/);
  });

  it('take accents and tildes off heading ids', () => {
    expect(spanishHeadingId('cuánto-cuesta-un-iop')).toBe('cuanto-cuesta-un-iop');
    expect(spanishHeadingId('señales-de-alerta-pingüino')).toBe('senales-de-alerta-pinguino');
    expect(spanishHeadingId('plain-id')).toBe('plain-id');
  });

  it('call a translation out of date once the English page is reviewed after it', () => {
    const day = (text: string) => new Date(`${text}T00:00:00Z`);
    expect(translationIsCurrent({ englishLastReviewed: day('2026-12-03'), translatedFrom: day('2026-12-03') })).toBe(true);
    expect(translationIsCurrent({ englishLastReviewed: day('2027-01-10'), translatedFrom: day('2026-12-03') })).toBe(false);
  });
});

describe('Spanish twins of English paths', () => {
  it('pair topics, handouts, glossary letter pages and fixed pages both ways', () => {
    const pairs: [string, string][] = [
      ['/costs/', '/es/costos/'],
      ['/handouts/costs/', '/es/hojas/costos/'],
      ['/glossary/a-f/', '/es/glosario/a-f/'],
      ['/', '/es/'],
      ['/self-check/how-it-works/', '/es/autoevaluacion/como-funciona/'],
    ];
    for (const [english, spanish] of pairs) {
      expect(spanishPathOf(english)).toBe(spanish);
      expect(englishPathOf(spanish)).toBe(english);
      expect(pathIn('es', english)).toBe(spanish);
      expect(pathIn('en', english)).toBe(english);
    }
  });

  it('give every English topic a distinct plain Spanish slug', () => {
    const slugs = Object.values(spanishTopicSlugs);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(spanishTopicRoute(slug)).toBe(`/es/${slug}/`);
  });

  it('refuse to send a Spanish reader to a page with no twin', () => {
    expect(spanishPathOf('/no-such-page/')).toBeUndefined();
    expect(englishPathOf('/es/no-existe/')).toBeUndefined();
    expect(() => pathIn('es', '/no-such-page/')).toThrow(/no Spanish twin/);
  });
});
