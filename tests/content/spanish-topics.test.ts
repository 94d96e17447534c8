import { describe, expect, it } from 'vitest';
import { CONTENTS_ID, CRISIS_LINES_HEADING_ID, KEY_POINTS_ID, MAIN_ID, RELATED_ID, SOURCES_ID } from '../../src/constants.ts';
import { spanishTopicSchema } from '../../src/content/topic-schema-es.ts';
import { spanishTopicsDir } from '../../src/content/topics-dir.ts';
import { glossary } from '../../src/data/glossary.ts';
import { spanishAvoidWordProblems } from '../../src/lib/avoid-words-es.ts';
import { facts } from '../../src/lib/facts.ts';
import { factTextEs } from '../../src/lib/facts-es.ts';
import { findMdxProblems } from '../../src/lib/mdx-checks.ts';
import { scanMdx, type MdxScan } from '../../src/lib/mdx-scan.ts';
import { stripFrontMatter } from '../../src/lib/prose.ts';
import { INFLESZ_FAIRLY_EASY, spanishReadability } from '../../src/lib/readability-es.ts';
import { spanishFixedPages, spanishHeadingId, spanishTopicRoute, spanishTopicSlugs } from '../../src/lib/spanish-edition.ts';
import { topicProse } from '../../src/lib/topic-prose.ts';
import { topicFiles } from './helpers.ts';

/**
 * The Spanish edition's topic pages (content/es/topics/), checked before they are routed: each is a whole, readable
 * translation of one English page, with the same facts (the same <Fact> names, so no number is typed twice) and links
 * that stay inside the Spanish edition and reach real sections.
 */
