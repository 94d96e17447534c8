import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { searchQuality, synonymFailures } from './search-quality.ts';
import { parse } from 'node-html-parser';
import { helpLine, helpLines } from '../../src/data/crisis.ts';
import { fallbackTopics } from '../../src/data/search-fallback.ts';
import { searchSynonyms } from '../../src/data/search-synonyms.ts';
import { site } from '../../src/data/site.ts';
import { toolPages } from '../../src/data/tools.ts';
import { shownQuery } from '../../src/lib/search.ts';
import { BASE_PATH, startBasePathSite } from './base-path-site.ts';

interface QueryCase {
  query: string;
  page: string;
  section?: string;
}

const queries = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as QueryCase[];

async function resultLinks(page: Page, prefix: string): Promise<string[]> {
  await expect(page.locator(`#${prefix}-status`)).not.toBeEmpty();
  return page.locator(`#${prefix}-results a`).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Found {
  href: string;
  excerpt: string;
}

/**
 * Types each query into the real /search/ page, as a reader does, and waits for the status line to name it: one
 * page load for a long list, so the list can grow without the test taking minutes.
 */
async function searchEach(page: Page, list: readonly string[]): Promise<Found[][]> {
  await page.goto('/search/');
  const input = page.locator('#page-search-input');
  const status = page.locator('#page-search-status');
  const found: Found[][] = [];
  for (const query of list) {
    await input.fill(query);
    await expect(status).toHaveText(new RegExp(`for “${escapeRegExp(shownQuery(query))}”\\.$`));
    found.push(
      await page.locator('#page-search-results a').evaluateAll((links) =>
        links.map((a) => ({ href: a.getAttribute('href')!, excerpt: a.querySelector('.search-result-excerpt')?.textContent ?? '' })),
      ),
    );
  }
  return found;
}

test('reader questions find the right page: top 3 ≥ 95 %, mean reciprocal rank ≥ 0.85, never nothing', async ({ page }) => {
  test.setTimeout(240_000);
  expect(queries.length).toBeGreaterThanOrEqual(60);
  const results = await searchEach(page, queries.map((each) => each.query));
  const links = results.map((found) => found.map((result) => result.href));
  const quality = searchQuality(queries, links);
  console.log(`Search quality over ${quality.summary}`);
  if (quality.misses.length) console.log(`Misses:\n  ${quality.misses.join('\n  ')}`);
  expect(quality.empty).toBe(0);
  expect(quality.topThree / queries.length).toBeGreaterThanOrEqual(0.95);
  expect(quality.meanReciprocalRank).toBeGreaterThanOrEqual(0.85);
  expect(quality.wrongSections).toEqual([]);
});

test('every synonym (src/data/search-synonyms.ts) finds its page, and section, in the first three', async ({ page }) => {
  test.setTimeout(240_000);
  const cases = searchSynonyms.flatMap((entry) => entry.phrases.map((phrase) => ({ phrase, ...entry.expect })));
  const results = await searchEach(page, cases.map((each) => each.phrase));
  const failures = synonymFailures(cases, results.map((found) => found.map((result) => result.href)));
  expect(failures).toEqual([]);
});

/** A page's words as letters and digits only, so spacing and the punctuation Pagefind adds between blocks do not matter. */
const lettersOf = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

test('excerpts are the page’s own words, never its search keywords', async ({ page, request }) => {
  test.setTimeout(240_000);
  const sample = [...queries.map((each) => each.query), ...searchSynonyms.map((entry) => entry.phrases[0]!), 'quiz', 'calculator'];
  const results = await searchEach(page, sample);
  const texts = new Map<string, string>();
  const strays: string[] = [];
  let checked = 0;
  for (const [i, found] of results.entries()) {
    for (const { href, excerpt } of found.slice(0, 3)) {
      const path = href.split('#')[0]!;
      if (!texts.has(path)) {
        const root = parse(await (await request.get(path)).text());
        // What Pagefind reads: the indexed body without the parts it is told to ignore; a tool page, which has no
        // indexed body, by its title and description (src/lib/search-keywords.ts, toolSearchCopy).
        for (const ignored of root.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
        const body = root.querySelector('[data-pagefind-body]');
        const description = root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
        texts.set(path, lettersOf(body ? body.text : `${root.querySelector('h1')!.text} ${description}`));
      }
      checked += 1;
      if (!texts.get(path)!.includes(lettersOf(excerpt))) strays.push(`"${sample[i]}" → ${href}: ${excerpt}`);
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect(strays).toEqual([]);
});

test('a long query is shortened in the status line, which still announces the count', async ({ page }) => {
  const long = 'what happens to my job and my kids and my insurance if i go to an intensive outpatient program for eight weeks';
  await page.goto(`/search/?q=${encodeURIComponent(long)}`);
  const status = page.locator('#page-search-status');
  await expect(status).toHaveText(/^\d+ results? for “.+…”\.$/);
  const shown = /“(.+)…”/.exec((await status.textContent())!)![1]!;
  expect(long.startsWith(shown)).toBe(true);
  expect(shown.length).toBeLessThan(long.length);
  await expect(page.locator('#page-search-input')).toHaveValue(long);
});

test('results open the section that answers the question', async ({ page }) => {
  for (const [query, section] of [
    ['what is dbt', '/components/#common-types-of-therapy'],
    ['red flags treatment center', '/choosing-a-program/#warning-signs'],
  ] as const) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const links = await resultLinks(page, 'page-search');
    const onPage = links.filter((href) => href.startsWith(section.split('#')[0]!));
    expect(onPage[0], query).toBe(section);
    expect(links.indexOf(section), query).toBeLessThan(3);
  }
});

test('Spanish questions lead to who answers in Spanish', async ({ page }) => {
  for (const query of ['cuánto cuesta', 'ayuda en español', 'línea de ayuda en español']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const first = page.locator('#page-search-results a').first();
    await expect(first, query).toHaveAttribute('href', '/about/#en-espanol');
    await first.click();
    const section = page.locator('#en-espanol + p');
    await expect(section).toContainText(helpLine('crisis').display);
    await expect(section).toContainText(helpLine('helpline').display);
    // And the whole guide in Spanish is one link away.
    await expect(page.locator('#en-espanol ~ p a[href="/es/"]')).toHaveCount(1);
  }
});

test('the tools are in search, in the Topics menu, the sidebar and the footer of every kind of page', async ({ page }) => {
  for (const [query, tool] of [
    ['quiz', '/self-check/'],
    ['calculator', '/cost-estimator/'],
    ['cost estimator', '/cost-estimator/'],
    ['referral email', '/for-referrers/'],
  ] as const) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    expect((await resultLinks(page, 'page-search')).slice(0, 3), query).toContain(tool);
  }
  for (const path of ['/costs/', '/glossary/a-c/', '/self-check/', '/about/']) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    const sidebar = page.locator('.page-sidebar').getByRole('navigation', { name: 'Tools' });
    const footer = page.locator('footer');
    for (const tool of toolPages) {
      await expect(sidebar.getByRole('link', { name: tool.name }), path).toHaveAttribute('href', tool.path);
      await expect(footer.getByRole('link', { name: tool.name }), path).toHaveAttribute('href', tool.path);
    }
    await page.setViewportSize({ width: 375, height: 800 });
    await page.locator('.site-header summary').click();
    const menu = page.locator('.site-header').getByRole('navigation', { name: 'Tools' });
    for (const tool of toolPages) await expect(menu.getByRole('link', { name: tool.name }), path).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${path}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
  await page.goto('/self-check/');
  await expect(page.locator('.page-sidebar [aria-current="page"]')).toHaveAttribute('href', '/self-check/');
});

test('asking what a word means opens its meaning first', async ({ page }) => {
  const wordQuestions = queries.filter((each) => each.page.startsWith('/glossary/') && each.section);
  expect(wordQuestions.length).toBeGreaterThanOrEqual(3);
  for (const { query, page: expected, section } of wordQuestions) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const [first] = await resultLinks(page, 'page-search');
    expect(first, query).toBe(`${expected}#${section}`);
  }
});

// The search box's own code is a chunk named after its module, src/components/search/search-box.ts.
const SEARCH_BOX_CODE = /\/_astro\/search-box\.[\w-]+\.js$/;
const isSearchCode = (url: string): boolean => url.includes('/pagefind/') || SEARCH_BOX_CODE.test(url);

test('nothing of search (its box code or Pagefind) loads until the reader reaches for it', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (isSearchCode(request.url())) searchRequests.push(request.url());
  });
  await page.goto('/costs/');
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);
  await page.keyboard.press('/');
  await page.keyboard.type('cost');
  await expect(page.locator('#dialog-search-results a').first()).toBeVisible();
  expect(searchRequests.some((url) => SEARCH_BOX_CODE.test(url))).toBe(true);
  expect(searchRequests.some((url) => url.includes('/pagefind/'))).toBe(true);
});

