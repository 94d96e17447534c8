import { z } from 'astro/zod';
import { topicGroups } from '../data/topic-groups.ts';
import { expected } from './schema-messages.ts';

export { topicGroups };

const slug = z
  .string(expected('a topic slug: lowercase words joined by hyphens'))
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a topic slug: lowercase words joined by hyphens, e.g. "levels-of-care"');

const httpsUrl = z
  .url(expected('a full web address starting with https://'))
  .refine((url) => url.startsWith('https://'), 'must start with https:// (a secure link), not http://');

export const sourceSchema = z.object({
  /** The organization that published the source, spelled out, e.g. "Substance Abuse and Mental Health Services Administration (SAMHSA)". */
  publisher: z.string(expected('the name of the publisher')).min(2, 'must name the publisher'),
  /** The source's own title, quoted as published. */
  title: z.string(expected('the source’s own title')).min(2, 'must give the title'),
  /** Year the source was published or last updated, as the source itself shows it. Leave it out when the source shows
   * none (a live web page, a locator): never put the year it was read here. */
  published: z.number(expected('the four-digit year the source was published, or left out')).int('must be a four-digit year').min(1950, 'must be a four-digit year').max(2100, 'must be a four-digit year').optional(),
  /** The day someone last opened the link and checked the fact against it (YYYY-MM-DD). */
  accessed: z.coerce.date(expected('the date the source was last checked, written YYYY-MM-DD')),
  /** Where a reader can check it, over https. */
  url: httpsUrl,
}, expected('a source with publisher, title, accessed date and url'));

export const reviewedSchema = z
  .object({
    /** When the whole page was last checked against its sources (YYYY-MM-DD). */
    last: z.coerce.date(expected('a date written YYYY-MM-DD')),
    /** When it must be checked again (YYYY-MM-DD); must come after `last`. */
    next: z.coerce.date(expected('a date written YYYY-MM-DD')),
  }, expected('the review dates: last and next, each written YYYY-MM-DD'))
  .refine((reviewed) => reviewed.next.getTime() > reviewed.last.getTime(), {
    message: 'reviewed.next must be a later date than reviewed.last',
    path: ['next'],
  });

/** Front matter every file in content/topics/ must have. The file name (without .mdx) is the page's URL slug. */
export const topicSchema = z.object({
  /** The page title: the question a reader asks, or the plain name of the thing. At most 70 characters. */
  title: z.string(expected('the page title as a reader asks it, at most 70 characters')).min(3, 'must not be empty').max(70, 'must be at most 70 characters (it is shown in search results and tabs)'),
  /** One sentence of 50 to 160 characters: meta description, search excerpt, link preview and referral-email line. */
  description: z
    .string(expected('one sentence of 50 to 160 characters'))
    .min(50, 'must be at least 50 characters: one full sentence')
    .max(160, 'must be at most 160 characters, so previews and search results do not cut it off'),
  /** Position in navigation and in previous/next links: a whole number, different for every topic. */
  order: z.number(expected('a whole number giving the position in navigation')).int('must be a whole number').positive('must be 1 or more'),
  /** Heading the topic is listed and filtered under. */
  group: z.enum(topicGroups, { message: `must be one of: ${topicGroups.join(', ')}` }),
  /** 3 to 5 short sentences that answer the page on their own; shown as "In short" under the title. A key number is
   * written as a fact placeholder, e.g. "An IOP session costs {fact:costIopSession}.", filled from src/lib/facts.ts. */
  keyPoints: z.array(z.string(expected('a short sentence')).min(3), expected('a list of 3 to 5 short sentences')).min(3, 'must list at least 3 key points').max(5, 'must list at most 5 key points'),
  /** Words readers search with that the page may not use ("price", "rehab", "PHP"); weighted in search. They are added
   * to the search index only (scripts/index-search.ts), never to the page a reader downloads. */
  keywords: z.array(z.string(expected('a word or phrase readers search with')).min(2), expected('a list of words readers search with')).default([]),
  /** Review dates, shown under the content as "Page last reviewed" and "Next review due". */
  reviewed: reviewedSchema,
  /** Where the page's facts come from; at least one. */
  sources: z.array(sourceSchema, expected('a list of sources with publisher, title, accessed date and url (and published year where shown)')).min(1, 'must list at least one source'),
  /** Slugs of other topics to suggest at the end of the page; each must exist. */
  related: z.array(slug, expected('a list of topic slugs')).default([]),
  /**
   * Old heading anchors that must keep working after a heading is renamed: old id -> current id.
   * Links already sent in emails use the old id; the page keeps an element with it.
   */
  anchorAliases: z.record(slug, slug, expected('old id: current id pairs')).default({}),
  /** A draft is checked but not published. */
  draft: z.boolean(expected('true or false')).default(false),
});

export type TopicData = z.infer<typeof topicSchema>;
