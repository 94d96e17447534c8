import AxeBuilder from '@axe-core/playwright';
import { iopAnswers, worstAnswers } from './self-check-answers.ts';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { helpLine } from '../../src/data/crisis.ts';
import { levelById } from '../../src/data/levels.ts';
import { iopSchedule } from '../../src/data/schedule.ts';
import { outcomeTexts, overdoseInfoPath, ruleTexts, safetyTexts, selfCheckQuestions, urgentNotes } from '../../src/lib/self-check-content.ts';
import { formatMoneyRange } from '../../src/lib/format.ts';
import { otherWords } from '../../src/lib/self-check-other.ts';
import { familyLinks, voiceChoice } from '../../src/lib/self-check-words.ts';

// Keyboard-only runs press Tab many times, and axe runs three times per test: allow time on a busy machine.
test.describe.configure({ timeout: 120_000 });

const iopCost = levelById('iop').cost!;
const phpCost = levelById('php').cost!;

/** Presses Tab (never clicks) until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Answers one question from the keyboard: Tab into the group, then Space or arrow keys to choose. */
async function answerByKeyboard(page: Page, questionId: string, answerId: string): Promise<void> {
  const question = selfCheckQuestions.find((q) => q.id === questionId)!;
  const index = question.answers.findIndex((a) => a.id === answerId);
  const group = page.locator(`fieldset#q-${questionId}`);
  await tabTo(page, group.locator('input[type="radio"]').first());
  if (index === 0) await page.keyboard.press('Space');
  for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
  await expect(group.locator(`input[value="${answerId}"]`)).toBeChecked();
}


async function answerAll(page: Page, answers: Record<string, string>): Promise<void> {
  for (const [questionId, answerId] of Object.entries(answers)) await page.locator(`#q-${questionId}-${answerId}`).check();
}

