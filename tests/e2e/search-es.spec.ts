// Search in Spanish: the real /es/buscar/ page and the header dialog on Spanish pages, against the built site.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { searchQuality, synonymFailures } from './search-quality.ts';
import { helpLines } from '../../src/data/crisis.ts';
import { fallbackTopicsEs } from '../../src/data/search-fallback-es.ts';
import { searchSynonymsEs } from '../../src/data/search-synonyms-es.ts';
import { spanishToolSearch } from '../../src/data/search-tools-es.ts';
import { site } from '../../src/data/site.ts';
import { topicGroups } from '../../src/data/topic-groups.ts';
import { es } from '../../src/i18n/es.ts';
import { shownQuery } from '../../src/lib/search.ts';

interface QueryCase {
  query: string;
  page: string;
  section?: string;
}

const queries = JSON.parse(readFileSync('tests/fixtures/search-queries-es.json', 'utf8')) as QueryCase[];
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Types each query into the real /es/buscar/ page, as a reader does, and waits for the status line to name it. */
async function searchEach(page: Page, list: readonly string[]): Promise<string[][]> {
  await page.goto('/es/buscar/');
  const input = page.locator('#page-search-input');
  const status = page.locator('#page-search-status');
  const found: string[][] = [];
  for (const query of list) {
    await input.fill(query);
    await expect(status).toHaveText(new RegExp(`para «${escapeRegExp(shownQuery(query))}»\\.$`));
    found.push(await page.locator('#page-search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)));
  }
  return found;
}

test('Spanish reader questions find the right Spanish page: top 3 ≥ 95 %, never nothing', async ({ page }) => {
  test.setTimeout(240_000);
  expect(queries.length).toBeGreaterThanOrEqual(40);
  const results = await searchEach(page, queries.map((each) => each.query));
  const quality = searchQuality(queries, results);
  console.log(`Spanish search quality over ${quality.summary}`);
  if (quality.misses.length) console.log(`Misses:\n  ${quality.misses.join('\n  ')}`);
  if (quality.wrongSections.length) console.log(`Other section:\n  ${quality.wrongSections.join('\n  ')}`);
  expect(quality.empty).toBe(0);
  expect(quality.topThree / queries.length).toBeGreaterThanOrEqual(0.95);
  // Every result on a Spanish page is a Spanish page: Pagefind searched the Spanish index only.
  expect(results.flat().filter((href) => !href.startsWith('/es/'))).toEqual([]);
});

test('every Spanish synonym (src/data/search-synonyms-es.ts) finds its page, and section, in the first three', async ({ page }) => {
  test.setTimeout(240_000);
  const cases = searchSynonymsEs.flatMap((entry) => entry.phrases.map((phrase) => ({ phrase, ...entry.expect })));
  const results = await searchEach(page, cases.map((each) => each.phrase));
  const failures = synonymFailures(cases, results);
  expect(failures).toEqual([]);
});

test('the Spanish tools are found by Spanish words', async ({ page }) => {
  const cases = [
    ['cuestionario', '/es/autoevaluacion/'],
    ['autoevaluacion', '/es/autoevaluacion/'],
    ['calculadora', '/es/calculadora-de-costos/'],
    ['cuanto voy a pagar', '/es/calculadora-de-costos/'],
    ['correo de remisión', '/es/para-profesionales/'],
  ] as const;
  expect(spanishToolSearch.map((tool) => tool.path).sort()).toEqual([...new Set(cases.map(([, path]) => path))].sort());
  const results = await searchEach(page, cases.map(([query]) => query));
  cases.forEach(([query, tool], i) => expect(results[i]!.slice(0, 3), query).toContain(tool));
});

test('English search finds no Spanish page, and Spanish search no English one', async ({ page }) => {
  test.setTimeout(180_000);
  for (const query of ['naloxona', 'costos', 'rehabilitacion', 'cost', 'narcan']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#page-search-status')).not.toBeEmpty();
    const links = await page.locator('#page-search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.filter((href) => href.startsWith('/es/')), query).toEqual([]);
  }
  for (const query of ['cost', 'insurance', 'narcan', 'what is an iop']) {
    await page.goto(`/es/buscar/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#page-search-status')).not.toBeEmpty();
    const links = await page.locator('#page-search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.filter((href) => !href.startsWith('/es/')), query).toEqual([]);
  }
});

test('no result says so in Spanish and offers Spanish topics, the help lines and "Díganos qué buscaba"', async ({ page }) => {
  const query = 'zzzqqq xxyyzz';
  await page.goto(`/es/buscar/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#page-search-status')).toHaveText(`No hay resultados para «${query}».`);
  const help = page.locator('.search-page [data-no-results]');
  await expect(help).toBeVisible();
  await expect(help.locator('a[href="/es/glosario/"]')).toBeVisible();
  await expect(help.locator('a[href="/es/"]')).toBeVisible();
  for (const topic of fallbackTopicsEs) await expect(help.locator(`a[href="${topic.path}"]`)).toHaveText(topic.label);
  for (const line of helpLines) {
    const item = help.locator('[data-help-lines] li').filter({ has: page.locator(`a[href="tel:${line.dial}"]`) });
    await expect(item.locator('a')).toHaveText(line.display);
    await expect(item).toContainText(es.crisisLines.lines[line.id].action);
  }
  await expect(help).toContainText('Para español, oprima 2');
  const tell = help.getByRole('link', { name: 'Díganos qué buscaba' });
  const href = (await tell.getAttribute('href'))!;
  expect(href.startsWith(`mailto:${site.correctionsEmail}?`)).toBe(true);
  const params = new URLSearchParams(href.split('?')[1]);
  expect(params.get('body')).toContain(query);
  expect(params.get('body')).toContain('Busqué');
  await page.locator('#page-search-input').fill('qqqwww');
  await expect(page.locator('#page-search-status')).toHaveText('No hay resultados para «qqqwww».');
  expect(decodeURIComponent((await tell.getAttribute('href'))!)).toContain('qqqwww');
});

test('the header dialog on a Spanish page is in Spanish, searches Spanish pages and filters by Spanish group', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/es/costos/');
  const opener = page.locator('[data-open-search]');
  await expect(opener).toHaveAttribute('href', '/es/buscar/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: es.searchBox.label });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: es.searchBox.close })).toBeVisible();
  await expect(dialog.locator('form')).toHaveAttribute('action', '/es/buscar/');
  await expect(dialog.locator('input')).toHaveAttribute('placeholder', es.searchBox.placeholder);
  const options = await dialog.locator('select option').allTextContents();
  expect(options).toEqual([es.searchBox.allGroups, ...topicGroups.map((group) => es.groups[group])]);
  await page.keyboard.type('seguro medico');
  const status = page.locator('#dialog-search-status');
  await expect(status).toHaveText(/^\d+ resultados? para «seguro medico»\.$/);
  const all = await page.locator('#dialog-search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(all.length).toBeGreaterThan(1);
  expect(all.every((href) => href.startsWith('/es/'))).toBe(true);
  // The filter keeps only the pages of one group, named as Spanish pages print it.
  const group = es.groups['Costs and choosing'];
  await dialog.locator('select').selectOption(group);
  const groupOf = async (path: string) => /data-pagefind-filter="group">([^<]*)</.exec(await (await page.request.get(path)).text())?.[1];
  await expect(async () => {
    const filtered = await page.locator('#dialog-search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('#')[0]!));
    expect(filtered.length).toBeGreaterThan(0);
    for (const path of new Set(filtered)) expect(await groupOf(path), path).toBe(group);
  }).toPass();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Queries never leave the browser: every request went to this site, none carried the words typed.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  expect(requests.filter((url) => /seguro/i.test(url))).toEqual([]);
  expect(errors.filter((text) => /Content Security Policy|Refused/i.test(text))).toEqual([]);
});

test('a Spanish search keeps its words in the address, so it can be shared', async ({ page }) => {
  await page.goto('/es/buscar/?q=naloxona');
  await expect(page.locator('#page-search-input')).toHaveValue('naloxona');
  await expect(page.locator('#page-search-results a').first()).toHaveAttribute('href', /^\/es\/opioides-y-sobredosis\//);
  await page.locator('#page-search-input').fill('horario de noche');
  await expect(page).toHaveURL(/\/es\/buscar\/\?q=horario\+de\+noche$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Spanish search page lists every Spanish topic with a Spanish note', async ({ page }) => {
    await page.goto('/es/buscar/?q=costo');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('[data-no-js-note]')).toHaveText(es.searchBox.noJsNote);
    const listed = await page.locator('[data-search-fallback] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(listed.length).toBeGreaterThanOrEqual(17);
    expect(listed.every((href) => href.startsWith('/es/'))).toBe(true);
    await expect(page.locator('[data-search-fallback] li')).toHaveCount(await page.locator(`nav[aria-label="${es.layout.allTopics}"] a`).count());
    await expect(page.locator('.search-page')).not.toBeVisible();
    await expect(page.locator('[data-open-search]')).toHaveAttribute('href', '/es/buscar/');
  });
});

test('axe finds no WCAG 2.2 AA violation on the Spanish dialog and page with results shown', async ({ page }) => {
  test.setTimeout(240_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/es/niveles-de-atencion/');
    await page.locator('[data-open-search]').click();
    await page.keyboard.type('abstinencia');
    await expect(page.locator('#dialog-search-results a').first()).toBeVisible();
    const dialogCheck = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(dialogCheck.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await page.goto('/es/buscar/?q=zzzqqq');
    await expect(page.locator('.search-page [data-no-results]')).toBeVisible();
    const pageCheck = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(pageCheck.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
});
