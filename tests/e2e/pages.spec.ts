import { expect, test } from '@playwright/test';
import { helpLines } from '../../src/data/crisis.ts';
import { builtPages, topicPages } from '../../scripts/shared/site-pages.ts';

const topics = topicPages();

test('the build has the home page and every topic', () => {
  expect(builtPages()).toContain('/');
  expect(topics.length).toBeGreaterThanOrEqual(10);
});

test('home page explains an IOP and lists every topic with its description', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toContainText('Intensive outpatient programs');
  const main = page.locator('main');
  await expect(main).toContainText('intensive outpatient program (IOP)');
  for (const path of topics) {
    const card = main.locator(`li:has(a[href="${path}"])`);
    await expect(card, path).toHaveCount(1);
    await expect(card.locator('p')).not.toBeEmpty();
  }
});

for (const path of topics) {
  test(`topic ${path} has the parts every topic page promises`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/\| IOP Guide$/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{50,160}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
    await expect(page.locator('#key-points')).toBeVisible();
    expect(await page.locator('#key-points + ul li').count()).toBeGreaterThanOrEqual(3);
    await expect(page.locator('.review-dates').getByText('Page last reviewed:')).toBeVisible();
    await expect(page.locator('.review-dates').getByText('Next review due:')).toBeVisible();
    expect(await page.locator('#sources + ol li a[href^="https://"]').count()).toBeGreaterThanOrEqual(1);

    // The contents list points at real sections.
    for (const href of await page.locator('nav[aria-labelledby="on-this-page"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      await expect(page.locator(`[id="${href!.slice(1)}"]`), href!).toHaveCount(1);
    }

    // The crisis lines stand on every page, in the footer.
    for (const line of helpLines) await expect(page.locator('footer').getByText(line.display).first()).toBeVisible();
  });
}

test('navigation lists every topic in order, with the current page marked', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(topics[0]!);
  const links = page.getByRole('navigation', { name: 'All topics' }).getByRole('link');
  await expect(links).toHaveCount(topics.length);
  await expect(page.getByRole('navigation', { name: 'All topics' }).locator('[aria-current="page"]')).toHaveCount(1);
});

test('previous and next links walk through every topic', async ({ page }) => {
  const seen: string[] = [];
  for (let path: string | null = topics.find((p) => p === '/what-is-an-iop/')!; path; ) {
    expect(seen, 'no loops').not.toContain(path);
    seen.push(path);
    await page.goto(path);
    const next = page.locator('a[rel="next"]');
    path = (await next.count()) ? await next.getAttribute('href') : null;
  }
  expect([...seen].sort()).toEqual([...topics].sort());
  expect(seen[0]).toBe('/what-is-an-iop/');
});

test('an unknown address shows a helpful 404 page that links to the topics', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('could not find');
  for (const path of topics) await expect(page.locator(`main a[href="${path}"]`), path).toHaveCount(1);
});

test('a phone-sized screen (320 px) never scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of builtPages()) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/costs/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('keyboard only: from the home page to a topic, a section, search and the self-check', async ({ page }) => {
  await page.goto('/');
  const tabTo = async (target: string, limit = 150): Promise<void> => {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
      if (href === target) return;
    }
    throw new Error(`${target} was not reached by Tab on ${page.url()}`);
  };
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();

  await tabTo('/costs/');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/costs\/$/);

  await tabTo('#insurance');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/costs\/#insurance$/);

  await page.keyboard.press('/');
  await page.keyboard.type('self-check');
  await expect(page.locator('#dialog-search-status')).not.toBeEmpty();
  await page.keyboard.press('Escape');

  await tabTo('/cost-estimator/');
  await page.goto('/');
  await tabTo('/self-check/');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/self-check\/$/);
  await expect(page.locator('h1')).toBeVisible();
});
