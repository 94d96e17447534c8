import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, handoutPath, handoutTitle, handoutWords, isHandoutAddress } from '../../src/lib/handout.ts';

describe('handouts', () => {
  it('live at /handouts/<topic>/', () => {
    expect(handoutPath('costs')).toBe('/handouts/costs/');
    expect(handoutPath('opioids-and-overdose')).toBe('/handouts/opioids-and-overdose/');
  });

  it('refuse a topic id that would make a strange address', () => {
    for (const id of ['', 'Costs', '../costs', 'costs/', 'a b']) expect(() => handoutPath(id), id).toThrow(/topic id/);
  });

  it('are told apart from other pages for the sitemap, with and without a base path', () => {
    expect(isHandoutAddress('https://example.org/handouts/costs/', '/')).toBe(true);
    expect(isHandoutAddress('https://example.org/iop/handouts/costs/', '/iop/')).toBe(true);
    expect(isHandoutAddress('https://example.org/costs/', '/')).toBe(false);
    expect(isHandoutAddress('https://example.org/handouts/costs/', '/iop/')).toBe(false);
    // A topic whose slug starts with the folder's name is a topic, not a handout.
    expect(isHandoutAddress('https://example.org/handouts-for-families/', '/')).toBe(false);
  });


  it('point to 911 for an overdose and say how to save as a PDF', () => {
    expect(handoutWords.overdose).toMatch(/call 911, give naloxone/);
    expect(handoutWords.screenNote).toContain('Save as PDF');
    expect(handoutWords.description('What is an IOP?').length).toBeLessThanOrEqual(160);
  });

  it('are titled "Handout: <topic>", cut at a word only when the whole title would be too long', () => {
    expect(handoutTitle('What is an IOP?', 'IOP Guide')).toBe('Handout: What is an IOP?');
    const long = 'Opioids, fentanyl and overdose: what to know before an IOP';
    const title = handoutTitle(long, 'IOP Guide');
    expect(`${title} | IOP Guide`.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title).toBe('Handout: Opioids, fentanyl and overdose: what to know…');
    // A word that ends right at the limit is kept; punctuation before the cut is dropped.
    expect(handoutTitle('aaaa bbbb, cccc', 'S', 'Handout: '.length + ' | S'.length + 11)).toBe('Handout: aaaa bbbb…');
    // Exactly at the limit, nothing is cut.
    const exact = 'x'.repeat(MAX_TITLE_LENGTH - 'Handout: '.length - ' | IOP Guide'.length);
    expect(handoutTitle(exact, 'IOP Guide')).toBe(`Handout: ${exact}`);
  });
});
