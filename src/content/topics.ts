import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedInOrder } from '../lib/topic-nav.ts';

export type Topic = CollectionEntry<'topics'>;

/** Every published topic in reading order, flattened so the pure navigation helpers can use it. */
export async function getTopics(): Promise<(Topic & { order: number; group: string; draft: boolean })[]> {
  const entries = await getCollection('topics');
  return publishedInOrder(
    entries.map((entry) => ({ ...entry, order: entry.data.order, group: entry.data.group, draft: entry.data.draft })),
  );
}
