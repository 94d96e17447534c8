import { describe, expect, it } from 'vitest';
import { glossary, type GlossaryEntry } from '../../src/data/glossary.ts';
import { glossaryPageKeywords, glossaryRanges, type GlossaryRange } from '../../src/data/glossary-pages.ts';
import {
  byTerm,
  glossaryForwards,
  glossaryPageAnchors,
  glossaryPages,
  pageDescription,
  pageOfTerm,
  pageTitle,
  rangeOf,
  rangeProblems,
  sitePages,
  termHref,
  withLetterPageKeywords,
} from '../../src/lib/glossary-pages.ts';
import { idFromHash } from '../../src/lib/url-hash.ts';

const word = (id: string, term: string): GlossaryEntry => ({ id, term, definition: 'A plain meaning.' });
const ranges: GlossaryRange[] = [
  { slug: 'a-h', from: 'a', to: 'h' },
  { slug: 'i-z', from: 'i', to: 'z' },
];

describe('the site’s glossary ranges', () => {
  it('have no problems', () => {
    expect(rangeProblems(glossaryRanges)).toEqual([]);
  });

  it('put every letter a to z on exactly one page', () => {
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
      const holders = glossaryRanges.filter((range) => range.from <= letter && letter <= range.to);
      expect(holders, letter).toHaveLength(1);
      expect(rangeOf(letter.toUpperCase(), glossaryRanges)).toBe(holders[0]);
    }
  });

  it('put every word on exactly one page, the one its first letter belongs to', () => {
    const placed = sitePages.flatMap((page) => page.entries.map((entry) => entry.id));
    expect([...placed].sort()).toEqual(glossary.map((entry) => entry.id).sort());
    for (const page of sitePages) {
      for (const entry of page.entries) {
        const letter = entry.term.charAt(0).toLowerCase();
        expect(letter >= page.range.from && letter <= page.range.to, `${entry.term} on ${page.path}`).toBe(true);
      }
    }
  });

  it('list each page’s words A to Z, ignoring case', () => {
    const terms = sitePages.find((page) => page.range.slug === 'a-c')!.entries.map((entry) => entry.term);
    expect(terms.slice(0, 5)).toEqual(['ACA', 'Accreditation', 'ADA', 'Aftercare', 'ASAM']);
  });

  it('name and describe each page by its first and last word, within the topic rules (title ≤ 70, description 50 to 160 characters)', () => {
    const page = sitePages.find((candidate) => candidate.range.slug === 'd-l')!;
    expect(pageTitle(page)).toBe('Glossary: DBT to Level of care');
    expect(pageDescription(page)).toBe('Plain meanings of the words from DBT to Level of care that you will meet on this site, with links to related words.');
    for (const each of sitePages) {
      expect(pageTitle(each).length).toBeLessThanOrEqual(70);
      expect(pageDescription(each).length).toBeGreaterThanOrEqual(50);
      expect(pageDescription(each).length).toBeLessThanOrEqual(160);
    }
  });
});

describe('range checks', () => {
  it('name a missing letter, an overlap, a range out of order, a backwards range and a bad slug', () => {
    expect(rangeProblems([{ slug: 'a-c', from: 'a', to: 'c' }, { slug: 'e-z', from: 'e', to: 'z' }])).toEqual(['no range holds the letter "d"']);
    expect(rangeProblems([{ slug: 'a-m', from: 'a', to: 'm' }, { slug: 'k-z', from: 'k', to: 'z' }])).toEqual([
      'range "k-z": must start after "a-m" ends, so the pages stay in A to Z order',
      'the letter "k" is in more than one range: a-m, k-z',
      'the letter "l" is in more than one range: a-m, k-z',
      'the letter "m" is in more than one range: a-m, k-z',
    ]);
    expect(rangeProblems([{ slug: 'n-z', from: 'n', to: 'z' }, { slug: 'a-m', from: 'a', to: 'm' }])).toEqual([
      'range "a-m": must start after "n-z" ends, so the pages stay in A to Z order',
    ]);
    expect(rangeProblems([{ slug: 'z-a', from: 'z', to: 'a' }])[0]).toBe('range "z-a": "from" (z) comes after "to" (a)');
    expect(rangeProblems([{ slug: 'A to Z', from: 'a', to: 'z' }])).toEqual(['range "A to Z": the slug must be lowercase letters, digits and hyphens']);
  });

  it('keep lone letters out of titles and descriptions, which search indexes, unless a page has no words', () => {
    const pages = glossaryPages([word('php', 'PHP'), word('ptsd', 'PTSD'), word('iop', 'IOP')], ranges);
    expect(pages.map(pageTitle)).toEqual(['Glossary: A to H', 'Glossary: IOP to PTSD']);
    expect(pageDescription(pages[1]!)).not.toMatch(/\b[A-Z]\b/);
    const one = glossaryPages([word('php', 'PHP')], ranges)[1]!;
    expect(pageTitle(one)).toBe('Glossary: PHP');
    for (const each of [...pages, one]) expect(pageDescription(each).length, pageDescription(each)).toBeGreaterThanOrEqual(50);
    for (const each of sitePages) {
      expect(pageTitle(each)).not.toMatch(/\b[B-HJ-Zb-hj-z]\b/);
      expect(pageDescription(each)).not.toMatch(/\b[B-HJ-Zb-hj-z]\b/);
    }
  });

  it('stop the build when the ranges are wrong', () => {
    expect(() => glossaryPages([], [{ slug: 'a-y', from: 'a', to: 'y' }])).toThrow(/no range holds the letter "z"/);
  });
});

