import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../src/lib/page-title.ts';

describe('a page’s <title>', () => {
  it('adds the site’s name when it fits', () => {
    expect(documentTitle('How much does an IOP cost?', 'IOP Guide')).toBe('How much does an IOP cost? | IOP Guide');
  });

  it('is the page’s own title alone when the name would push it past 70 characters', () => {
    const long = '¿Cómo puedo ayudar a mi hijo, mi hija o mi pareja a recibir atención?';
    expect(documentTitle(long, 'IOP Guide')).toBe(long);
    expect(documentTitle('a'.repeat(58), 'IOP Guide')).toHaveLength(70);
    expect(documentTitle('a'.repeat(59), 'IOP Guide')).toHaveLength(59);
  });

  it('does not repeat the site’s name on the home page', () => {
    expect(documentTitle('IOP Guide', 'IOP Guide')).toBe('IOP Guide');
  });
});
