import { describe, expect, it } from 'vitest';
import { firstNonUtf8Line, impossibleDates, suggestedFileName, topicFileProblems } from '../../src/lib/topic-files.ts';

const text = (value: string) => new TextEncoder().encode(value);
const topic = (extra = '') => text(`---\ntitle: "A"\n${extra}---\nBody.\n`);

describe('topic file names', () => {
  it('suggest a lowercase, hyphenated ASCII name', () => {
    expect(suggestedFileName('Costs.mdx')).toBe('costs.mdx');
    expect(suggestedFileName('My Topic.mdx')).toBe('my-topic.mdx');
    expect(suggestedFileName('qué-es_un IOP.MDX')).toBe('que-es-un-iop.mdx');
    expect(suggestedFileName('notes.md')).toBe('notes.mdx');
  });

  it('refuse bad names and two files for one address, naming both', () => {
    const problems = topicFileProblems('content/topics', [
      { name: 'costs.mdx', bytes: topic() },
      { name: 'Costs.mdx', bytes: topic() },
      { name: 'faq.md', bytes: topic() },
      { name: 'new.mdx', bytes: topic('slug: costs\n') },
    ]);
    expect(problems).toEqual([
      'content/topics/Costs.mdx: the file name becomes the page\'s address, so it must be lowercase letters, digits and hyphens; rename it to costs.mdx, but costs.mdx already exists: merge the two files or choose another name',
      'content/topics/Costs.mdx: content/topics/costs.mdx and content/topics/Costs.mdx would both be the page /costs/; each page needs its own address',
      'content/topics/faq.md: only .mdx files are topics; rename it to faq.mdx or move it out of content/topics',
      'content/topics/new.mdx: content/topics/costs.mdx and content/topics/new.mdx (by its slug field) would both be the page /costs/; each page needs its own address',
    ]);
  });

  it('accept good names', () => {
    expect(topicFileProblems('content/topics', [{ name: 'levels-of-care.mdx', bytes: topic() }, { name: 'faq.mdx', bytes: topic() }])).toEqual([]);
  });
});

describe('text encoding', () => {
  it('finds the line of the first byte that is not UTF-8', () => {
    expect(firstNonUtf8Line(text('a\nb\nc'))).toBeUndefined();
    expect(firstNonUtf8Line(new Uint8Array([0x61, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]))).toBe(2);
    expect(firstNonUtf8Line(text('caf\u00e9 ☕'))).toBeUndefined();
  });
});

describe('dates in front matter', () => {
  it('refuse days that are not on the calendar, with the line and the month length', () => {
    const source = '---\nreviewed:\n  last: 2026-02-30\n  next: 2028-02-29\nsources:\n  - publisher: "X"\n    accessed: 2026-13-01\n---\n2026-02-31 in the body is not checked.\n';
    expect(impossibleDates(source)).toEqual([
      { line: 3, problem: 'field "last" is 2026-02-30, which is not a date: February 2026 has 28 days. Write the date as YYYY-MM-DD' },
      { line: 7, problem: 'field "accessed" is 2026-13-01, which is not a date: the month must be 01 to 12. Write the date as YYYY-MM-DD' },
    ]);
  });
});
