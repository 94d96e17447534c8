import { describe, expect, it } from 'vitest';
import { mdxToProse } from '../../src/lib/prose.ts';
import { topicProse } from '../../src/lib/topic-prose.ts';

const factText = (name: string): string => {
  if (name === 'iopHoursAdult') return '9 to 19 hours a week';
  throw new Error(`unknown fact ${name}`);
};

const source = `---
title: "What is it?"
description: "A description that is long enough for the schema."
keyPoints:
  - "First point"
  - "Second point."
---
import Thing from './thing.astro';

An IOP gives you <Fact name="iopHoursAdult"/> of care. See [levels](/levels-of-care/) and **read on**

## Who is it for?
- People who work
1. People at <Name>Alcoholics Anonymous</Name> meetings.

<Callout type="urgent" title="Call 911 now">
Get help.
</Callout>

| Level | Hours |
|---|---|
| IOP | Many |
`;

describe('prose extraction', () => {
  it('makes headings, list items, table cells and paragraphs separate sentences', () => {
    const prose = mdxToProse(source, { factText, keepQuotedNames: true });
    expect(prose.split('\n')).toEqual([
      'An IOP gives you 9 to 19 hours a week of care. See levels and read on.',
      'Who is it for?',
      'People who work.',
      'People at Alcoholics Anonymous meetings.',
      'Call 911 now.',
      'Get help.',
      'Level.',
      'Hours.',
      'IOP.',
      'Many.',
    ]);
  });

  it('drops quoted names for the word check', () => {
    expect(mdxToProse(source, { factText, keepQuotedNames: false })).not.toContain('Alcoholics');
  });

  it('fails on an unknown fact instead of hiding it', () => {
    expect(() => mdxToProse('<Fact name="typo"/>', { factText, keepQuotedNames: true })).toThrow(/unknown fact typo/);
  });

  it('adds the title, description and key points to a page’s prose', () => {
    const lines = topicProse(source, { factText, keepQuotedNames: true }).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'What is it?',
      'A description that is long enough for the schema.',
      'First point.',
      'Second point.',
    ]);
  });
});
