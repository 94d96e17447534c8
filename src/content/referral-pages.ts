import { render } from 'astro:content';
import { referralPages, type ReferralPage } from '../lib/referral-email.ts';
import { getTopics } from './topics.ts';

/**
 * Each published topic with its `##` sections, as the /for-referrers/ page and its parts file offer them. One place,
 * so the page's checkboxes and the parts the builder loads always come from the same build.
 */
export async function getReferralPages(siteUrl: string | URL, basePath: string): Promise<ReferralPage[]> {
  const topics = await getTopics();
  const sources = await Promise.all(
    topics.map(async (topic) => ({
      id: topic.id,
      title: topic.data.title,
      description: topic.data.description,
      order: topic.order,
      headings: (await render(topic)).headings,
    })),
  );
  return referralPages(sources, siteUrl, basePath);
}