test('the box code starts loading when the pointer reaches the Search button', async ({ page }) => {
  await page.goto('/costs/');
  await page.waitForLoadState('networkidle');
  const boxCode = page.waitForRequest(SEARCH_BOX_CODE);
  await page.getByRole('button', { name: /^Search/ }).hover();
  await boxCode;
  await expect(page.getByRole('dialog', { name: 'Search the guide' })).toBeHidden();
});

test('words typed before the box code arrives are searched once it does', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(SEARCH_BOX_CODE, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/costs/');
  await page.keyboard.press('Control+k');
  const input = page.locator('#dialog-search-input');
  await expect(input).toBeFocused();
  await page.keyboard.type('medicare');
  await expect(page.locator('#dialog-search-results a')).toHaveCount(0);
  release();
  await expect(page.locator('#dialog-search-results a').first()).toBeVisible();
  await expect(page.locator('#dialog-search-status')).toContainText('medicare');
});

test('Ctrl+K and / open the dialog; Esc closes it and focus returns to the button', async ({ page }) => {
  await page.goto('/schedules/');
  const opener = page.locator('[data-open-search]');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  const input = page.locator('#dialog-search-input');

  await opener.focus();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await page.locator('main h1').click();
  await page.keyboard.press('/');
  await expect(input).toBeFocused();
  // One Esc closes search even with words typed (a search field would otherwise use it to clear itself).
  await page.keyboard.type('cost');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('/');
  // Focus stays inside the modal dialog: tabbing never reaches the page behind it (it may pass through the
  // browser's own controls, where the page sees focus on <body>).
  for (let i = 0; i < 8; i += 1) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const active = document.activeElement;
      return !active || active === document.body ? 'browser' : active.closest('dialog') ? 'dialog' : active.outerHTML.slice(0, 80);
    });
    expect(['dialog', 'browser']).toContain(where);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('typing shows results and announces their count; arrows and Enter open the section', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-open-search]').click();
  await page.keyboard.type('sliding scale');
  const status = page.locator('#dialog-search-status');
  await expect(status).toHaveText(/^\d+ results? for “sliding scale”\.$/);
  await expect(status).toHaveAttribute('role', 'status');
  const results = page.locator('#dialog-search-results a');
  await expect(results.first()).toContainText('How much does an IOP cost');
  await expect(results.first().locator('mark').first()).toBeVisible();

  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  if ((await results.count()) > 1) {
    await page.keyboard.press('ArrowDown');
    await expect(results.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
  }
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/costs\/#sliding-scale-fees-and-other-help$/);
  await expect(page.locator('#sliding-scale-fees-and-other-help')).toBeInViewport();
});

