import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { builtPage, text } from './dist.ts';
import { builtPages } from '../../scripts/shared/site-pages.ts';

/**
 * The clinical lines the site must hold (CONTENT.md, "Safety on every page"; FACTS.md, "Withdrawal, opioids and
 * overdose" and "Levels of care"), checked on what readers get: the built text of every page, topics, glossary,
 * tools and all. Each rule names the page and quotes the text that breaks it.
 */
const pages = builtPages().map((path) => ({ path, main: builtPage(path).querySelector('main') }));

/** Paragraph-sized pieces of a page's main content: what a reader takes in as one statement. */
function blocks(main: HTMLElement | null): string[] {
  if (!main) return [];
  return main.querySelectorAll('p, li, td, th, dd, dt, h2, h3, figcaption, caption').map((element) => text(element));
}

const opioidWords = /\b(opioids?|fentanyl|heroin)\b/i;

describe('withdrawal: never one rule for alcohol, sedatives and opioids', () => {
  it('never lists alcohol, benzodiazepines and opioids under one withdrawal rule', () => {
    const oneRule = /alcohol,\s*(benzodiazepines|benzos)(,\s*other sedatives)?,?\s*(or|and)\s*opioids/i;
    const found = pages.flatMap(({ path, main }) => blocks(main).filter((block) => oneRule.test(block)).map((block) => `${path}: ${block}`));
    expect(found).toEqual([]);
  });

  it('never puts withdrawal care first where a statement is about opioids', () => {
    // "Supervised withdrawal (usually) comes first", "detox first"; not "you do not have to go through withdrawal first".
    const withdrawalFirst = /\b(withdrawal|detox)\s+(\w+\s+)?(comes?|goes)\s+first\b|\b(detox|withdrawal care|withdrawal management)\s+first\b/i;
    const found = pages.flatMap(({ path, main }) =>
      blocks(main)
        .filter((block) => opioidWords.test(block) && withdrawalFirst.test(block))
        .map((block) => `${path}: ${block}`),
    );
    expect(found).toEqual([]);
  });

  it('keeps overdose signs and naloxone one link away wherever opioids are mentioned', () => {
    const overdoseLink = /\/opioids-and-overdose\/|\/es\/opioides-y-sobredosis\/|#naloxone$|#overdose$/;
    // The overdose page itself (and its Spanish twin) is the information the others link to.
    const missing = pages
      .filter(({ path }) => path !== '/opioids-and-overdose/' && path !== '/es/opioides-y-sobredosis/')
      .filter(({ main }) => main && opioidWords.test(text(main)))
      .filter(({ main }) => !main!.querySelectorAll('a[href]').some((link) => overdoseLink.test(link.getAttribute('href') ?? '')))
      .map(({ path }) => path);
    expect(missing).toEqual([]);
  });
});

describe('evidence and levels of care', () => {
  it('never calls the IOP evidence review "large"', () => {
    const found = pages.flatMap(({ path, main }) => blocks(main).filter((block) => /\blarge (review|study)\b/i.test(block)).map((block) => `${path}: ${block}`));
    expect(found).toEqual([]);
  });

  it('gives the 4th-edition name wherever partial hospitalization is named', () => {
    const missing = pages
      .filter(({ main }) => main && /partial hospitali[sz]ation/i.test(text(main)))
      .filter(({ main }) => !/high-intensity outpatient/i.test(text(main)))
      .map(({ path }) => path);
    expect(missing).toEqual([]);
  });

  it('says which ASAM edition wherever ASAM level numbers are listed', () => {
    const levelNumber = /\b(level|levels)\s+[0-4]\.\d\b/i;
    const missing = pages
      .filter(({ main }) => main && levelNumber.test(text(main)))
      .filter(({ main }) => !/4th edition/i.test(text(main)))
      .map(({ path }) => path);
    expect(missing).toEqual([]);
  });

  it('never calls level 2.5 a PHP without its current name', () => {
    const found = pages.flatMap(({ path, main }) =>
      blocks(main)
        .filter((block) => /\blevel 2\.5 is (a |an )?(PHP|partial hospitali[sz]ation)/i.test(block) && !/high-intensity/i.test(block))
        .map((block) => `${path}: ${block}`),
    );
    expect(found).toEqual([]);
  });
});

/**
 * The same lines in the Spanish edition, in its own words: a translation must not lose a safety rule the English
 * page holds. The pages are the /es/ ones; the patterns are the Spanish ways to break each rule.
 */
describe('the Spanish pages hold the same clinical lines', () => {
  const spanish = pages.filter(({ path }) => path.startsWith('/es/'));

  it('are checked at all (the Spanish edition is built)', () => {
    expect(spanish.length).toBeGreaterThanOrEqual(18);
  });

  it('never list alcohol, benzodiazepines and opioids under one withdrawal rule', () => {
    const oneRule = /alcohol,\s*(las\s+)?benzodiazepinas(,?\s*(u\s+)?otros\s+sedantes)?,?\s*(o|y)\s*(los\s+)?opioides/i;
    const found = spanish.flatMap(({ path, main }) => blocks(main).filter((block) => oneRule.test(block)).map((block) => `${path}: ${block}`));
    expect(found).toEqual([]);
  });

  it('never put withdrawal care first where a statement is about opioids', () => {
    const withdrawalFirst = /(desintoxicaci[oó]n|manejo de la abstinencia|abstinencia)\s+(va|viene|es)\s+(lo\s+)?primero|primero,?\s+(la\s+)?desintoxicaci[oó]n/i;
    const found = spanish.flatMap(({ path, main }) =>
      blocks(main)
        .filter((block) => /\b(opioides?|fentanilo|heroína)\b/i.test(block) && withdrawalFirst.test(block))
        .map((block) => `${path}: ${block}`),
    );
    expect(found).toEqual([]);
  });

  it('give the 4th-edition name wherever partial hospitalization is named', () => {
    const missing = spanish
      .filter(({ main }) => main && /hospitalizaci[oó]n parcial/i.test(text(main)))
      .filter(({ main }) => !/alta intensidad/i.test(text(main)))
      .map(({ path }) => path);
    expect(missing).toEqual([]);
  });

  it('say which ASAM edition wherever ASAM level numbers are listed', () => {
    const missing = spanish
      .filter(({ main }) => main && /\bnivel(es)?\s+[0-4]\.\d\b/i.test(text(main)))
      .filter(({ main }) => !/4\.ª edición|cuarta edición/i.test(text(main)))
      .map(({ path }) => path);
    expect(missing).toEqual([]);
  });
});