/** Replaces a box's text from the keyboard. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

test.describe('self-check', () => {
  test('can be filled and read by keyboard alone, with progress as you go', async ({ page }) => {
    await page.goto('/self-check/');
    await expect(page.locator('h1')).toContainText('Is an IOP right for me?');
    await expect(page.locator('self-check fieldset')).toHaveCount(selfCheckQuestions.length);
    await expect(page.locator('[data-progress]')).toHaveText(`0 of ${selfCheckQuestions.length} answered`);

    let answered = 0;
    for (const [questionId, answerId] of Object.entries(iopAnswers)) {
      await answerByKeyboard(page, questionId, answerId);
      answered += 1;
      await expect(page.locator('[data-progress]')).toHaveText(`${answered} of ${selfCheckQuestions.length} answered`);
    }

    await tabTo(page, page.getByRole('button', { name: 'See my result' }));
    await page.keyboard.press('Enter');
    const heading = page.locator('#self-check-result-heading');
    await expect(heading).toBeFocused();
    await expect(heading).toHaveText(`Your result: ${outcomeTexts['iop-may-fit'].heading}`);
    const result = page.locator('[data-result]');
    await expect(result).toContainText('This is not a diagnosis');
    await expect(result).toContainText('A clinician decides');
    await expect(page.locator('[data-safety-panel]')).toBeHidden();
    // The outcome's own words come from the script's data, not from hidden HTML.
    await expect(result).toContainText(outcomeTexts['iop-may-fit'].summary[0]!);
    await expect(result.locator('[data-next] li')).toHaveText([...outcomeTexts['iop-may-fit'].next]);
    // The pages to read, in the "About this result" panel (a safety box may link to one of them too).
    const about = result.locator('.panel', { hasText: 'About this result' });
    for (const path of ['self-check/how-it-works/', 'levels-of-care/', 'who-is-it-for/', 'what-is-an-iop/', 'costs/']) {
      await expect(about.locator(`a[href="/${path}"]`), path).toBeVisible();
    }
    await expect(result.locator('a[href="https://findtreatment.gov/"]')).toBeVisible();
    await expect(result.getByRole('link', { name: helpLine('helpline').display })).toBeVisible();
    await expect(result.locator('[data-reasons] li').first()).toBeVisible();
  });

  test('Enter on an answer shows the result and loads nothing', async ({ page }) => {
    await page.goto('/self-check/');
    await answerAll(page, { ...iopAnswers, 'daily-life': 'little', 'past-care': 'managing' });
    await page.locator('#q-duties-no').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#self-check-result-heading')).toHaveText(`Your result: ${outcomeTexts['outpatient-may-be-enough'].heading}`);
    expect(new URL(page.url()).search).toBe('');
  });

  test('a danger answer shows crisis help at once, and first in the result, with focus on it', async ({ page }) => {
    await page.goto('/self-check/');
    await answerByKeyboard(page, 'withdrawal', 'seizures');
    // Help appears under the question straight away, in a live region, before anything else is answered.
    const now = page.locator('[data-safety-now="withdrawal"]');
    await expect(now).toHaveAttribute('aria-live', 'assertive');
    await expect(now).toContainText(safetyTexts.withdrawal.heading);
    await expect(now.locator(`a[href="tel:${helpLine('emergency').dial}"]`)).toBeVisible();
    await expect(now.locator(`a[href="tel:${helpLine('crisis').dial}"]`)).toBeVisible();
    await expect(now.locator('a[href="/who-is-it-for/#why-withdrawal-needs-medical-care"]')).toBeVisible();

    await answerAll(page, { ...iopAnswers, withdrawal: 'seizures' });
    await page.getByRole('button', { name: 'See my result' }).click();

    const safety = page.locator('#self-check-safety-heading');
    await expect(safety).toBeFocused();
    const panel = page.locator('[data-safety-panel]');
    await expect(panel).toContainText(safetyTexts.withdrawal.heading);
    await expect(panel).toContainText('why withdrawal needs medical care');
    await expect(panel.getByRole('link', { name: helpLine('emergency').display, exact: true })).toBeVisible();
    await expect(panel.getByRole('link', { name: helpLine('crisis').display, exact: true })).toBeVisible();
    const safetyTop = (await safety.boundingBox())!.y;
    const resultTop = (await page.locator('#self-check-result-heading').boundingBox())!.y;
    expect(safetyTop).toBeLessThan(resultTop);
    await expect(page.locator('#self-check-result-heading')).toHaveText(`Your result: ${outcomeTexts['more-intensive-first'].heading}`);
  });

  for (const [questionId, answerId, kind] of [
    ['self-harm', 'thoughts', 'suicide-thoughts'],
    ['self-harm', 'intent', 'suicide'],
    ['self-harm', 'plan', 'lethal-means'],
    ['body', 'emergency', 'medical'],
    ['sedatives', 'daily', 'withdrawal'],
    ['sedatives', 'prescribed', 'prescribed-benzo'],
    ['opioids', 'using', 'naloxone'],
    ['opioids', 'stopped', 'opioid-tolerance'],
  ] as const) {
    test(`${questionId} = ${answerId} shows ${kind} help first`, async ({ page }) => {
      await page.goto('/self-check/');
      await page.locator(`#q-${questionId}-${answerId}`).check();
      await expect(page.locator(`[data-safety-now="${questionId}"]`)).toContainText(safetyTexts[kind].heading);
      await answerAll(page, { ...iopAnswers, [questionId]: answerId });
      await page.getByRole('button', { name: 'See my result' }).click();
      await expect(page.locator('#self-check-safety-heading')).toBeFocused();
      await expect(page.locator(`[data-safety-kind="${kind}"]`)).toBeVisible();
    });
  }

  test('thoughts of suicide with a gun at home turn into urgent help and lethal-means advice, under the question and first in the result', async ({ page }) => {
    await page.goto('/self-check/');
    await page.locator('#q-self-harm-thoughts').check();
    await expect(page.locator('[data-safety-now="self-harm"]')).toContainText(safetyTexts['suicide-thoughts'].heading);
    await page.locator('#q-lethal-means-gun').check();
    const now = page.locator('[data-safety-now="lethal-means"]');
    await expect(now).toContainText(safetyTexts.suicide.heading);
    await expect(now).toContainText(safetyTexts['lethal-means'].heading);
    await expect(now).toContainText('Get help now:');
    await answerAll(page, { ...iopAnswers, 'self-harm': 'thoughts', 'lethal-means': 'gun' });
    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(page.locator('#self-check-safety-heading')).toBeFocused();
    await expect(page.locator('[data-safety-kind="suicide"]')).toBeVisible();
    await expect(page.locator('[data-safety-kind="lethal-means"]')).toBeVisible();
    await expect(page.locator('[data-safety-kind="suicide-thoughts"]')).toBeHidden();
    await expect(page.locator('#self-check-result-heading')).toHaveText(`Your result: ${outcomeTexts['urgent-help-first'].heading}`);
    // Without the gun, thoughts alone still ask for a clinician first: never a reassuring result.
    await page.locator('#q-lethal-means-no').check();
    await expect(page.locator('#self-check-result-heading')).toHaveText(`Your result: ${outcomeTexts['clinician-first'].heading}`);
    await expect(now).toBeEmpty();
  });

  test('any opioid answer shows naloxone, marked as a safety note in words, with a link to overdose signs', async ({ page }) => {
    await page.goto('/self-check/');
    for (const answerId of ['using', 'stopped', 'on-medicine']) {
      await page.locator(`#q-opioids-${answerId}`).check();
      const now = page.locator('[data-safety-now="opioids"]');
      await expect(now, answerId).toContainText(safetyTexts.naloxone.heading);
      await expect(now.locator(`a[href="/${overdoseInfoPath}"]`).first(), answerId).toBeVisible();
    }
    await expect(page.locator('[data-safety-now="opioids"]')).toContainText('Safety note:');
    await page.locator('#q-opioids-no').check();
    await expect(page.locator('[data-safety-now="opioids"]')).toBeEmpty();
  });

  test('the help under a question goes away when the answer changes', async ({ page }) => {
    await page.goto('/self-check/');
    await page.locator('#q-self-harm-thoughts').check();
    await expect(page.locator('[data-safety-now="self-harm"]')).not.toBeEmpty();
    await page.locator('#q-self-harm-no').check();
    await expect(page.locator('[data-safety-now="self-harm"]')).toBeEmpty();
  });

  test('lists unanswered questions, and each link goes to its question', async ({ page }) => {
    await page.goto('/self-check/');
    await page.locator('#q-sedatives-no').check();
    await page.getByRole('button', { name: 'See my result' }).click();
    const missing = page.locator('[data-missing]');
    await expect(missing).toBeFocused();
    await expect(missing.locator('li')).toHaveCount(selfCheckQuestions.length - 1);
    await expect(page.locator('[data-result]')).toBeHidden();
    await missing.getByRole('link', { name: /Question 2:/ }).click();
    await expect(page.locator('#q-withdrawal input').first()).toBeFocused();
  });

  test('answers can be changed after the result, and the result follows', async ({ page }) => {
    await page.goto('/self-check/');
    await answerAll(page, iopAnswers);
    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(page.locator('#self-check-result-heading')).toContainText(outcomeTexts['iop-may-fit'].heading);
    await page.locator('#q-home-use-at-home').check();
    await expect(page.locator('#self-check-result-heading')).toContainText(outcomeTexts['more-intensive-first'].heading);
    await expect(page.locator('[data-result-status]')).toHaveText(`Your result changed: ${outcomeTexts['more-intensive-first'].heading}.`);
    await expect(page.locator('[data-result]')).toContainText(outcomeTexts['more-intensive-first'].summary[0]!);
    await expect(page.locator('[data-result]')).not.toContainText(outcomeTexts['iop-may-fit'].summary[0]!);
    await expect(page.locator('#q-home-use-at-home')).toBeFocused();
    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await expect(page.locator('[data-result]')).toBeHidden();
    await expect(page.locator('[data-progress]')).toHaveText(`0 of ${selfCheckQuestions.length} answered`);
  });

  test('with JavaScript, each question explains why we ask it and what each answer points to in place, keeping the answers', async ({ page }) => {
    await page.goto('/self-check/');
    await page.locator('#q-withdrawal-seizures').check();
    for (const question of selfCheckQuestions) {
      const group = page.locator(`fieldset#q-${question.id}`);
      await expect(group.locator('a[href*="how-it-works"]'), question.id).toHaveCount(0);
      const details = group.locator('details');
      await expect(details.locator('summary'), question.id).toHaveText('Why we ask, and what each answer means');
      await expect(details.locator('li').first(), question.id).toBeHidden();
      await details.locator('summary').click();
      await expect(details, question.id).toContainText(question.why);
      await expect(details.locator('li'), question.id).toHaveCount(question.answers.length);
    }
    const withdrawal = selfCheckQuestions.find((q) => q.id === 'withdrawal')!;
    const first = page.locator('#q-withdrawal details li').first();
    await expect(first).toContainText(withdrawal.answers[0]!.label);
    await expect(first).toContainText('Get help now. Points to more care first.');
    await expect(first).toContainText(withdrawal.answers[0]!.guidance);
    await expect(page.locator('#q-withdrawal details li').last()).not.toContainText('Get help now');
    expect(new URL(page.url()).pathname).toBe('/self-check/');
    await expect(page.locator('#q-withdrawal-seizures')).toBeChecked();
  });

  test('without JavaScript, every question shows, crisis help stands on the page, each question links to what its answers point to, and the form goes nowhere', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/self-check/');
    await expect(page.locator('self-check fieldset')).toHaveCount(selfCheckQuestions.length);
    const form = page.getByRole('form', { name: 'Self-check questions' });
    await expect(form).toHaveAttribute('method', 'dialog');
    await expect(form).not.toHaveAttribute('action', /.*/);
    await expect(page.getByRole('button', { name: 'See my result' })).toBeHidden();
    // Playwright's text search skips <noscript>, so read it directly.
    await expect(form.locator('noscript p')).toBeVisible();
    await expect(form.locator('noscript p')).toContainText('JavaScript is off');
    await expect(form.locator('noscript a[href="/self-check/how-it-works/"]')).toBeVisible();

    // Safety help never waits for a click or a script.
    const urgent = page.getByRole('complementary', { name: /If you are in danger, get help now/ });
    await expect(urgent.locator(`a[href="tel:${helpLine('emergency').dial}"]`)).toBeVisible();
    await expect(urgent.locator(`a[href="tel:${helpLine('crisis').dial}"]`)).toBeVisible();
    for (const note of Object.values(urgentNotes)) await expect(urgent).toContainText(note);
    await expect(urgent.locator(`a[href="/${overdoseInfoPath}"]`)).toBeVisible();
    await expect(page.locator('#how-the-self-check-works + p + ol li')).toHaveCount(ruleTexts.length);

    await page.locator('#q-body-well').check();
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/\/self-check\/$/);

    // Each question's link opens its own section of the explanations page.
    await page.locator('#q-withdrawal').getByRole('link', { name: /Why we ask/ }).click();
    await expect(page).toHaveURL(/\/self-check\/how-it-works\/#q-withdrawal$/);
    const section = page.locator('section', { has: page.locator('h2#q-withdrawal') });
    await expect(section.locator('h2')).toBeInViewport();
    await expect(section).toContainText('Points to more care first');
    await expect(section).toContainText('Get help now');
    await expect(page.locator('#how-your-answers-add-up + p + ol li')).toHaveCount(ruleTexts.length);
    // Every safety box and result is on this page as plain HTML.
    await expect(page.locator('#safety-naloxone')).toContainText(safetyTexts.naloxone.heading);
    await expect(page.locator('#safety-lethal-means')).toContainText(safetyTexts['lethal-means'].heading);
    await expect(page.locator('#result-clinician-first')).toHaveText(outcomeTexts['clinician-first'].heading);
    await context.close();
  });
});


