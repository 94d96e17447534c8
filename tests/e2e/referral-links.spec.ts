import { expect, test } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a section link shows on keyboard focus and copies the section’s full address', async ({ page, baseURL }) => {
  await page.goto('/costs/');
  const link = page.locator('a.anchor-link[href="#insurance"]');
  await link.focus();
  await expect(link).toBeFocused();
  expect(Number(await link.evaluate((el) => getComputedStyle(el).opacity))).toBeGreaterThan(0.5);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-copy-status]')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/costs/#insurance`);
  await expect(page).toHaveURL(/\/costs\/#insurance$/);
});

test('the share bar copies the page link, without tracking or fragment', async ({ page, baseURL }) => {
  await page.goto('/schedules/?utm_source=referral#a-sample-week');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('[data-copy-status]')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/schedules/`);
});

test('share by email opens a message with the title as subject and the address as body', async ({ page }) => {
  await page.goto('/costs/');
  const href = await page.getByRole('link', { name: 'Email', exact: true }).getAttribute('href');
  const mailto = new URL(href!);
  expect(mailto.protocol).toBe('mailto:');
  const title = await page.locator('h1').innerText();
  expect(mailto.searchParams.get('subject')).toBe(title);
  expect(mailto.searchParams.get('body')).toBe('https://iop-guide.example.org/costs/');
  expect(href).not.toContain('+');
});

test('an emailed link with tracking and a fragment opens at the section, in view, under no header', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  const response = await page.goto('/costs/?utm_source=referral&utm_medium=email#insurance');
  expect(response?.status()).toBe(200);
  const heading = page.locator('#insurance');
  await expect(heading).toBeInViewport();
  const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  const covering = await heading.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const topmost = document.elementFromPoint(box.left + 5, box.top + box.height / 2);
    return topmost === el || el.contains(topmost);
  });
  expect(covering, 'nothing is drawn over the heading').toBe(true);
});

test('an old address of a renamed page forwards to the new one and keeps the #section', async ({ page }) => {
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('/cost/#medicare');
  await expect(page).toHaveURL(/\/costs\/#medicare$/);
  await expect(page.locator('h1')).toContainText('cost');
  await expect(page.locator('#medicare')).toBeInViewport();
  expect(failed, 'no failed requests (such as a missing icon)').toEqual([]);
});

test('without JavaScript an old address still forwards, to the top of the new page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${test.info().project.use.baseURL}/cost/#medicare`);
  await expect(page).toHaveURL(/\/costs\/(#medicare)?$/);
  await expect(page.locator('h1')).toContainText('cost');
  await context.close();
});

test('without JavaScript a section link is a plain link to its anchor, and the copy and print buttons stay hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${test.info().project.use.baseURL}/costs/`);
  await page.locator('a.anchor-link[href="#medicare"]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#medicare$/);
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await context.close();
});

test('the print version hides navigation and buttons and prints link addresses and the page address', async ({ page }) => {
  await page.goto('/costs/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('.share-bar')).toBeHidden();
  await expect(page.locator('.print-only')).toBeVisible();
  await expect(page.locator('.print-only')).toContainText('https://iop-guide.example.org/costs/');
  await expect(page.locator('.print-only')).toContainText(/Page last reviewed: \w+ \d+, \d{4}/);
  // The page address and review date come last in the printed article.
  expect(await page.locator('article > :last-child > :last-child').getAttribute('class')).toContain('print-only');
  const after = await page
    .locator('main .prose a[data-print-url]')
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toMatch(/https:\/\/iop-guide\.example\.org\//);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
});
