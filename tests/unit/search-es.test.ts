import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { helpLines } from '../../src/data/crisis.ts';
import { fallbackTopicsEs } from '../../src/data/search-fallback-es.ts';
import { searchSynonymsEs } from '../../src/data/search-synonyms-es.ts';
import { spanishToolSearch } from '../../src/data/search-tools-es.ts';
import { site } from '../../src/data/site.ts';
import { topicGroups } from '../../src/data/topic-groups.ts';
import { es } from '../../src/i18n/es.ts';
import { searchBoxMarkup } from '../../src/lib/search-box-markup.ts';
import { searchBoxWords } from '../../src/lib/search-box-words.ts';
import { spanishQueries } from '../../src/lib/search-es.ts';
import { noResultsMarkup } from '../../src/lib/search-help.ts';
import { spanishHelp } from '../../src/lib/search-help-es.ts';
import { foldForMatching, queryPlan, resultCountMessage, rewriteWithSynonyms, sectionTerms, Tier } from '../../src/lib/search.ts';
import { spanishPathOf, spanishTopicSlugs } from '../../src/lib/spanish-edition.ts';

describe('Spanish questions', () => {
  it('drop the empty words, with or without accents, and keep what is asked', () => {
    const plan = queryPlan('¿Cuánto cuesta un IOP?', [], spanishQueries);
    expect(plan.map(({ query, tier }) => [query, tier])).toContainEqual(['cuesta iop', Tier.meaningful]);
    expect(queryPlan('que es un iop', [], spanishQueries).map(({ query }) => query)).toContain('iop');
    expect(queryPlan('qué es un iop', [], spanishQueries).map(({ query }) => query)).toContain('iop');
  });

  it('count the words on every Spanish page for less when choosing a section', () => {
    const weights = sectionTerms('atención de la abstinencia', [], spanishQueries);
    expect(weights.get('atencion')).toBeLessThan(weights.get('abstinencia')!);
    expect(weights.has('de')).toBe(false);
  });

  it('are answered in Spanish on the status line', () => {
    expect(resultCountMessage(0, 'xyz', es.searchBox.resultCount)).toBe('No hay resultados para «xyz».');
    expect(resultCountMessage(1, 'costo', es.searchBox.resultCount)).toBe('1 resultado para «costo».');
    expect(resultCountMessage(4, ' costo ', es.searchBox.resultCount)).toBe('4 resultados para «costo».');
  });
});

describe('Spanish synonyms (src/data/search-synonyms-es.ts)', () => {
  const spanishPages = new Set(Object.values(spanishTopicSlugs).map((slug) => `/es/${slug}/`));

  for (const entry of searchSynonymsEs) {
    it(`"${entry.phrases[0]}" leads to a Spanish topic, and every phrase is read as "${entry.meaning}"`, () => {
      expect(spanishPages.has(entry.expect.page), entry.expect.page).toBe(true);
      // Section ids on Spanish pages are plain ASCII (spanishHeadingId).
      if (entry.expect.section) expect(entry.expect.section).toMatch(/^[a-z0-9-]+$/);
      for (const phrase of entry.phrases) {
        expect(phrase, 'lower case').toBe(phrase.toLowerCase());
        const rewrite = rewriteWithSynonyms(phrase, searchSynonymsEs);
        expect(rewrite?.meaningTerms, phrase).toEqual(expect.arrayContaining(foldForMatching(entry.meaning).split(' ')));
        // Typed without its accents, the phrase means the same.
        expect(rewriteWithSynonyms(foldForMatching(phrase), searchSynonymsEs)?.meaningTerms, phrase).toEqual(rewrite?.meaningTerms);
      }
    });
  }

  it('no phrase is listed twice', () => {
    const phrases = searchSynonymsEs.flatMap((entry) => entry.phrases.map(foldForMatching));
    expect(phrases.length).toBe(new Set(phrases).size);
  });
});