/** Pages in a PDF file: one "/Type /Page" object each ("/Type /Pages" is the tree that holds them). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
const printMargin = { top: '0.5in', right: '0.5in', bottom: '0.5in', left: '0.5in' };

async function storageCount(page: Page): Promise<{ local: number; session: number }> {
  return page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
}

test.describe('self-check: Back, printing and answering for someone else', () => {
  for (const width of [375, 1280]) {
    test(`Back keeps the answers and the result, without putting them in the address or storage (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/self-check/');
      await answerAll(page, iopAnswers);
      await page.getByRole('button', { name: 'See my result' }).click();
      await expect(page.locator('#self-check-result-heading')).toHaveText(`Your result: ${outcomeTexts['iop-may-fit'].heading}`);
      await page.locator('[data-result]').getByRole('link', { name: 'The levels of care, from most to least intensive' }).click();
      await expect(page).toHaveURL(/\/levels-of-care\/$/);
      await page.goBack();
      await expect(page).toHaveURL(/\/self-check\/$/);
      for (const [questionId, answerId] of Object.entries(iopAnswers)) await expect(page.locator(`#q-${questionId}-${answerId}`), questionId).toBeChecked();
      await expect(page.locator('#self-check-result-heading')).toHaveText(`Your result: ${outcomeTexts['iop-may-fit'].heading}`);
      await expect(page.locator('[data-progress]')).toHaveText(`${selfCheckQuestions.length} of ${selfCheckQuestions.length} answered`);
      expect(await storageCount(page)).toEqual({ local: 0, session: 0 });

      // A reload (not served from the back-forward cache) restores them too; a partial set comes back without a result.
      await page.locator('#q-home-use-at-home').check();
      await page.reload();
      await expect(page.locator('#q-home-use-at-home')).toBeChecked();
      await expect(page.locator('#self-check-result-heading')).toHaveText(`Your result: ${outcomeTexts['more-intensive-first'].heading}`);
      expect(new URL(page.url()).hash + new URL(page.url()).search).toBe('');

      // "Clear my answers" clears what Back would bring back.
      await page.getByRole('button', { name: 'Clear my answers' }).click();
      await expect(page.locator('[data-progress]')).toHaveText(`0 of ${selfCheckQuestions.length} answered`);
      await page.reload();
      await expect(page.locator('self-check input:checked')).toHaveCount(0);
      await expect(page.locator('[data-result]')).toBeHidden();
    });

    test(`answering for someone else: the questions, safety help and result speak about them, and the answers come along (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/self-check/');
      await page.locator('#q-sedatives-daily').check();
      await page.locator('#q-opioids-using').check();
      await page.getByRole('link', { name: voiceChoice.options.other }).click();
      await expect(page).toHaveURL(/\/self-check\/for-someone-else\/$/);
      await expect(page.locator('h1')).toHaveText(otherWords.title);
      await expect(page.getByRole('link', { name: voiceChoice.options.other })).toHaveAttribute('aria-current', 'page');
      // Carried over, and the hand-over is gone from storage at once.
      await expect(page.locator('#q-sedatives-daily')).toBeChecked();
      await expect(page.locator('#q-opioids-using')).toBeChecked();
      expect(await storageCount(page)).toEqual({ local: 0, session: 0 });
      await expect(page.locator('[data-progress]')).toHaveText(`2 of ${selfCheckQuestions.length} answered`);

      for (const question of otherWords.questions) await expect(page.locator(`fieldset#q-${question.id} legend`), question.id).toContainText(question.question);
      await expect(page.locator('[data-safety-now="sedatives"]')).toContainText(otherWords.safetyTexts.withdrawal.heading);
      await expect(page.locator('[data-safety-now="opioids"]')).toContainText(otherWords.safetyTexts.naloxone.heading);

      // Thoughts of suicide with a gun at home: urgent help, worded about them, 988 and 911 first.
      await page.locator('#q-self-harm-thoughts').check();
      await page.locator('#q-lethal-means-gun').check();
      const now = page.locator('[data-safety-now="lethal-means"]');
      await expect(now).toContainText(`Get help now: ${otherWords.safetyTexts.suicide.heading}`);
      await expect(now).toContainText(`If they are in danger right now, call ${helpLine('emergency').display}.`);
      await expect(now.locator(`a[href="tel:${helpLine('crisis').dial}"]`)).toBeVisible();
      await expect(now.locator(`a[href="tel:${helpLine('emergency').dial}"]`)).toBeVisible();

      await answerAll(page, { ...iopAnswers, sedatives: 'daily', opioids: 'using', 'self-harm': 'thoughts', 'lethal-means': 'gun' });
      await page.getByRole('button', { name: 'See my result' }).click();
      await expect(page.locator('#self-check-safety-heading')).toBeFocused();
      await expect(page.locator('#self-check-safety-heading')).toHaveText('Read this first: their safety');
      await expect(page.locator('[data-safety-kind="suicide"]')).toContainText(otherWords.safetyTexts.suicide.points[0]!);
      await expect(page.locator('#self-check-result-heading')).toHaveText(`The result: ${otherWords.outcomeTexts['urgent-help-first'].heading}`);
      await expect(page.locator('[data-reasons] li').first()).toHaveText(otherWords.questions[0]!.answers[0]!.guidance);
      await expect(page.locator('[data-result]')).toContainText(otherWords.notADiagnosis[0]!);
      for (const link of familyLinks('/')) await expect(page.locator(`.sc-family a[href="${link.href}"]`), link.href).toBeVisible();
      await expect(page.locator('[data-result] a[href="/families-and-teens/"]')).toBeVisible();
      // The in-place notes name the third-person boxes.
      await page.locator('#q-opioids details summary').click();
      await expect(page.locator('#q-opioids details li').first()).toContainText(`Shows: ${otherWords.safetyTexts.naloxone.heading}`);

      // And back to answering for yourself, with the same answers.
      await page.getByRole('link', { name: voiceChoice.options.self }).click();
      await expect(page).toHaveURL(/\/self-check\/$/);
      await expect(page.locator('#q-lethal-means-gun')).toBeChecked();
      await expect(page.locator('#self-check-result-heading')).toHaveText(`Your result: ${outcomeTexts['urgent-help-first'].heading}`);
      expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    });

    test(`without JavaScript, the page for someone else asks about them, shows help and the family guide, and links between the pages (${width} px)`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto('/self-check/');
      await page.getByRole('link', { name: voiceChoice.options.other }).click();
      await expect(page).toHaveURL(/\/self-check\/for-someone-else\/$/);
      await expect(page.locator('self-check fieldset')).toHaveCount(selfCheckQuestions.length);
      await expect(page.locator('#q-self-harm legend')).toContainText(otherWords.questions.find((q) => q.id === 'self-harm')!.question);
      const urgent = page.getByRole('complementary', { name: new RegExp(otherWords.urgent.heading) });
      for (const note of Object.values(otherWords.urgent.notes)) await expect(urgent).toContainText(note);
      await expect(urgent.locator(`a[href="tel:${helpLine('crisis').dial}"]`)).toBeVisible();
      for (const link of familyLinks('/')) await expect(page.locator(`a[href="${link.href}"]`).first(), link.href).toBeVisible();
      await expect(page.locator('form noscript p')).toContainText('JavaScript is off');
      await expect(page.getByRole('button', { name: 'See my result' })).toBeHidden();
      expect(await overflowOf(page)).toBeLessThanOrEqual(0);
      await page.getByRole('link', { name: voiceChoice.options.self }).click();
      await expect(page).toHaveURL(/\/self-check\/$/);
      await context.close();
    });
  }

  for (const path of ['/self-check/', '/self-check/for-someone-else/']) {
    test(`the result prints as one page (Letter and A4) with the answers, even with every danger answer (${path})`, async ({ page }) => {
      await page.goto(path);
      // Before a result, printing gives the questions (to fill in by hand) over several pages.
      expect(pdfPages(await page.pdf({ format: 'Letter', margin: printMargin }))).toBeGreaterThan(1);
      const words = path === '/self-check/' ? undefined : otherWords;
      for (const answers of [iopAnswers, worstAnswers]) {
        await answerAll(page, answers);
        await page.getByRole('button', { name: 'See my result' }).click();
        for (const format of ['Letter', 'A4'] as const) {
          expect(pdfPages(await page.pdf({ format, margin: printMargin })), `${format} ${answers === worstAnswers ? 'worst case' : 'IOP case'}`).toBe(1);
        }
        // The help lines print once: in the safety panel when it shows, otherwise in the line under the result.
        await page.emulateMedia({ media: 'print' });
        const printedLines = page.locator('.sc-print-help, [data-safety-panel] .sc-lines').filter({ hasText: helpLine('crisis').display });
        await expect(printedLines.filter({ visible: true })).toHaveCount(1);
        // Back to no emulation, not "screen": page.pdf() prints with print styles only when no media is emulated.
        await page.emulateMedia({ media: null });
      }
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('self-check form')).toBeHidden();
      await expect(page.locator('.sc-intro')).toBeHidden();
      const listed = page.locator('[data-print-answers] li');
      await expect(listed).toHaveCount(selfCheckQuestions.length);
      const questions = words?.questions ?? selfCheckQuestions;
      await expect(listed.nth(5)).toHaveText(`${questions[5]!.topic}: ${questions[5]!.answers.find((a) => a.id === 'plan')!.label}`);
      await expect(page.locator('#self-check-result-heading')).toBeVisible();
      await expect(page.locator('[data-safety-kind="suicide"] h3')).toBeVisible();
      await expect(page.locator('[data-safety-panel] .sc-lines')).toContainText(helpLine('crisis').display);
      await expect(page.locator('.sc-print-help')).toContainText(`call or text ${helpLine('crisis').display}`);
      await expect(page.locator('.sc-print-help')).toBeHidden();
      await expect(page.locator('.site-footer')).toBeHidden();
      await page.emulateMedia({ media: 'screen' });
      await expect(page.locator('.sc-print-help')).toBeHidden();
      await expect(listed.first()).toBeHidden();

      // "Print or save as PDF" opens the browser's print window (stubbed: a headless browser has none).
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed += 1;
        };
      });
      await page.getByRole('button', { name: 'Print or save as PDF' }).click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      await expect(page.locator('.sc-save')).toContainText('Save as PDF');
    });
  }
});

async function overflowOf(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe('cost estimator', () => {
  const weeks = iopSchedule.programWeeks.max;
  const perWeek = iopSchedule.daysPerWeek.min;

  test('starts at an IOP with the published range and a typical schedule', async ({ page }) => {
    await page.goto('/cost-estimator/');
    await expect(page.locator('#ce-level')).toHaveValue('iop');
    await expect(page.locator('#ce-priceLow')).toHaveValue(String(iopCost.low));
    await expect(page.locator('#ce-priceHigh')).toHaveValue(String(iopCost.high));
    const units = weeks * perWeek;
    await expect(page.locator('[data-total]')).toHaveText(formatMoneyRange(units * iopCost.low, units * iopCost.high));
    await expect(page.locator('[data-working] li').first()).toHaveText(
      `${weeks} weeks × ${perWeek} sessions a week × ${formatMoneyRange(iopCost.low, iopCost.high)} = ${formatMoneyRange(units * iopCost.low, units * iopCost.high)}.`,
    );
    await expect(page.locator('[data-comparison] li')).toHaveCount(3);
    await expect(page.getByText('These are estimates, not prices.').first()).toBeVisible();
  });

  test('can be filled by keyboard alone, with insurance, and shows the working', async ({ page }) => {
    await page.goto('/cost-estimator/');
    await typeInto(page, page.locator('#ce-weeks'), '10');
    await typeInto(page, page.locator('#ce-perWeek'), '4');
    await typeInto(page, page.locator('#ce-deductible'), '1,000');
    await typeInto(page, page.locator('#ce-coinsurance'), '20');
    await typeInto(page, page.locator('#ce-outOfPocketMax'), '2500');
    await tabTo(page, page.getByRole('button', { name: 'Show my estimate' }));
    await page.keyboard.press('Enter');

    const units = 40;
    const low = units * iopCost.low;
    const high = units * iopCost.high;
    const pay = (total: number): number => Math.min(2500, Math.round(1000 + 0.2 * (total - 1000)));
    await expect(page.locator('[data-total]')).toHaveText(formatMoneyRange(low, high));
    await expect(page.locator('[data-you-pay]')).toHaveText(formatMoneyRange(pay(low), pay(high)));
    await expect(page.locator('[data-working]')).toContainText(`10 weeks × 4 sessions a week × ${formatMoneyRange(iopCost.low, iopCost.high)}`);
    await expect(page.locator('[data-working]')).toContainText('$1,000 deductible + 20% coinsurance');
    await expect(page.locator('[data-hours-note]')).toContainText(`That is ${4 * iopSchedule.sessionHours} hours a week.`);
    await expect(page.locator('[data-announce]')).toContainText('Estimate updated.');
  });

  test('choosing another level fills in its range and updates the comparison', async ({ page }) => {
    await page.goto('/cost-estimator/');
    await tabTo(page, page.locator('#ce-level'));
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('#ce-level')).toHaveValue('php');
    await expect(page.locator('#ce-priceLow')).toHaveValue(String(phpCost.low));
    await expect(page.locator('#ce-priceHigh')).toHaveValue(String(phpCost.high));
    const units = weeks * perWeek;
    await expect(page.locator('[data-total]')).toHaveText(formatMoneyRange(units * phpCost.low, units * phpCost.high));
    await expect(page.locator('[data-comparison] [data-level="php"]')).toHaveAttribute('data-chosen', '');
    await expect(page.locator('[data-comparison] [data-level="iop"]')).not.toHaveAttribute('data-chosen', '');
  });

  test('bad input shows the message at its field, moves focus there, and never shows NaN', async ({ page }) => {
    await page.goto('/cost-estimator/');
    await typeInto(page, page.locator('#ce-perWeek'), 'abc');
    await typeInto(page, page.locator('#ce-hoursEach'), '25');
    await typeInto(page, page.locator('#ce-coinsurance'), '120');
    await expect(page.locator('[data-stale]')).toBeVisible();
    await page.keyboard.press('Enter');

    const perWeekField = page.locator('#ce-perWeek');
    await expect(perWeekField).toBeFocused();
    for (const [field, message] of [
      ['perWeek', 'Enter sessions or days a week as a number, like 3.'],
      ['hoursEach', 'A day has 24 hours. Enter 24 hours or fewer.'],
      ['coinsurance', 'Coinsurance is a percentage from 0 to 100.'],
    ] as const) {
      const input = page.locator(`#ce-${field}`);
      await expect(page.locator(`#ce-${field}-error`)).toHaveText(`Error: ${message}`);
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      await expect(input).toHaveAttribute('aria-describedby', new RegExp(`\\bce-${field}-error\\b`));
      await expect(input).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
    await expect(page.locator('#ce-weeks')).not.toHaveAttribute('aria-invalid', /.*/);
    await expect(page.locator('[data-announce]')).toHaveText('3 boxes need a change before the estimate can update.');
    expect(await page.locator('body').innerText()).not.toMatch(/NaN|undefined|Infinity/);

    // Fixing a box clears its message as you type; the others stay until they are fixed too.
    await typeInto(page, page.locator('#ce-perWeek'), '3');
    await expect(page.locator('#ce-perWeek-error')).toBeHidden();
    await expect(page.locator('#ce-perWeek')).not.toHaveAttribute('aria-invalid', /.*/);
    await expect(page.locator('#ce-hoursEach-error')).toBeVisible();
    await typeInto(page, page.locator('#ce-hoursEach'), '3');
    await typeInto(page, page.locator('#ce-coinsurance'), '20');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-error-for]:visible')).toHaveCount(0);
    await expect(page.locator('[data-stale]')).toBeHidden();
    expect(await page.locator('body').innerText()).not.toMatch(/NaN|undefined|Infinity/);
  });

  test('shows a price with cents to the cent, so the working adds up', async ({ page }) => {
    await page.goto('/cost-estimator/');
    await page.locator('#ce-weeks').fill('12');
    await page.locator('#ce-perWeek').fill('3');
    await page.locator('#ce-priceLow').fill('199.50');
    await page.locator('#ce-priceHigh').fill(' 199.50 ');
    await page.getByRole('button', { name: 'Show my estimate' }).click();
    await expect(page.locator('[data-working] li').first()).toHaveText('12 weeks × 3 sessions a week × $199.50 = $7,182.');
    await expect(page.locator('[data-total]')).toHaveText('$7,182');
  });

  test('refuses a malformed amount or one over the limit with a message that says what to type', async ({ page }) => {
    await page.goto('/cost-estimator/');
    for (const [typed, message] of [
      ['1,000.5,000', 'Enter the highest price as a number, such as 1,250 or 1250.50.'],
      [',100', 'Enter the highest price as a number, such as 1,250 or 1250.50.'],
      ['12,34', 'Enter the highest price as a number, such as 1,250 or 1250.50.'],
      ['999,999.99', 'Enter a price of $999,999 or less.'],
    ] as const) {
      await page.locator('#ce-priceHigh').fill(typed);
      await page.getByRole('button', { name: 'Show my estimate' }).click();
      await expect(page.locator('#ce-priceHigh-error'), typed).toHaveText(`Error: ${message}`);
      await expect(page.locator('#ce-priceHigh')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('[data-stale]')).toBeVisible();
    }
    await page.locator('#ce-priceHigh').fill('$1,250.00');
    await page.getByRole('button', { name: 'Show my estimate' }).click();
    await expect(page.locator('#ce-priceHigh-error')).toBeHidden();
    await expect(page.locator('[data-working] li').first()).toContainText(`to $1,250 = `);
  });

  test('draws a bar for every amount above $0 inside its track, and none for a real $0, which its words give', async ({ page }) => {
    /** How much of the bar shows inside its track, in CSS pixels. */
    const shown = (level: string): Promise<number> =>
      page.locator(`[data-comparison] [data-level="${level}"]`).evaluate((row) => {
        const track = row.querySelector('svg')!.getBoundingClientRect();
        const bar = row.querySelector('[data-bar]')!.getBoundingClientRect();
        return Math.max(0, Math.min(bar.right, track.right) - Math.max(bar.left, track.left));
      });
    await page.goto('/cost-estimator/');
    await page.locator('#ce-level').selectOption('residential');
    await page.locator('#ce-priceLow').fill('1500');
    await page.locator('#ce-priceHigh').fill('1500');
    await page.getByRole('button', { name: 'Show my estimate' }).click();
    await expect(page.locator('[data-level="residential"] [data-compare-label]')).toHaveText(' (your choice, your prices)');
    for (const level of ['residential', 'php', 'iop']) expect(await shown(level), level).toBeGreaterThan(1);

    await page.locator('#ce-level').selectOption('iop');
    await page.locator('#ce-priceLow').fill('0');
    await page.locator('#ce-priceHigh').fill('0');
    await page.getByRole('button', { name: 'Show my estimate' }).click();
    await expect(page.locator('[data-level="iop"] [data-compare-text]')).toHaveText('$0');
    expect(await shown('iop')).toBe(0);
    expect(await shown('residential')).toBeGreaterThan(1);
  });

  test('without JavaScript, shows the worked examples and the form, and says why there is no estimate', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/cost-estimator/');
    await expect(page.locator('#ce-weeks')).toBeVisible();
    await expect(page.locator('#ce-coinsurance')).toBeVisible();
    const form = page.getByRole('form', { name: 'Cost estimator' });
    await expect(form.locator('noscript p')).toBeVisible();
    await expect(form.locator('noscript p')).toContainText('JavaScript is off');
    await expect(page.getByRole('button', { name: 'Show my estimate' })).toBeHidden();
    await expect(page.locator('[data-estimate]')).toBeHidden();
    const rows = page.locator('[data-table="cost-examples"] tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    const shortIop = iopSchedule.daysPerWeek.min * iopSchedule.programWeeks.min;
    await expect(rows.first().locator('[data-cost]')).toHaveText(formatMoneyRange(shortIop * iopCost.low, shortIop * iopCost.high));
    await expect(form).toHaveAttribute('method', 'dialog');
    await context.close();
  });
});

