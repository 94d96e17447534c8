import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/languages.ts';
import { publishedInOrder } from '../lib/topic-nav.ts';

/** A topic page in either language; a Spanish one adds the English page it translates. */
export type Topic = CollectionEntry<'topics'> | CollectionEntry<'topicsEs'>;

/** Every published topic of one language in reading order, flattened so the pure navigation helpers can use it. */
export async function getTopics(lang: Lang = 'en'): Promise<(Topic & { order: number; group: string; draft: boolean })[]> {
  const entries: Topic[] = lang === 'es' ? await getCollection('topicsEs') : await getCollection('topics');
  return publishedInOrder(
    entries.map((entry) => ({ ...entry, order: entry.data.order, group: entry.data.group, draft: entry.data.draft })),
  );
}