describe('the Spanish search box', () => {
  const words = searchBoxWords('es');
  const root = parse(searchBoxMarkup({ idPrefix: 'page-search', base: '/iop/', syncUrl: true, words }));

  it('submits to /es/buscar/ and says its words in Spanish', () => {
    expect(root.querySelector('form')!.getAttribute('action')).toBe('/iop/es/buscar/');
    expect(root.querySelector('search-box')!.getAttribute('data-lang')).toBe('es');
    expect(root.querySelector('label')!.text).toBe(es.searchBox.label);
    expect(root.querySelector('input')!.getAttribute('placeholder')).toBe(es.searchBox.placeholder);
    expect(root.querySelector('ol')!.getAttribute('aria-label')).toBe(es.searchBox.resultsLabel);
    expect(root.querySelector('button')!.text).toBe(es.searchBox.submit);
  });

  it('filters by the group names Spanish pages print', () => {
    const options = root.querySelectorAll('option').map((option) => [option.getAttribute('value') ?? option.text, option.text]);
    expect(options).toEqual([['', es.searchBox.allGroups], ...topicGroups.map((group) => [es.groups[group], es.groups[group]])]);
  });

  it('English keeps its box as it was: no language mark, English groups', () => {
    expect(spanishPathOf('/search/')).toBe(words.action);
    const english = parse(searchBoxMarkup({ idPrefix: 'x', base: '/', words: searchBoxWords('en') }));
    expect(english.querySelector('search-box')!.hasAttribute('data-lang')).toBe(false);
    expect(english.querySelectorAll('option').map((option) => option.text)).toEqual(['All topics', ...topicGroups]);
  });
});

describe('when a Spanish search finds nothing', () => {
  const root = parse(noResultsMarkup('desintoxicasion & <x>', '/iop/', spanishHelp));
  const hrefs = root.querySelectorAll('a').map((a) => a.getAttribute('href')!);

  it('offers Spanish topics, the Spanish home page and glossary, under the base path', () => {
    for (const topic of fallbackTopicsEs) expect(hrefs).toContain(`/iop${topic.path}`);
    expect(hrefs).toContain('/iop/es/');
    expect(hrefs).toContain('/iop/es/glosario/');
    expect(hrefs.filter((href) => href.startsWith('/iop/') && !href.startsWith('/iop/es/'))).toEqual([]);
  });

  it('shows every help line with its Spanish words and the same numbers', () => {
    for (const line of helpLines) {
      const link = root.querySelector(`a[href="tel:${line.dial}"]`)!;
      expect(link.text).toBe(line.display);
      expect(link.parentNode?.text).toContain(es.crisisLines.lines[line.id].action);
      expect(link.parentNode?.text).toContain(es.crisisLines.lines[line.id].details);
    }
  });

  it('offers "Díganos qué buscaba", an email with the reader’s words filled in', () => {
    const feedback = root.querySelector('[data-search-feedback]')!;
    expect(feedback.text).toBe('Díganos qué buscaba');
    const href = feedback.getAttribute('href')!;
    expect(href.startsWith(`mailto:${site.correctionsEmail}?`)).toBe(true);
    const params = new URLSearchParams(href.split('?')[1]);
    expect(params.get('body')).toContain('desintoxicasion & <x>');
    expect(params.get('subject')).toContain(site.name);
    expect(root.querySelectorAll('x')).toHaveLength(0);
  });
});

describe('the Spanish tools in search (src/data/search-tools-es.ts)', () => {
  it('are the twins of the English tools, found by the words readers use', () => {
    expect(spanishToolSearch.map((tool) => tool.path).sort()).toEqual(
      ['/self-check/', '/cost-estimator/', '/for-referrers/'].map((path) => spanishPathOf(path)).sort(),
    );
    const all = spanishToolSearch.flatMap((tool) => tool.keywords);
    for (const word of ['cuestionario', 'calculadora', 'correo de remisión']) expect(all).toContain(word);
  });
});