test('no result says so and offers topics, the help lines and a way to tell us what was missing', async ({ page }) => {
  const query = 'zzzqqq xxyyzz';
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#page-search-status')).toHaveText(`No results for “${query}”.`);
  const help = page.locator('.search-page [data-no-results]');
  await expect(help).toBeVisible();
  await expect(help.locator('a[href="/glossary/"]')).toBeVisible();
  await expect(help.locator('a[href="/"]')).toBeVisible();
  for (const topic of fallbackTopics) await expect(help.locator(`a[href="${topic.path}"]`)).toBeVisible();
  for (const line of helpLines) await expect(help.locator(`a[href="tel:${line.dial}"]`)).toHaveText(line.display);
  const tell = help.getByRole('link', { name: 'Tell us what you looked for' });
  const href = (await tell.getAttribute('href'))!;
  expect(href.startsWith(`mailto:${site.correctionsEmail}?`)).toBe(true);
  expect(new URLSearchParams(href.split('?')[1]).get('body')).toContain(query);
  // The next empty search carries its own words.
  await page.locator('#page-search-input').fill('qqqwww');
  await expect(page.locator('#page-search-status')).toHaveText('No results for “qqqwww”.');
  expect(decodeURIComponent((await tell.getAttribute('href'))!)).toContain('qqqwww');
});