test.describe('both tools', () => {
  test('send nothing and store nothing while you use them', async ({ page, context }) => {
    const requests: string[] = [];
    await page.goto('/self-check/');
    await page.waitForLoadState('networkidle');
    // The browser fetches the tab icon on its own schedule, which on a loaded machine can fall after "networkidle";
    // it carries nothing from the page. Every other request counts.
    page.on('request', (request) => {
      if (new URL(request.url()).pathname !== '/favicon.svg') requests.push(request.url());
    });

    await answerAll(page, { ...iopAnswers, 'self-harm': 'thoughts' });
    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(page.locator('[data-result]')).toBeVisible();
    await page.locator('#q-home-few-supports').check();
    await page.keyboard.press('Enter');

    const storage = async (): Promise<{ local: number; session: number }> =>
      page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
    expect(await storage()).toEqual({ local: 0, session: 0 });
    expect(await page.evaluate(() => document.cookie)).toBe('');

    await page.goto('/cost-estimator/');
    await page.waitForLoadState('networkidle');
    requests.length = 0;
    await page.locator('#ce-level').selectOption('php');
    await page.locator('#ce-weeks').fill('8');
    await page.locator('#ce-copay').fill('40');
    await page.locator('#ce-deductible').fill('500');
    await page.getByRole('button', { name: 'Show my estimate' }).click();
    await expect(page.locator('[data-you-pay]')).toBeVisible();
    await page.locator('#ce-weeks').fill('oops');
    await page.keyboard.press('Enter');
    await expect(page.locator('#ce-weeks-error')).toBeVisible();

    expect(requests).toEqual([]);
    expect(await storage()).toEqual({ local: 0, session: 0 });
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await context.cookies()).toEqual([]);
  });

  test('fit a 320 px screen with results and messages showing', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = (): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

    await page.goto('/self-check/');
    await answerAll(page, { ...iopAnswers, sedatives: 'daily', opioids: 'using', 'self-harm': 'plan', body: 'emergency' });
    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(page.locator('[data-safety-panel]')).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);

    await page.goto('/cost-estimator/');
    await page.locator('#ce-coinsurance').fill('20');
    await page.locator('#ce-copay').fill('20');
    await page.locator('#ce-perWeek').fill('9');
    await page.getByRole('button', { name: 'Show my estimate' }).click();
    await expect(page.locator('#ce-copay-error')).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG 2.2 AA problem with results, help and messages showing (${colorScheme})`, async ({ page }) => {
      // Three axe runs, one on a self-check with 13 questions and 9 safety boxes open: on a loaded 2-core machine
      // this took just under the describe's 120 s, so it gets twice that.
      test.setTimeout(240_000);
      await page.emulateMedia({ colorScheme });
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

      await page.goto('/self-check/');
      await answerAll(page, { ...iopAnswers, withdrawal: 'seizures', opioids: 'using', 'self-harm': 'thoughts', 'lethal-means': 'gun' });
      await page.getByRole('button', { name: 'See my result' }).click();
      await page.locator('#q-withdrawal details summary').click();
      await page.getByRole('button', { name: 'See my result' }).click();
      expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

      await page.goto('/self-check/');
      await page.getByRole('button', { name: 'See my result' }).click();
      expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

      await page.goto('/cost-estimator/');
      await page.locator('#ce-deductible').fill('300');
      await page.locator('#ce-coinsurance').fill('200');
      await page.locator('#ce-weeks').fill('0');
      await page.keyboard.press('Enter');
      await expect(page.locator('#ce-weeks-error')).toBeVisible();
      expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
    });
  }
});
