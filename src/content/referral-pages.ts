import { render } from 'astro:content';
import type { Lang } from '../i18n/languages.ts';
import { referralPages, type ReferralPage } from '../lib/referral-email.ts';
import { spanishHeadingId, topicPathIn } from '../lib/spanish-edition.ts';
import { getTopics } from './topics.ts';

/**
 * Each published topic of one language with its `##` sections, as the referral pages and their parts files offer
 * them. One place, so a page's checkboxes and the parts the builder loads always come from the same build. Every
 * topic keeps its English id (a Spanish page gives its translationOf), so a choice made on one page can be said in
 * the other language; Spanish anchors are the plain ASCII ids the Spanish pages print.
 */
export async function getReferralPages(siteUrl: string | URL, basePath: string, lang: Lang = 'en'): Promise<ReferralPage[]> {
  const topics = await getTopics(lang);
  const sources = await Promise.all(
    topics.map(async (topic) => {
      const { headings } = await render(topic);
      return {
        id: 'translationOf' in topic.data ? topic.data.translationOf : topic.id,
        path: topicPathIn(lang, topic.id),
        title: topic.data.title,
        description: topic.data.description,
        order: topic.order,
        headings: lang === 'es' ? headings.map((heading) => ({ ...heading, slug: spanishHeadingId(heading.slug) })) : headings,
      };
    }),
  );
  return referralPages(sources, siteUrl, basePath);
}