const english = topicFiles();
const spanish = topicFiles(spanishTopicsDir.replace(/^\.\//, ''));
const englishBySlug = new Map(english.map((topic) => [topic.slug, topic]));
const LAYOUT_IDS = [MAIN_ID, KEY_POINTS_ID, CONTENTS_ID, SOURCES_ID, RELATED_ID, CRISIS_LINES_HEADING_ID];
/** The glossary page is a list the <Glossary/> component prints; its own prose is two sentences, too few to score. */
const tooShortToScore = new Set(['glosario']);

const parsed = spanish.map((topic) => ({ topic, result: spanishTopicSchema.safeParse(topic.front) }));
const data = (slug: string) => parsed.find((entry) => entry.topic.slug === slug)!.result.data!;
const componentValues = (source: string, component: string, attribute: string): string[] =>
  [...source.matchAll(new RegExp(`<${component}\\s+${attribute}="([^"]+)"`, 'g'))].map((match) => match[1]!);

async function scans(): Promise<Map<string, MdxScan>> {
  const result = new Map<string, MdxScan>();
  for (const topic of spanish) result.set(topic.slug, await scanMdx(stripFrontMatter(topic.source)));
  return result;
}

describe('the Spanish topic pages', () => {
  it('translate every English page once (the check is not vacuous)', () => {
    expect(spanish.length).toBe(english.length);
    const twins = parsed.map(({ result }) => result.data?.translationOf);
    expect([...twins].sort()).toEqual(english.map((topic) => topic.slug).sort());
  });

  for (const { topic, result } of parsed) {
    describe(topic.path, () => {
      it('meets the schema, with its English twin and the review it was translated from', () => {
        expect(result.error?.issues ?? []).toEqual([]);
        const twin = englishBySlug.get(result.data!.translationOf)!;
        expect(twin, `translationOf "${result.data!.translationOf}"`).toBeDefined();
        const englishLast = new Date(String((twin.front.reviewed as { last: unknown }).last));
        expect(result.data!.translatedFrom.getTime()).toBeLessThanOrEqual(englishLast.getTime());
        expect(spanishTopicRoute(topic.slug)).toBe(`/es/${topic.slug}/`);
        // The frame links by src/lib/spanish-edition.ts, so the file name and that table must agree.
        expect(spanishTopicSlugs[result.data!.translationOf], 'spanishTopicSlugs in src/lib/spanish-edition.ts').toBe(topic.slug);
      });

      it('keeps the English page’s order, group, sources and facts', () => {
        const page = data(topic.slug);
        const twin = englishBySlug.get(page.translationOf)!;
        expect(page.order).toBe(twin.front.order);
        expect(page.group).toBe(twin.front.group);
        expect(JSON.stringify(page.sources.map((source) => source.url))).toBe(
          JSON.stringify((twin.front.sources as { url: string }[]).map((source) => source.url)),
        );
        expect(page.keyPoints).toHaveLength((twin.front.keyPoints as string[]).length);
        const placeholders = (points: readonly string[]) => points.flatMap((point) => point.match(/\{fact:\w+\}/g) ?? []).sort();
        expect(placeholders(page.keyPoints)).toEqual(placeholders(twin.front.keyPoints as string[]));
        const factNames = (source: string) => [...new Set(componentValues(source, 'Fact', 'name'))].sort();
        expect(factNames(topic.source)).toEqual(factNames(twin.source));
        for (const name of factNames(topic.source)) expect(Object.keys(facts)).toContain(name);
        for (const id of componentValues(topic.source, 'Term', 'id')) expect(glossary.map((entry) => entry.id), id).toContain(id);
      });

      it('relates to Spanish pages only', () => {
        const slugs = new Set(spanish.map((candidate) => candidate.slug));
        for (const related of data(topic.slug).related) expect(slugs, related).toContain(related);
      });

      it(`reads "bastante fácil" or easier (INFLESZ ≥ ${INFLESZ_FAIRLY_EASY}) and uses none of the avoided words`, () => {
        const prose = topicProse(topic.source, { factText: factTextEs, keepQuotedNames: true });
        if (!tooShortToScore.has(topic.slug)) {
          const { score } = spanishReadability(prose);
          console.log(`  INFLESZ ${score.toFixed(1)}  ${topic.slug}`);
          expect(score).toBeGreaterThanOrEqual(INFLESZ_FAIRLY_EASY);
        }
        const quotedNamesLeftOut = topicProse(topic.source, { factText: factTextEs, keepQuotedNames: false });
        expect(spanishAvoidWordProblems(`${quotedNamesLeftOut}\n${data(topic.slug).keywords.join('\n')}`)).toEqual([]);
      });
    });
  }

  it('link only to Spanish pages and sections that exist, and every heading has a plain ASCII id', async () => {
    const scanned = await scans();
    const anchors = new Map<string, Set<string>>();
    for (const topic of spanish) {
      const ids = scanned.get(topic.slug)!.headingIds.map(spanishHeadingId);
      for (const id of ids) expect(id, `${topic.path}: #${id}`).toMatch(/^[a-z0-9-]+$/);
      anchors.set(spanishTopicRoute(topic.slug), new Set([...LAYOUT_IDS, ...ids]));
    }
    for (const route of Object.values(spanishFixedPages)) anchors.set(route, new Set([MAIN_ID]));
    for (const entry of glossary) anchors.get('/es/glosario/')?.add(entry.id);
    const problems: string[] = [];
    for (const topic of spanish) {
      const scan = scanned.get(topic.slug)!;
      // The checker compares against Spanish ids, so a link is written the way the page will print its headings.
      const spanishScan = { ...scan, headingIds: scan.headingIds.map(spanishHeadingId) };
      for (const problem of findMdxProblems(spanishScan, {
        anchors,
        ownRoute: spanishTopicRoute(topic.slug),
        namedComponents: [
          { component: 'Fact', attribute: 'name', known: Object.keys(facts), listedIn: 'src/lib/facts.ts' },
          { component: 'Term', attribute: 'id', known: glossary.map((entry) => entry.id), listedIn: 'src/data/glossary.ts' },
        ],
      })) {
        problems.push(`${topic.path}: ${problem}`);
      }
      for (const element of scan.elements) {
        const href = element.name === 'a' ? element.attributes.href : undefined;
        const address = href && 'text' in href ? href.text : undefined;
        if (address?.startsWith('/') && !address.startsWith('/es/')) problems.push(`${topic.path}:${element.line}: link "${address}" leaves the Spanish edition`);
      }
    }
    expect(problems).toEqual([]);
  });
});
