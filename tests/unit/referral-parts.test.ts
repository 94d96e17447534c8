import { describe, expect, it } from 'vitest';
import { buildReferralEmail, referralPages } from '../../src/lib/referral-email.ts';
import { topicPath } from '../../src/lib/site-config.ts';
import { REFERRAL_PARTS_PATH, REFERRAL_PARTS_PATHS, choicesIn, readReferralParts, referralPartsFile } from '../../src/lib/referral-parts.ts';

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
  it('carries every topic, in site order, with its title, line, path and ## sections in page order', () => {
    const file = referralPartsFile(pages);
    expect(Object.keys(file)).toEqual(['costs', 'faq', 'glossary']);
    expect(file.costs).toEqual([
      'How much does an IOP cost?',
      'What an IOP may cost and how health plans help pay.',
      '/costs/',
      [
        ['Insurance', 'insurance'],
        ['Prior authorization', 'prior-authorization'],
      ],
    ]);
    expect(file.glossary![3]).toEqual([]);
  });

  it('reads back to exactly the topics and sections the page offers, odd characters included', () => {
    const parts = readReferralParts(sent(referralPartsFile(pages)));
    for (const page of pages) {
      const expected = page.sections.map(({ title, anchor }) => ({ title, anchor }));
      expect(parts.get(page.id), page.id).toEqual({ title: page.title, description: page.description, path: page.path, sections: expected });
    }
    expect(parts.get('faq')!.sections[0]!.title).toBe('Is an IOP “confidential”? <Yes> & more');
  });

  it('gives the email builder what it needs to link to one part', () => {
    const costs = pages.find((page) => page.id === 'costs')!;
    const sections = readReferralParts(sent(referralPartsFile(pages))).get('costs')!.sections.slice(1);
    const result = buildReferralEmail({
      topics: [{ ...costs, path: topicPath(costs.id), wholePage: false, sections }],
      siteUrl: 'https://example.org',
      basePath: '/iop/',
    });
    expect(result.ok && result.body.split('\n')).toContain('https://example.org/iop/costs/#prior-authorization');
    expect(result.ok && result.body).not.toContain('#insurance');
  });

  it('refuses anything that is not a parts file, so the page says the parts could not load', () => {
    const ok = (parts: unknown): unknown => ({ costs: ['Costs', 'What it costs.', '/costs/', parts] });
    for (const bad of [
      null,
      'Not found',
      [],
      [['Insurance', 'insurance']],
      { costs: 'insurance' },
      { costs: [['Insurance', 'insurance']] },
      ok([['Insurance']]),
      ok([['Insurance', '']]),
      ok([['Insurance', 3]]),
      ok('insurance'),
      { costs: ['', 'What it costs.', '/costs/', []] },
      { costs: ['Costs', 'What it costs.', 'https://evil.example/', []] },
      { costs: ['Costs', 'What it costs.', '/costs/'] },
    ]) {
      expect(() => readReferralParts(bad), JSON.stringify(bad)).toThrow();
    }
    expect(readReferralParts({}).size).toBe(0);
  });

  it('lives beside the referral page, and a topic path matches the page list', () => {
    expect(REFERRAL_PARTS_PATH).toBe('/for-referrers/parts.json');
    expect(REFERRAL_PARTS_PATHS).toEqual({ en: '/for-referrers/parts.json', es: '/es/para-profesionales/parts.json' });
    for (const page of pages) expect(topicPath(page.id)).toBe(page.path);
  });
});

describe('a choice said in the other language', () => {
  // The Spanish file: the same English ids, Spanish titles, addresses and ASCII section ids.
  const spanish = readReferralParts(
    sent({
      costs: ['¿Cuánto cuesta un IOP?', 'Lo que puede costar un IOP.', '/es/costos/', [['Seguro médico', 'seguro-medico'], ['Autorización previa', 'autorizacion-previa']]],
      glossary: ['Glosario', 'Las palabras de esta guía.', '/es/glosario/', []],
    }),
  );

  it('takes titles, lines, addresses and parts by their place from the other language', () => {
    const { topics, missing } = choicesIn([{ id: 'costs', order: 3, wholePage: false, parts: [1] }], spanish);
    expect(missing).toEqual([]);
    expect(topics).toEqual([
      {
        title: '¿Cuánto cuesta un IOP?',
        description: 'Lo que puede costar un IOP.',
        path: '/es/costos/',
        order: 3,
        wholePage: false,
        sections: [{ title: 'Autorización previa', anchor: 'autorizacion-previa' }],
      },
    ]);
  });

  it('links the whole page when the translation lacks a chosen part, and names topics it lacks', () => {
    const { topics, missing } = choicesIn(
      [
        { id: 'costs', order: 3, wholePage: false, parts: [0, 5] },
        { id: 'faq', order: 8, wholePage: true, parts: [] },
      ],
      spanish,
    );
    expect(topics[0]).toMatchObject({ wholePage: true, sections: [{ anchor: 'seguro-medico' }] });
    expect(missing).toEqual(['faq']);
  });
});
