import { describe, expect, it } from 'vitest';
import { findCollectionProblems } from '../../src/lib/collection-checks.ts';

const topic = (id: string, order: number, related: string[] = []) => ({ id, order, related, filePath: `content/topics/${id}.mdx` });

describe('collection checks', () => {
  it('accepts a consistent collection', () => {
    expect(findCollectionProblems([topic('a', 1, ['b']), topic('b', 2, ['a'])])).toEqual([]);
  });

  it('names both files when two topics share an order number', () => {
    const [problem] = findCollectionProblems([topic('a', 1), topic('b', 1)]);
    expect(problem).toMatch(/content\/topics\/b\.mdx: field "order" is 1, which content\/topics\/a\.mdx already uses/);
  });

  it('names the file, the field and the missing topic for an unknown related slug', () => {
    const [problem] = findCollectionProblems([topic('a', 1, ['nope'])]);
    expect(problem).toMatch(/content\/topics\/a\.mdx: field "related" names "nope".*Expected one of: a/);
  });

  it('rejects a topic that lists itself as related', () => {
    expect(findCollectionProblems([topic('a', 1, ['a'])])[0]).toMatch(/lists the page itself/);
  });
});