describe('which page a word is on', () => {
  it('files a word by its first letter, ignoring case and accents', () => {
    expect(rangeOf('Parity', ranges).slug).toBe('i-z');
    expect(rangeOf('ácido', ranges).slug).toBe('a-h');
    expect(rangeOf('Émile', ranges).slug).toBe('a-h');
  });

  it('files a word that starts with a digit on the first page, where numbers sort before letters', () => {
    expect(rangeOf('12-step groups', ranges).slug).toBe('a-h');
    const pages = glossaryPages([word('aca', 'ACA'), word('twelve', '12-step groups'), word('two', '2 steps')], ranges);
    expect(pages[0]!.entries.map((entry) => entry.id)).toEqual(['two', 'twelve', 'aca']);
  });

  it('stops the build, saying why, for a word that starts with anything else', () => {
    expect(() => rangeOf('“Quoted” word', ranges)).toThrow('Glossary word "“Quoted” word" starts with "“", which has no glossary page');
    expect(() => glossaryPages([word('dash', '-dash')], ranges)).toThrow(/starts with "-"/);
    expect(() => rangeOf('', ranges)).toThrow(/which has no glossary page/);
  });

  it('never moves a word when other words are added', () => {
    const before = new Map(sitePages.flatMap((page) => page.entries.map((entry) => [entry.id, page.path] as const)));
    const more = [...glossary, ...'abcdefghijklmnopqrstuvwxyz'.split('').map((letter) => word(`new-${letter}`, `${letter.toUpperCase()}new word`)), word('n1', '1 more')];
    const after = glossaryPages(more, glossaryRanges);
    expect(after.map((page) => page.path)).toEqual(sitePages.map((page) => page.path));
    for (const page of after) {
      for (const entry of page.entries) if (before.has(entry.id)) expect(page.path, entry.id).toBe(before.get(entry.id));
    }
  });

  it('finds a word’s page by id, and names the mistake for an unknown id', () => {
    expect(pageOfTerm('parity').path).toBe('glossary/m-p/');
    expect(() => pageOfTerm('no-such-word')).toThrow('No glossary word has the id "no-such-word"');
  });
});

describe('links to a word', () => {
  const own = sitePages.find((page) => page.range.slug === 'm-p')!;

  it('point at the word’s letter page and anchor, under the base path', () => {
    expect(termHref('parity')).toBe('/glossary/m-p/#parity');
    expect(termHref('aca', { base: '/iop/' })).toBe('/iop/glossary/a-c/#aca');
  });

  it('stay on the page for a word on the same page', () => {
    expect(termHref('php', { from: own })).toBe('#php');
    expect(termHref('aca', { from: own })).toBe('/glossary/a-c/#aca');
  });

  it('give the link checker every letter page with its word ids', () => {
    const anchors = glossaryPageAnchors();
    expect(Object.keys(anchors)).toEqual(['/glossary/a-c/', '/glossary/d-l/', '/glossary/m-p/', '/glossary/q-z/']);
    expect(anchors['/glossary/m-p/']).toContain('parity');
    expect(anchors['/glossary/m-p/']).not.toContain('aca');
  });

  it('map each old index address to the address of its meaning', () => {
    const forwards = glossaryForwards();
    expect(forwards.size).toBe(glossary.length);
    expect(forwards.get('/glossary/#parity')).toBe('/glossary/m-p/#parity');
    expect(forwards.get('/glossary/#withdrawal-management')).toBe('/glossary/q-z/#withdrawal-management');
  });
});

describe('A to Z order', () => {
  it('ignores case and accents and puts numbers first, in number order', () => {
    const sorted = [word('b', 'beta'), word('a2', 'Alpha'), word('n10', '10 steps'), word('n2', '2 steps'), word('a1', 'ASAM')].sort(byTerm);
    expect(sorted.map((entry) => entry.term)).toEqual(['2 steps', '10 steps', 'Alpha', 'ASAM', 'beta']);
  });
});

describe('the id in a location hash', () => {
  it('is the decoded hash without "#", or null when there is none or it is malformed', () => {
    expect(idFromHash('#parity')).toBe('parity');
    expect(idFromHash('#caf%C3%A9')).toBe('café');
    expect(idFromHash('')).toBeNull();
    expect(idFromHash('#')).toBeNull();
    expect(idFromHash('#%E0%A4%A')).toBeNull();
  });
});

describe('withLetterPageKeywords', () => {
  it('gives every letter page the meaning keywords and keeps each topic’s own', () => {
    const topics = new Map([
      ['costs', ['rehab cost']],
      ['glossary', ['glossary']],
    ]);
    const all = withLetterPageKeywords(topics);
    expect(all.get('costs')).toEqual(['rehab cost']);
    expect(all.get('glossary')).toEqual(['glossary']);
    expect(sitePages.length).toBeGreaterThan(1);
    for (const page of sitePages) expect(all.get(page.path.slice(0, -1)), page.path).toEqual(glossaryPageKeywords);
    expect(all.size).toBe(topics.size + sitePages.length);
    expect(topics.size, 'the map passed in is left as it was').toBe(2);
  });
});
