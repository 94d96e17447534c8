import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('with JavaScript, an old word address goes straight on to the meaning, and Back skips the stop', async ({ page }) => {
  await page.goto('/costs/');
  await page.goto('/glossary/#parity');
  await expect(page).toHaveURL(/\/glossary\/m-p\/#parity$/);
  await expect(page.locator('#parity')).toBeInViewport();
  await expect(page.locator('#parity')).toContainText('Parity');
  await page.goBack();
  await expect(page).toHaveURL(/\/costs\/$/);
});

test('with JavaScript, /glossary/ stays put without a hash, or with one that is not a word', async ({ page }) => {
  for (const address of ['/glossary/', '/glossary/#main', '/glossary/#no-such-word', '/glossary/#%E0%A4%A']) {
    await page.goto(address);
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname, address).toBe('/glossary/');
  }
});

test('a word link in a topic opens the meaning on its letter page', async ({ page }) => {
  await page.goto('/costs/');
  await page.locator('main a.term[href$="#copay"]').first().click();
  await expect(page).toHaveURL(/\/glossary\/a-c\/#copay$/);
  await expect(page.locator('#copay')).toBeInViewport();
});

test('"See also" links and the page links move between letter pages', async ({ page }) => {
  await page.goto('/glossary/m-p/#medicaid');
  await page.locator('#medicaid ~ .gl-see a[href$="#aca"]').first().click();
  await expect(page).toHaveURL(/\/glossary\/a-c\/#aca$/);
  await expect(page.locator('#aca')).toBeInViewport();
  await page.getByRole('navigation', { name: 'Glossary pages' }).getByRole('link', { name: 'All words, A to Z' }).click();
  await expect(page).toHaveURL(/\/glossary\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an old word address lands on the word in the index, marked, with a link to its meaning', async ({ page }) => {
    await page.goto('/glossary/#parity');
    await expect(page).toHaveURL(/\/glossary\/#parity$/);
    const item = page.locator('#parity');
    await expect(item).toBeInViewport();
    const hint = await item.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(hint).toContain('Follow the link to read what it means.');
    const marked = await item.evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await page.locator('#php').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(marked).not.toBe(plain);
    expect(await page.locator('#php').evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
    await item.getByRole('link', { name: 'Parity' }).click();
    await expect(page).toHaveURL(/\/glossary\/m-p\/#parity$/);
    await expect(page.locator('#parity')).toBeInViewport();
  });
});

test('axe finds no WCAG 2.2 AA violation on a marked word, in the index and on its letter page', async ({ page }) => {
  // Four axe runs; slow on a busy machine, as in accessibility.spec.ts.
  test.setTimeout(300_000);
  const report: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // axe needs JavaScript, so the index is marked by a hash set after loading, which the forwarding ignores.
    await page.goto('/glossary/');
    await page.evaluate(() => (location.hash = 'parity'));
    await expect(page.locator('#parity:target')).toHaveCount(1);
    for (const where of ['/glossary/#parity', '/glossary/m-p/#parity']) {
      if (where !== '/glossary/#parity') await page.goto(where);
      await expect(page.locator('#parity:target')).toHaveCount(1);
      const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      report.push(...violations.map((v) => `${where} ${colorScheme}: ${v.id} ${v.nodes[0]?.target.join(' ')}`));
    }
  }
  expect(report).toEqual([]);
});

// The Spanish glossary (/es/glosario/) works the same way, in Spanish, with the same word ids.
test.describe('in Spanish', () => {
  test('a word link in a Spanish topic opens the Spanish meaning on its Spanish letter page', async ({ page }) => {
    await page.goto('/es/costos/');
    await page.locator('main a.term[href$="#copay"]').first().click();
    await expect(page).toHaveURL(/\/es\/glosario\/a-c\/#copay$/);
    await expect(page.locator('#copay')).toBeInViewport();
    await expect(page.locator('#copay')).toContainText('Copago');
  });

  test('with JavaScript, a word address on /es/glosario/ goes straight on to the meaning, and Back skips the stop', async ({ page }) => {
    await page.goto('/es/costos/');
    await page.goto('/es/glosario/#parity');
    await expect(page).toHaveURL(/\/es\/glosario\/m-p\/#parity$/);
    await expect(page.locator('#parity')).toBeInViewport();
    await expect(page.locator('#parity')).toContainText('Paridad');
    await page.goBack();
    await expect(page).toHaveURL(/\/es\/costos\/$/);
  });

  test('"Vea también" links and the page links move between Spanish letter pages', async ({ page }) => {
    await page.goto('/es/glosario/m-p/#medicaid');
    await page.locator('#medicaid ~ .gl-see a[href$="#aca"]').first().click();
    await expect(page).toHaveURL(/\/es\/glosario\/a-c\/#aca$/);
    await expect(page.locator('#aca')).toBeInViewport();
    await page.getByRole('navigation', { name: 'Páginas del glosario' }).getByRole('link', { name: 'Todas las palabras, de la A a la Z' }).click();
    await expect(page).toHaveURL(/\/es\/glosario\/$/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('a word address lands on the word in the index, marked, with a Spanish hint and a link to its meaning', async ({ page }) => {
      await page.goto('/es/glosario/#parity');
      const item = page.locator('#parity');
      await expect(item).toBeInViewport();
      expect(await item.evaluate((el) => getComputedStyle(el, '::after').content)).toContain('Siga el enlace para leer qué significa.');
      await item.getByRole('link', { name: 'Paridad' }).click();
      await expect(page).toHaveURL(/\/es\/glosario\/m-p\/#parity$/);
      await expect(page.locator('#parity')).toBeInViewport();
    });
  });

  test('axe finds no WCAG 2.2 AA violation on a marked word, in the Spanish index and on its letter page', async ({ page }) => {
    test.setTimeout(300_000);
    const report: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/es/glosario/');
      await page.evaluate(() => (location.hash = 'parity'));
      for (const where of ['/es/glosario/#parity', '/es/glosario/m-p/#parity']) {
        if (where !== '/es/glosario/#parity') await page.goto(where);
        await expect(page.locator('#parity:target')).toHaveCount(1);
        const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
        report.push(...violations.map((v) => `${where} ${colorScheme}: ${v.id} ${v.nodes[0]?.target.join(' ')}`));
      }
    }
    expect(report).toEqual([]);
  });
});
