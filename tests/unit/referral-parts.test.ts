import { describe, expect, it } from 'vitest';
import { buildReferralEmail, referralPages } from '../../src/lib/referral-email.ts';
import { topicPath } from '../../src/lib/site-config.ts';
import { REFERRAL_PARTS_PATH, readReferralParts, referralPartsFile } from '../../src/lib/referral-parts.ts';

const pages = referralPages(
  [
    {
      id: 'costs',
      title: 'How much does an IOP cost?',
      description: 'What an IOP may cost and how health plans help pay.',
      order: 7,
      headings: [
        { depth: 2, slug: 'insurance', text: 'Insurance' },
        { depth: 3, slug: 'medicare', text: 'Medicare' },
        { depth: 2, slug: 'prior-authorization', text: 'Prior authorization' },
      ],
    },
    { id: 'glossary', title: 'Glossary', description: 'Words used in this guide, in plain English.', order: 9, headings: [] },
    {
      id: 'faq',
      title: 'Questions people ask',
      description: 'Short answers about work, cost, family and what comes next.',
      order: 8,
      headings: [{ depth: 2, slug: 'is-an-iop-confidential', text: 'Is an IOP “confidential”? <Yes> & more' }],
    },
  ],
  'https://example.org',
  '/iop/',
);

/** The file as the browser gets it: written by the build, sent as text, parsed back. */
const sent = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('referral parts file', () => {
  it('carries each topic’s ## sections, in page order, and leaves out topics with none', () => {
    const file = referralPartsFile(pages);
    expect(Object.keys(file)).toEqual(['costs', 'faq']);
    expect(file.costs).toEqual([
      ['Insurance', 'insurance'],
      ['Prior authorization', 'prior-authorization'],
    ]);
  });

  it('reads back to exactly the sections the page offers, odd characters included', () => {
    const parts = readReferralParts(sent(referralPartsFile(pages)));
    for (const page of pages) {
      const expected = page.sections.map(({ title, anchor }) => ({ title, anchor }));
      expect(parts.get(page.id) ?? [], page.id).toEqual(expected);
    }
    expect(parts.get('faq')![0]!.title).toBe('Is an IOP “confidential”? <Yes> & more');
  });

  it('gives the email builder what it needs to link to one part', () => {
    const costs = pages.find((page) => page.id === 'costs')!;
    const sections = readReferralParts(sent(referralPartsFile(pages))).get('costs')!.slice(1);
    const result = buildReferralEmail({
      topics: [{ ...costs, path: topicPath(costs.id), wholePage: false, sections }],
      siteUrl: 'https://example.org',
      basePath: '/iop/',
    });
    expect(result.ok && result.body.split('\n')).toContain('https://example.org/iop/costs/#prior-authorization');
    expect(result.ok && result.body).not.toContain('#insurance');
  });

  it('refuses anything that is not a parts file, so the page says the parts could not load', () => {
    for (const bad of [null, 'Not found', [], [['Insurance', 'insurance']], { costs: 'insurance' }, { costs: [['Insurance']] }, { costs: [['Insurance', '']] }, { costs: [['Insurance', 3]] }]) {
      expect(() => readReferralParts(bad), JSON.stringify(bad)).toThrow();
    }
    expect(readReferralParts({}).size).toBe(0);
  });

  it('lives beside the referral page, and a topic path matches the page list', () => {
    expect(REFERRAL_PARTS_PATH).toBe('/for-referrers/parts.json');
    for (const page of pages) expect(topicPath(page.id)).toBe(page.path);
  });
});
