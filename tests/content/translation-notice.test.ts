import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { words } from '../../src/i18n/index.ts';
import { buildFixture, type BuildResult } from './build-fixture.ts';
import { withRenderLock } from './render-lock.ts';

/**
 * A Spanish topic page says when its English page was reviewed after the translation (translationIsCurrent in
 * src/lib/spanish-edition.ts, TranslationNotice.astro). Fixture folders: costs.mdx was reviewed on 2026-12-01 and
 * costos.mdx translated from 2026-11-20 (behind); schedules.mdx and horarios.mdx share 2026-11-25 (current).
 */
const fixture = 'tests/fixtures/translation-notice';
let result: BuildResult;

beforeAll(async () => {
  result = await withRenderLock(() =>
    buildFixture('valid', ['/es/costos/', '/es/horarios/', '/costs/'], { TOPICS_DIR: `${fixture}/en`, SPANISH_TOPICS_DIR: `${fixture}/es` }),
  );
}, 600_000);

describe('the "translation out of date" notice', () => {
  const t = words('es').translationNotice;

  it('builds', () => {
    expect(result.code, result.output).toBe(0);
  });

  it('shows on a Spanish page whose English page was reviewed after the translation, near the top, linking to the English page', () => {
    const page = parse(result.pages['/es/costos/']!);
    const notices = page.querySelectorAll('.translation-notice');
    expect(notices).toHaveLength(1);
    const notice = notices[0]!;
    expect(notice.textContent).toContain('La página en inglés cambió después de esta traducción.');
    expect(notice.textContent).toContain(t.text);
    const link = notice.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/costs/');
    expect(link?.getAttribute('hreflang')).toBe('en');
    expect(link?.textContent).toBe(t.link);
    // In the page's header, under the title, before the key points; and kept out of the search index.
    expect(notice.closest('.topic-header')).not.toBeNull();
    expect(notice.getAttribute('data-pagefind-ignore')).not.toBeNull();
  });

  it('stays off a Spanish page translated from the English page’s latest review, and off English pages', () => {
    expect(result.pages['/es/horarios/']).toBeDefined();
    expect(parse(result.pages['/es/horarios/']!).querySelector('.translation-notice')).toBeNull();
    expect(parse(result.pages['/costs/']!).querySelector('.translation-notice')).toBeNull();
  });
});
