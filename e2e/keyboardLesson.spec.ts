// A learner without a mouse completes lesson 2 ("Catch the eavesdropper") with the keyboard alone: Tab and
// Shift+Tab to move, Enter, Space and the arrow keys to act. Every stop the test acts on must show a visible
// focus mark, and the run buttons must keep focus on the page when Start or Pause disables itself.
import { expect, test, type Page } from './fixtures';
import type { Locator } from '@playwright/test';

/** What the focused element shows: a visible outline or ring while it matches :focus-visible. */
async function focusMark(page: Page): Promise<{ name: string; isVisible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '(nothing: focus is on the page body)', isVisible: false };
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const hasRing = style.boxShadow !== 'none';
    const isOnScreen = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight;
    const isFocusVisible = el.matches(':focus-visible');
    const name =
      `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" ` +
      `(:focus-visible ${isFocusVisible}, outline ${style.outlineStyle} ${style.outlineWidth}, ` +
      `ring ${hasRing}, on screen ${isOnScreen})`;
    return { name, isVisible: isFocusVisible && (hasOutline || hasRing) && isOnScreen };
  });
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `maxPresses`. Returns the presses used. */
async function tabTo(
  page: Page,
  target: Locator,
  direction: 'forward' | 'backward' = 'forward',
  maxPresses = 150,
): Promise<number> {
  for (let i = 1; i <= maxPresses; i++) {
    await page.keyboard.press(direction === 'forward' ? 'Tab' : 'Shift+Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return i;
  }
  throw new Error(
    `${String(target)} not reached with ${maxPresses} presses of ${direction === 'forward' ? 'Tab' : 'Shift+Tab'}`,
  );
}

/** The focused stop shows its mark (polled briefly: a smooth scroll may still be bringing it into view). */
async function expectVisibleFocus(page: Page, what: string): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const mark = await focusMark(page);
        last = mark.name;
        return mark.isVisible;
      },
      { message: `focus mark at ${what}`, timeout: 2000 },
    )
    .toBe(true)
    .catch(() => {
      throw new Error(`no visible focus mark at ${what}; focused: ${last}`);
    });
}

test('lesson 2 completed with the keyboard alone', async ({ page, controls, runBar }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?seed=1&lesson=catch-eve');
  await expect(page.getByRole('heading', { name: 'Lesson 2: Catch the eavesdropper' })).toBeVisible();
  const progress = page.locator('.lesson-progress');
  const eve = controls.eavesdropper;
  const fraction = controls.interceptFraction;
  const start = runBar.startButton;
  const pause = runBar.pauseButton;

  // Task 1, step 1: "Show them" takes focus to the first control the lesson outlines, the Eavesdropper menu.
  await tabTo(page, page.getByRole('button', { name: 'Show them' }));
  await expectVisibleFocus(page, '"Show them"');
  await page.keyboard.press('Enter');
  await expect(eve).toBeFocused();
  await expectVisibleFocus(page, 'Eavesdropper');
  // A closed select changes with the arrow keys: None → Intercept-resend.
  await page.keyboard.press('ArrowDown');
  await expect(eve).toHaveValue('intercept-resend');
  await expect(fraction).toBeVisible();
  // The step says to keep Intercept fraction at 100 %: visit it, move it down and back up with the arrows.
  await tabTo(page, fraction);
  await expectVisibleFocus(page, 'Intercept fraction');
  await page.keyboard.press('ArrowLeft');
  await expect(fraction).not.toHaveAttribute('aria-valuetext', /^100\s%$/);
  await page.keyboard.press('End');
  await expect(fraction).toHaveAttribute('aria-valuetext', /^100\s%$/);

  // Task 1, step 2: Start is in the run bar above; Shift+Tab back to it and press Space.
  await tabTo(page, start, 'backward');
  await expectVisibleFocus(page, 'Start');
  await page.keyboard.press('Space');
  await expect(runBar.status).toHaveText('Running');
  // Start disables itself while running: focus must land on Pause, not drop to the page body.
  await expect(pause).toBeFocused();
  await expectVisibleFocus(page, 'Pause (after Start)');
  await expect(progress).toHaveText('1 of 3 tasks done', { timeout: 30_000 });
  await expect(page.getByText(/About 25\s%, as predicted/)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(runBar.status).toHaveText('Paused');
  await expect(start).toBeFocused();
  await expectVisibleFocus(page, 'Start (after Pause)');

  // Task 2: the Checked bits box below the lesson text. Type a number with the keys.
  const checked = page.getByRole('spinbutton', { name: 'Checked bits' });
  await tabTo(page, checked);
  await expectVisibleFocus(page, 'Checked bits');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('48');
  await expect(progress).toHaveText('1 of 3 tasks done');
  await page.keyboard.press('ArrowUp'); // a number box steps by one: 49
  await expect(checked).toHaveValue('49');
  await expect(progress).toHaveText('2 of 3 tasks done');

  // Task 3: Reset in the run bar, the cloner in the Eavesdropper menu, its disturbance D = 4 % with the arrows, Start.
  const reset = runBar.resetButton;
  await tabTo(page, reset, 'backward');
  await expectVisibleFocus(page, 'Reset');
  await page.keyboard.press('Enter');
  await tabTo(page, eve);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // Intercept-resend → … → cloning
  await expect(eve).toHaveValue('phase-covariant-cloning');
  const settings = page.getByRole('button', { name: /link settings$/ });
  if ((await settings.getAttribute('aria-expanded')) !== 'true') {
    await tabTo(page, settings);
    await expectVisibleFocus(page, 'All link settings');
    await page.keyboard.press('Enter');
  }
  const disturbance = page.getByRole('slider', { name: 'Cloning disturbance' });
  await tabTo(page, disturbance);
  await expectVisibleFocus(page, 'Cloning disturbance');
  await page.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(disturbance).toHaveAttribute('aria-valuetext', /^4\s%$/);
  await tabTo(page, start, 'backward');
  await expectVisibleFocus(page, 'Start (cloning)');
  await page.keyboard.press('Space');
  await expect(progress).toHaveText('3 of 3 tasks done', { timeout: 40_000 });
  await expect(page.getByText('Lesson complete!')).toBeVisible();
  await expect(page.getByText(/A few dozen checked bits are enough/)).toBeVisible();

  // The next lesson is reachable too.
  await tabTo(page, page.getByRole('button', { name: /^Next lesson:/ }));
  await expectVisibleFocus(page, 'Next lesson');
  await page.locator('.lessons').screenshot({ path: 'e2e-artifacts/keyboard-lesson-2-done.png' });
});
