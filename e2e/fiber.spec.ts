// A visitor lengthens the fiber and sees the key rate fall: the same classroom link at 5 km and then at
// 60 km (after Reset), each run until a block is distilled, compared by the readouts' accessible names.
import { expect, RunBar, readout, test, type Page } from './fixtures';

/** "45.1 kbit/s" → 45100; NaN for "—". */
async function readBitRate(page: Page, name: string): Promise<number> {
  const text = (await readout(page, name).textContent()) ?? '';
  const m = /([\d.]+)\s*([kMG]?)bit\/s/.exec(text);
  if (!m) return Number.NaN;
  return Number(m[1]) * ({ '': 1, k: 1e3, M: 1e6, G: 1e9 } as Record<string, number>)[m[2]];
}

async function runUntilKey(page: Page): Promise<{ secret: number; sifted: number }> {
  const runBar = new RunBar(page);
  await runBar.start();
  await expect.poll(() => readBitRate(page, 'Secret key rate'), { timeout: 40_000 }).toBeGreaterThan(0);
  await runBar.pause();
  return { secret: await readBitRate(page, 'Secret key rate'), sifted: await readBitRate(page, 'Sifted key rate') };
}

test('a longer fiber gives a lower key rate', async ({ page, controls, runBar }) => {
  await page.goto('/?seed=1&preset=ideal-classroom');
  await runBar.setSpeed('As fast as possible');
  const short = await runUntilKey(page);

  await runBar.reset();
  await page.getByRole('spinbutton', { name: 'Fiber length value' }).fill('60');
  await page.keyboard.press('Enter');
  await expect(controls.fiberLength).toHaveAttribute('aria-valuetext', '60 km');
  await expect.poll(() => new URL(page.url()).searchParams.get('fiberLengthKm')).toBe('60');
  const long = await runUntilKey(page);

  // 55 km more at 0.2 dB/km is 11 dB: about 12× fewer photons arrive.
  expect(long.sifted).toBeLessThan(short.sifted / 5);
  expect(long.secret).toBeLessThan(short.secret / 5);
  // The same sentence is also in the plot's screen-reader summary; check the one on screen.
  await expect(
    page
      .getByText(/This run at 60 km/)
      .filter({ visible: true })
      .first(),
  ).toBeVisible();
});
