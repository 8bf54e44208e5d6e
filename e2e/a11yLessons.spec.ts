// Accessibility of the classroom screens: axe (WCAG 2.0–2.2 A and AA) finds nothing on each of the five lessons
// with its own widget in use (sifting cards answered right and wrong, the miss-chance calculator, the PLOB
// figures, the Cascade walk at its fix) and on the kiosk, idle and in its attract loop, in the light, dark and
// projector profiles. One page load per lesson; the profile is switched in the page's "Colours" menu.
import { expect, test, type Page } from './fixtures';
import { PROFILES, axeInEveryProfile, axeViolations, printScans } from './a11yScan';

// The lesson panel and the parameter panel, where a lesson outlines the controls it uses.
const LESSON_REGIONS = ['section.lessons', '#link-parameters'];
const progress = (page: Page) => page.locator('.lesson-progress');

test.afterAll(() => printScans('a11yLessons'));

async function openLesson(page: Page, id: string, number: number): Promise<void> {
  await page.goto(`/?seed=1&lesson=${id}&colorProfile=light`);
  await expect(page.getByRole('heading', { name: new RegExp(`^Lesson ${number}:`) })).toBeVisible();
}

test('lessons 1–2: sifting cards (answered right, wrong, then all done) and the miss-chance calculator', async ({
  runBar,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const found: string[] = [];
  await openLesson(page, 'bb84-photons', 1);
  await runBar.step();
  const cards = page.getByRole('group', { name: /^Detection \d+$/ });
  await expect(cards).toHaveCount(8);
  const rightChoice: string[] = [];
  for (let i = 1; i <= 8; i++) {
    const text = (await page.getByRole('group', { name: `Detection ${i}`, exact: true }).textContent()) ?? '';
    const m = /Alice\s*([ZX]).*Bob\s*([ZX])/.exec(text);
    rightChoice.push(m?.[1] === m?.[2] ? 'Keep' : 'Drop');
  }
  // Card 1 answered wrong, the rest right: both verdict styles are on screen.
  await page
    .getByRole('button', { name: `${rightChoice[0] === 'Keep' ? 'Drop' : 'Keep'} detection 1`, exact: true })
    .click();
  for (let i = 2; i <= 8; i++)
    await page.getByRole('button', { name: `${rightChoice[i - 1]} detection ${i}`, exact: true }).click();
  await expect(page.locator('.sift-verdict.wrong')).toHaveCount(1);
  found.push(...(await axeInEveryProfile(page, 'lesson 1, sifting answered', LESSON_REGIONS)));
  await page.getByRole('button', { name: `${rightChoice[0]} detection 1`, exact: true }).click();
  await expect(page.getByText('Lesson complete!')).toBeVisible();
  found.push(...(await axeInEveryProfile(page, 'lesson 1, complete', LESSON_REGIONS)));

  await openLesson(page, 'catch-eve', 2);
  await page.getByRole('spinbutton', { name: 'Checked bits' }).fill('49');
  await expect(progress(page)).toHaveText('1 of 3 tasks done');
  await expect(page.locator('.miss-chance').getByText(/1 in/)).toBeVisible();
  found.push(...(await axeInEveryProfile(page, 'lesson 2, miss chance', LESSON_REGIONS)));
  expect(found).toEqual([]);
});

test('lessons 3–5: laser vs dot text, the PLOB figures, and the Cascade walk at its fix', async ({ page, runBar }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const found: string[] = [];
  await openLesson(page, 'single-photons', 3);
  found.push(...(await axeInEveryProfile(page, 'lesson 3', LESSON_REGIONS)));

  await openLesson(page, 'how-far', 4);
  await expect(page.getByText('PLOB limit')).toBeVisible();
  found.push(...(await axeInEveryProfile(page, 'lesson 4, PLOB note', LESSON_REGIONS)));

  await openLesson(page, 'raw-to-secret', 5);
  await runBar.start();
  const next = page.getByRole('button', { name: 'Next question' });
  await expect(next).toBeVisible({ timeout: 30_000 });
  await runBar.pause();
  for (let i = 0; i < 20 && (await next.isEnabled()); i++) await next.click();
  await expect(page.getByText(/Found it: Bob flips that bit/)).toBeVisible();
  found.push(...(await axeInEveryProfile(page, 'lesson 5, Cascade walk', LESSON_REGIONS)));
  expect(found).toEqual([]);
});

test('kiosk: idle (whole page) and in the attract loop (its banner and the live link), every profile', async ({
  runBar,
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.clock.install();
  const found: string[] = [];
  // The kiosk has no colour menu (a visitor cannot change it): each profile is the link's, one load each.
  for (const profile of PROFILES) {
    await page.goto(`/?seed=1&kiosk=1&idleSeconds=300&colorProfile=${profile.id}`);
    await expect(page.locator('html')).toHaveAttribute('data-color-profile', profile.id);
    await expect(runBar.startButton).toBeVisible();
    found.push(...(await axeViolations(page, `kiosk idle, whole page, ${profile.id}`)));
    // The first idle period brings the page back to its start; the second starts the attract loop.
    await page.clock.fastForward(300_500);
    await expect(runBar.status).toHaveText('Ready');
    await page.clock.fastForward(300_500);
    await expect(page.getByText(/^Demo 1 of 3:/)).toBeVisible();
    await expect(runBar.status).toHaveText('Running');
    // What the loop adds to the idle page: its banner, and the run bar and readouts going live.
    await expect(page.locator('.attract')).toBeVisible();
    found.push(
      ...(await axeViolations(page, `kiosk attract, ${profile.id}`, ['.attract', '.kiosk-stage', '.kiosk-controls'])),
    );
  }
  expect(found).toEqual([]);
});
