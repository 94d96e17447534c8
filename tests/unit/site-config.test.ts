import { describe, expect, it } from 'vitest';
import { normalizeBasePath, normalizeSiteUrl, withBase } from '../../src/lib/site-config.ts';

describe('site config', () => {
  it('normalizes base paths to one leading and one trailing slash', () => {
    expect(normalizeBasePath('/')).toBe('/');
    expect(normalizeBasePath('')).toBe('/');
    expect(normalizeBasePath('iop')).toBe('/iop/');
    expect(normalizeBasePath('/iop/')).toBe('/iop/');
    expect(normalizeBasePath('//guides/iop//')).toBe('/guides/iop/');
  });

  it('rejects base paths that would break links', () => {
    expect(() => normalizeBasePath('/i op/')).toThrow(/BASE_PATH/);
    expect(() => normalizeBasePath('/iop?x=1')).toThrow(/BASE_PATH/);
  });

  it('refuses "." and ".." parts, which would make links climb out of the site', () => {
    for (const bad of ['../', '..', 'a/../b', './iop', 'iop/.']) expect(() => normalizeBasePath(bad), bad).toThrow(/without "\.\." or "\."/);
    expect(normalizeBasePath('v1.2')).toBe('/v1.2/');
  });

  it('accepts only full http(s) site addresses and drops a trailing slash', () => {
    expect(normalizeSiteUrl('https://example.org/')).toBe('https://example.org');
    expect(() => normalizeSiteUrl('example.org')).toThrow(/SITE_URL/);
    expect(() => normalizeSiteUrl('ftp://example.org')).toThrow(/SITE_URL/);
  });

  it('refuses a site address with a path, naming the BASE_PATH that does the job', () => {
    expect(() => normalizeSiteUrl('https://example.org/iop')).toThrow('set SITE_URL=https://example.org and set BASE_PATH=/iop/');
    expect(() => normalizeSiteUrl('https://example.org/guides/iop/')).toThrow('BASE_PATH=/guides/iop/');
    expect(() => normalizeSiteUrl('https://example.org/?x=1')).toThrow(/without a path/);
  });

  it('prefixes root-relative links with the base path and leaves others alone', () => {
    expect(withBase('/costs/#insurance', '/iop/')).toBe('/iop/costs/#insurance');
    expect(withBase('/costs/', '/')).toBe('/costs/');
    expect(withBase('https://findtreatment.gov/', '/iop/')).toBe('https://findtreatment.gov/');
    expect(withBase('#insurance', '/iop/')).toBe('#insurance');
    expect(withBase('//cdn.example/x', '/iop/')).toBe('//cdn.example/x');
  });
});
