import { describe, expect, it } from 'vitest';
import { notFoundRules, spanishNotFound } from '../../src/lib/not-found.ts';

describe('the Spanish not-found page on hosts', () => {
  it('answers unknown Spanish addresses with es/404.html and status 404, under the base path', () => {
    expect(notFoundRules('/').filter((line) => !line.startsWith('#'))).toEqual(['/es/* /es/404.html 404']);
    expect(notFoundRules('/iop/').filter((line) => !line.startsWith('#'))).toEqual(['/iop/es/* /iop/es/404.html 404']);
  });

  it('moves the page Astro builds to where hosts look', () => {
    expect(spanishNotFound).toEqual({ builtAs: 'es/404/index.html', servedAs: 'es/404.html' });
  });
});
