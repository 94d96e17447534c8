import { glossaryTopicId } from '../data/glossary-pages.ts';
import type { Lang } from '../i18n/languages.ts';
import { pageDescription, pageTitle, sitePages } from '../lib/glossary-pages.ts';
import { spanishSitePages } from '../lib/glossary-pages-es.ts';
import { spanishTopicSlugs } from '../lib/spanish-edition.ts';
import { neighbours } from '../lib/topic-nav.ts';
import { getTopics } from './topics.ts';

/**
 * The glossary's letter pages in one language (/glossary/a-c/, /es/glosario/a-c/ …): each is the glossary topic under
 * its own title, with the topic's frame, dates, sources, related topics and neighbours. Test fixtures build without a
 * glossary topic, and so without letter pages.
 */
export async function glossaryLetterPaths(lang: Lang) {
  const topics = await getTopics(lang);
  const id = lang === 'es' ? spanishTopicSlugs[glossaryTopicId] : glossaryTopicId;
  const glossary = topics.find((topic) => topic.id === id);
  if (!glossary) return [];
  const related = glossary.data.related.map((relatedId) => topics.find((candidate) => candidate.id === relatedId)!);
  return (lang === 'es' ? spanishSitePages : sitePages).map((page) => ({
    params: { range: page.range.slug },
    props: {
      page,
      // The spread keeps the entry's own type.
      topic: { ...glossary, data: { ...glossary.data, title: pageTitle(page), description: pageDescription(page) } } as typeof glossary,
      related,
      ...neighbours(topics, glossary.id),
    },
  }));
}
