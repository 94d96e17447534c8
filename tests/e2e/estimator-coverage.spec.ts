import { expect, test } from '@playwright/test';
import { coverageChoice, coverageChoices } from '../../src/data/coverage.ts';

test('choosing Medicaid or Medicare says what it usually means for what you pay, and changes no number', async ({ page }) => {
  await page.goto('/cost-estimator/');
  const select = page.getByLabel('What coverage do you have?');
  const meaning = page.locator('#ce-coverage-meaning');
  const low = page.getByLabel('Lowest price for one session or day, in dollars');
  const before = await low.inputValue();
  for (const id of ['medicaid', 'medicare', 'none', 'plan'] as const) {
    await select.selectOption(id);
    await expect(meaning).toHaveText(coverageChoice(id)!.meaning);
  }
  expect(await low.inputValue()).toBe(before);
  await expect(page.getByRole('link', { name: /Medicaid\.gov/ })).toHaveAttribute('href', /^https:\/\/www\.medicaid\.gov\//);
});

test('without JavaScript every coverage choice and its meaning is listed', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${test.info().project.use.baseURL}/cost-estimator/`);
  await expect(page.getByLabel('What coverage do you have?')).toBeHidden();
  for (const choice of coverageChoices) await expect(page.locator('dd', { hasText: choice.meaning })).toBeVisible();
  await context.close();
});
