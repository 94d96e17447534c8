import { describe, expect, it } from 'vitest';
import { glossary, type GlossaryEntry } from '../../src/data/glossary.ts';
import { glossaryEs } from '../../src/data/glossary-es.ts';
import { glossaryRanges } from '../../src/data/glossary-pages.ts';
import { byTerm, bySpanishTerm, glossaryPages, pageDescription, pageTitle, rangeOf, sitePages, termHref } from '../../src/lib/glossary-pages.ts';
import { glossaryInOrder, glossaryPagesIn, inSpanish, spanishGlossary, spanishSitePages } from '../../src/lib/glossary-pages-es.ts';
import { englishPathOf, spanishPathOf } from '../../src/lib/spanish-edition.ts';

const word = (id: string, term: string): GlossaryEntry => ({ id, term, definition: 'Un significado sencillo.' });
const firstLetter = (term: string) => term.normalize('NFD').charAt(0).toLowerCase();
const spanishTermOf = (id: string) => (glossaryEs as Record<string, { term: string }>)[id]!.term;

describe('the Spanish letter pages', () => {
  it('use the English ranges and slugs, each page the twin of the English page with the same slug', () => {
    expect(spanishSitePages.map((page) => page.range)).toEqual(sitePages.map((page) => page.range));
    for (const [index, page] of spanishSitePages.entries()) {
      const english = sitePages[index]!;
      expect(page.path).toBe(`es/glosario/${english.range.slug}/`);
      expect(spanishPathOf(`/${english.path}`)).toBe(`/${page.path}`);
      expect(englishPathOf(`/${page.path}`)).toBe(`/${english.path}`);
      expect(page.lang).toBe('es');
    }
  });

  it('name their letters in Spanish', () => {
    expect(spanishSitePages.map((page) => page.label)).toEqual(['De la A a la C', 'De la D a la L', 'De la M a la P', 'De la Q a la Z']);
    const one = glossaryPages([word('q', 'Queja')], [{ slug: 'a-p', from: 'a', to: 'p' }, { slug: 'q', from: 'q', to: 'q' }, { slug: 'r-z', from: 'r', to: 'z' }], 'es');
    expect(one[1]!.label).toBe('La Q');
  });

  it('hold every word once, with the English id, on the page of its Spanish first letter', () => {
    const placed = spanishSitePages.flatMap((page) => page.entries.map((entry) => entry.id));
    expect([...placed].sort()).toEqual(glossary.map((entry) => entry.id).sort());
    for (const page of spanishSitePages) {
      for (const entry of page.entries) {
        expect(entry.term, entry.id).toBe(spanishTermOf(entry.id));
        const letter = firstLetter(entry.term);
        expect(letter >= page.range.from && letter <= page.range.to, `${entry.term} on ${page.path}`).toBe(true);
      }
    }
  });

  it('file a word by its Spanish word, not its English one', () => {
    // "Withdrawal management" is on q-z in English; "Manejo de la abstinencia" is on m-p in Spanish.
    expect(termHref('withdrawal-management')).toBe('/glossary/q-z/#withdrawal-management');
    expect(termHref('withdrawal-management', { pages: spanishSitePages })).toBe('/es/glosario/m-p/#withdrawal-management');
    expect(termHref('aftercare', { pages: spanishSitePages })).toBe('/es/glosario/a-c/#aftercare');
  });

  it('list each page’s words in Spanish A to Z order', () => {
    for (const page of spanishSitePages) expect(page.entries).toEqual([...page.entries].sort(bySpanishTerm));
    expect(spanishSitePages[0]!.entries.slice(0, 6).map((entry) => entry.term)).toEqual([
      'ACA',
      'Acreditación',
      'ADA',
      'Administración de casos',
      'Admisión',
      'Apoyo de pares',
    ]);
  });

  it('keep the Spanish words, the English "see also" ids and no more', () => {
    for (const entry of spanishGlossary) {
      const english = glossary.find((each) => each.id === entry.id)!;
      const spanish = (glossaryEs as Record<string, { term: string; expansion?: string; definition: string }>)[entry.id]!;
      expect(entry).toEqual({
        id: english.id,
        term: spanish.term,
        ...(spanish.expansion ? { expansion: spanish.expansion } : {}),
        definition: spanish.definition,
        ...(english.see ? { see: english.see } : {}),
      });
    }
  });

  it('stop the build, naming the word, when a word has no Spanish', () => {
    expect(() => inSpanish([word('nuevo', 'New word')], {})).toThrow('Glossary word "nuevo" has no Spanish words: add it to src/data/glossary-es.ts');
  });

  it('are named and described in Spanish by their first and last word, within the topic rules', () => {
    const page = spanishSitePages.find((candidate) => candidate.range.slug === 'd-l')!;
    expect(pageTitle(page)).toBe('Glosario: de Deducible a Joint Commission');
    expect(pageDescription(page)).toBe(
      'El significado sencillo de las palabras de Deducible a Joint Commission que verá en este sitio, con enlaces a palabras relacionadas.',
    );
    for (const each of spanishSitePages) {
      expect(pageTitle(each).length).toBeLessThanOrEqual(70);
      expect(pageDescription(each).length).toBeGreaterThanOrEqual(50);
      expect(pageDescription(each).length).toBeLessThanOrEqual(160);
      // No lone letter for search to match (see guideWords); "a" and "y" are Spanish words, so only capitals count.
      expect(pageTitle(each)).not.toMatch(/\b[B-Z]\b/);
      expect(pageDescription(each)).not.toMatch(/\b[B-Z]\b/);
    }
  });

  it('have Spanish titles and descriptions for one word and for none', () => {
    const ranges = [{ slug: 'a-m', from: 'a', to: 'm' }, { slug: 'n-z', from: 'n', to: 'z' }];
    const [empty, one] = glossaryPages([word('paridad', 'Paridad')], ranges, 'es');
    expect(pageTitle(one!)).toBe('Glosario: Paridad');
    expect(pageDescription(one!)).toBe('El significado sencillo de Paridad, una palabra que verá en este sitio, con enlaces a palabras relacionadas.');
    expect(pageTitle(empty!)).toBe('Glosario: de la A a la M');
    expect(pageDescription(empty!).length).toBeGreaterThanOrEqual(50);
    expect(pageDescription(empty!)).toMatch(/^Esta página es para las palabras de la A a la M\./);
  });
});

