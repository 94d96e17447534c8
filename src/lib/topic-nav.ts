/** Ordering and navigation between topics: pure, so it is unit-tested without Astro. */

export interface NavTopic {
  id: string;
  order: number;
  draft?: boolean;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Published topics in reading order. */
export function publishedInOrder<T extends NavTopic>(topics: readonly T[]): T[] {
  return topics.filter((topic) => !topic.draft).sort((a, b) => a.order - b.order);
}

export function neighbours<T extends NavTopic>(ordered: readonly T[], id: string): { previous?: T; next?: T } {
  const index = ordered.findIndex((topic) => topic.id === id);
  if (index === -1) throw new Error(`Topic "${id}" is not in the published list`);
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

/** The on-page contents list: the page's `##` sections. */
export function contentsOf(headings: readonly Heading[]): Heading[] {
  return headings.filter((heading) => heading.depth === 2);
}

/** A contents list of one section would only point at the next screen, so it shows from two sections up. */
export function showsContents(contents: readonly Heading[]): boolean {
  return contents.length > 1;
}

export function groupTopics<T extends NavTopic & { group: string }, G extends string>(
  ordered: readonly T[],
  groups: readonly G[],
): { group: G; topics: T[] }[] {
  return groups
    .map((group) => ({ group, topics: ordered.filter((topic) => topic.group === group) }))
    .filter((entry) => entry.topics.length > 0);
}