test('the search page keeps the query in the address, so a search can be shared', async ({ page }) => {
  await page.goto('/search/?q=medicare');
  await expect(page.locator('#page-search-input')).toHaveValue('medicare');
  await expect(page.locator('#page-search-results a').first()).toHaveAttribute('href', /\/costs\/#medicare/);
  await page.locator('#page-search-input').fill('evening track');
  await expect(page).toHaveURL(/\/search\/\?q=evening\+track$/);
  await page.reload();
  await expect(page.locator('#page-search-input')).toHaveValue('evening track');
  await expect(page.locator('#page-search-results a').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page lists every topic with a note that search needs JavaScript', async ({ page }) => {
    await page.goto('/search/?q=cost');
    await expect(page.locator('[data-no-js-note]')).toBeVisible();
    await expect(page.locator('[data-search-fallback] li')).toHaveCount(await page.locator('nav[aria-label="All topics"] a').count());
    await expect(page.locator('.search-page')).not.toBeVisible();
    // The header's search control is a plain link to that page.
    await expect(page.locator('[data-open-search]')).toHaveAttribute('href', '/search/');
  });
});

test('axe finds no WCAG 2.2 AA violation with the dialog open and results shown', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/levels-of-care/');
    await page.locator('[data-open-search]').click();
    await page.keyboard.type('withdrawal');
    await expect(page.locator('#dialog-search-results a').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
});

test.describe('under a base path', () => {
  test('links, assets, canonical URLs, the search index and every result live under /iop/', async ({ page }) => {
    test.setTimeout(180_000);
    const site = await startBasePathSite();
    try {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      for (const path of ['', 'costs/', 'glossary/', 'search/']) {
        const response = await page.goto(`${site.origin}${BASE_PATH}${path}`);
        expect(response?.status(), path).toBe(200);
        const addresses = await page.evaluate(() =>
          [...document.querySelectorAll('[href], [src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src')!),
        );
        for (const address of addresses.filter((a) => a.startsWith('/'))) expect(address, `${path}: ${address}`).toMatch(/^\/iop\//);
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://iop-guide.example.org/iop/${path}`);
        await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /^https:\/\/iop-guide\.example\.org\/iop\/og\//);
      }
      expect(requests.filter((p) => !p.startsWith('/iop/'))).toEqual([]);
      await page.goto(`${site.origin}${BASE_PATH}search/?q=insurance`);
      const links = await resultLinks(page, 'page-search');
      expect(links.length).toBeGreaterThan(0);
      // One folder deep for topics, two for the glossary's letter pages (/iop/glossary/a-c/).
      for (const href of links) expect(href).toMatch(/^\/iop\/[a-z-]+\/(?:[a-z-]+\/)?(#[a-z0-9-]+)?$/);
      expect(requests.filter((path) => path.includes('/pagefind/')).every((path) => path.startsWith('/iop/pagefind/'))).toBe(true);
      await page.locator('#page-search-results a').first().click();
      await expect(page).toHaveURL(/\/iop\/costs\/#insurance$/);
      await expect(page.locator('h1')).toBeVisible();
    } finally {
      site.stop();
    }
  });
});
