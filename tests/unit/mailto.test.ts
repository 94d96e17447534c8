import { describe, expect, it } from 'vitest';
import { site } from '../../src/data/site.ts';
import { mailtoLink } from '../../src/lib/mailto.ts';

describe('mailtoLink', () => {
  it('encodes the subject and body so spaces, line breaks and & survive', () => {
    expect(mailtoLink('a@example.org', { subject: 'A & B', body: 'one\ntwo' })).toBe('mailto:a@example.org?subject=A%20%26%20B&body=one%0Atwo');
  });

  it('leaves out empty fields', () => {
    expect(mailtoLink('a@example.org', { subject: '', body: 'x' })).toBe('mailto:a@example.org?body=x');
    expect(mailtoLink('a@example.org')).toBe('mailto:a@example.org');
  });

  it('refuses anything that is not one plain address', () => {
    for (const bad of ['', 'nobody', 'a@b', 'a@example.org,b@example.org', 'a b@example.org', 'a@example.org?cc=x@y.org']) {
      expect(() => mailtoLink(bad), bad).toThrow(/not a plain email address/);
    }
  });

  it('accepts the address the site is configured with', () => {
    expect(() => mailtoLink(site.correctionsEmail)).not.toThrow();
  });
});