describe('Spanish A to Z order', () => {
  it('puts ñ after n, as Spanish dictionaries do, where English order treats it as n', () => {
    const words = [word('o', 'Oso'), word('ene', 'Ñandú'), word('n', 'Nube')];
    expect([...words].sort(bySpanishTerm).map((entry) => entry.term)).toEqual(['Nube', 'Ñandú', 'Oso']);
    expect([...words].sort(byTerm).map((entry) => entry.term)).toEqual(['Ñandú', 'Nube', 'Oso']);
  });

  it('ignores case and accents and puts numbers first, in number order', () => {
    const words = [word('b', 'beta'), word('a2', 'Álgebra'), word('n10', '10 pasos'), word('n2', '2 pasos'), word('a1', 'ASAM')];
    expect(words.sort(bySpanishTerm).map((entry) => entry.term)).toEqual(['2 pasos', '10 pasos', 'Álgebra', 'ASAM', 'beta']);
  });

  it('files words that start with an accent or ñ by the letter under it', () => {
    expect(rangeOf('Ácido', glossaryRanges).slug).toBe('a-c');
    expect(rangeOf('Ñandú', glossaryRanges).slug).toBe('m-p');
    const pages = glossaryPages([word('u', 'Último'), word('e', 'Ética')], glossaryRanges, 'es');
    expect(pages.find((page) => page.range.slug === 'd-l')!.entries.map((entry) => entry.id)).toEqual(['e']);
    expect(pages.find((page) => page.range.slug === 'q-z')!.entries.map((entry) => entry.id)).toEqual(['u']);
  });
});

describe('links to a Spanish word', () => {
  const own = spanishSitePages.find((page) => page.range.slug === 'm-p')!;

  it('point at the Spanish letter page and anchor, under the base path', () => {
    expect(termHref('parity', { pages: spanishSitePages })).toBe('/es/glosario/m-p/#parity');
    expect(termHref('aca', { base: '/iop/', pages: spanishSitePages })).toBe('/iop/es/glosario/a-c/#aca');
  });

  it('stay on the page for a word on the same Spanish page', () => {
    expect(termHref('parity', { from: own, pages: spanishSitePages })).toBe('#parity');
    expect(termHref('aca', { from: own, pages: spanishSitePages })).toBe('/es/glosario/a-c/#aca');
  });
});

describe('the edition a component shows', () => {
  it('is the English pages and order for "en", as before', () => {
    expect(glossaryPagesIn('en')).toBe(sitePages);
    expect(glossaryInOrder('en')).toEqual([...glossary].sort(byTerm));
  });

  it('is the Spanish pages and the Spanish words in Spanish order for "es"', () => {
    expect(glossaryPagesIn('es')).toBe(spanishSitePages);
    const ordered = glossaryInOrder('es');
    expect(ordered).toHaveLength(glossary.length);
    expect(ordered.map((entry) => entry.term)).toEqual(spanishGlossary.map((entry) => entry.term).sort((a, b) => new Intl.Collator('es', { sensitivity: 'base', numeric: true }).compare(a, b)));
    expect(ordered.at(-1)!.term).toBe('Volver a consumir');
  });
});
