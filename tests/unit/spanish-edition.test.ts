import { describe, expect, it } from 'vitest';
import { spanishFixedPages, spanishHeadingId, spanishTopicRoute, translationIsCurrent } from '../../src/lib/spanish-edition.ts';

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
