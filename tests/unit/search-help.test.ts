import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { helpLines } from '../../src/data/crisis.ts';
import { fallbackTopics } from '../../src/data/search-fallback.ts';
import { site } from '../../src/data/site.ts';
import { noResultsMarkup, searchFeedbackMailto } from '../../src/lib/search-help.ts';

describe('when search finds nothing', () => {
  const root = parse(noResultsMarkup('vivitroll & <shot>', '/iop/'));
  const hrefs = root.querySelectorAll('a').map((a) => a.getAttribute('href')!);

  it('offers the places to start, under the base path', () => {
    for (const topic of fallbackTopics) expect(hrefs).toContain(`/iop${topic.path}`);
    expect(hrefs).toContain('/iop/glossary/');
  });

  it('shows every crisis and help line from src/data/crisis.ts, as phone links', () => {
    for (const line of helpLines) {
      const link = root.querySelector(`a[href="tel:${line.dial}"]`);
      expect(link?.text, line.id).toBe(line.display);
      expect(link?.parentNode?.text).toContain(line.details);
    }
  });

  it('links an email to the team with the reader’s words filled in, escaped for the page', () => {
    const feedback = root.querySelector('[data-search-feedback]')!;
    expect(feedback.text).toBe('Tell us what you looked for');
    const href = feedback.getAttribute('href')!;
    expect(href.startsWith(`mailto:${site.correctionsEmail}?`)).toBe(true);
    const body = new URLSearchParams(href.split('?')[1]).get('body')!;
    expect(body).toContain('vivitroll & <shot>');
    expect(root.querySelectorAll('shot')).toHaveLength(0);
  });

  it('builds the address with the shared mailto builder, which refuses a bad address', () => {
    expect(searchFeedbackMailto('x', 'team@example.org')).toMatch(/^mailto:team@example\.org\?subject=/);
    expect(() => searchFeedbackMailto('x', 'not an address')).toThrow();
  });
});
