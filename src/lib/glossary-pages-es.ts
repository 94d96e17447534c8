/**
 * The Spanish glossary's letter pages (/es/glosario/a-c/ and so on), and the one place components ask which edition's
 * words and pages to show.
 *
 * Each Spanish word keeps its English id as its anchor (/es/glosario/m-p/#parity). The id is what ties the two
 * editions together: <Term id> in a Spanish topic, the "see also" links and the language switch all name it, and one
 * set of public anchors that never changes is safer than a second, translated set that could drift from it. Readers
 * see the id only at the end of an address.
 */
import { glossary, type GlossaryEntry } from '../data/glossary.ts';
import { glossaryEs, type GlossaryTextEs } from '../data/glossary-es.ts';
import { glossaryRanges } from '../data/glossary-pages.ts';
import type { Lang } from '../i18n/languages.ts';
import { glossaryPages, sitePages, termOrder, type GlossaryPage } from './glossary-pages.ts';

const spanishWords: Readonly<Record<string, GlossaryTextEs>> = glossaryEs;

/**
 * The glossary with Spanish words: the English entry's id and "see also" ids, the Spanish term, expansion and
 * definition. A word with no Spanish stops the build (tests/unit/glossary-es.test.ts names it first).
 */
export function inSpanish(entries: readonly GlossaryEntry[], spanish: Readonly<Record<string, GlossaryTextEs>> = spanishWords): GlossaryEntry[] {
  return entries.map(({ id, see }) => {
    const words = spanish[id];
    if (!words) throw new Error(`Glossary word "${id}" has no Spanish words: add it to src/data/glossary-es.ts`);
    return { id, term: words.term, ...(words.expansion ? { expansion: words.expansion } : {}), definition: words.definition, ...(see ? { see } : {}) };
  });
}

/** The Spanish glossary, in the English file's order. */
export const spanishGlossary: readonly GlossaryEntry[] = inSpanish(glossary);

/** The Spanish letter pages: the English ranges and slugs, each Spanish word on the page of its Spanish first letter. */
export const spanishSitePages: readonly GlossaryPage[] = glossaryPages(spanishGlossary, glossaryRanges, 'es');

/** The glossary's words in a language, A to Z in that language's order (the A to Z index). */
export function glossaryInOrder(lang: Lang): GlossaryEntry[] {
  return [...(lang === 'es' ? spanishGlossary : glossary)].sort(termOrder(lang));
}

/** The letter pages of a language's edition. */
export function glossaryPagesIn(lang: Lang): readonly GlossaryPage[] {
  return lang === 'es' ? spanishSitePages : sitePages;
}
