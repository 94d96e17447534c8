import { describe, expect, it } from 'vitest';
import { contentsOf, groupTopics, neighbours, publishedInOrder, showsContents } from '../../src/lib/topic-nav.ts';

const topics = [
  { id: 'costs', order: 3, group: 'B' },
  { id: 'intro', order: 1, group: 'A' },
  { id: 'draft', order: 2, group: 'A', draft: true },
  { id: 'levels', order: 2, group: 'A' },
];

describe('topic navigation', () => {
  it('orders published topics and leaves drafts out', () => {
    expect(publishedInOrder(topics).map((t) => t.id)).toEqual(['intro', 'levels', 'costs']);
  });

  it('finds previous and next topics, with none past either end', () => {
    const ordered = publishedInOrder(topics);
    expect(neighbours(ordered, 'levels')).toMatchObject({ previous: { id: 'intro' }, next: { id: 'costs' } });
    expect(neighbours(ordered, 'intro').previous).toBeUndefined();
    expect(neighbours(ordered, 'costs').next).toBeUndefined();
    expect(() => neighbours(ordered, 'draft')).toThrow(/not in the published list/);
  });

  it('lists only second-level headings as contents', () => {
    const headings = [
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a-1', text: 'A 1' },
      { depth: 2, slug: 'b', text: 'B' },
    ];
    expect(contentsOf(headings).map((h) => h.slug)).toEqual(['a', 'b']);
  });

  it('shows a contents list (and links back to it) only from two sections up', () => {
    const section = (slug: string) => ({ depth: 2, slug, text: slug });
    expect(showsContents([])).toBe(false);
    expect(showsContents([section('a')])).toBe(false);
    expect(showsContents([section('a'), section('b')])).toBe(true);
  });

  it('groups topics in the given group order and drops empty groups', () => {
    const grouped = groupTopics(publishedInOrder(topics), ['B', 'A', 'C']);
    expect(grouped.map((g) => [g.group, g.topics.map((t) => t.id)])).toEqual([
      ['B', ['costs']],
      ['A', ['intro', 'levels']],
    ]);
  });
});
