// Using the key: on the classroom link a run fills the key buffer and a message sent with the one-time pad is
// read by Bob, while Eve's reading is garbled; with intercept-resend on every pulse the blocks abort, the
// buffer stays empty and nothing can be sent.
import { expect, readCount, readout, test } from './fixtures';
import { axeViolations } from './a11yScan';

test('send a message and read it decrypted by Bob', async ({ page, runBar }) => {
  await page.goto('/?seed=1&preset=ideal-classroom');
  await runBar.setSpeed('As fast as possible');
  await runBar.start();
  const buffer = readout(page, 'Key buffer');
  await expect.poll(() => readCount(buffer), { timeout: 60_000 }).toBeGreaterThan(1000);
  await runBar.pause();
  const panel = page.locator('#message');
  const text = 'Quantum keys, used once.';
  await panel.getByRole('textbox', { name: 'Message' }).fill(text);
  await panel.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(readout(page, 'Bob reads')).toHaveText(text);
  await expect(readout(page, 'Eve reads')).not.toHaveText(text);
  await expect(panel.getByText(`Sent with ${text.length * 8} key bits, now used up.`)).toBeVisible();
  await expect(buffer).toContainText(`${text.length * 8} used`);
  // The panel with its result, in AES mode too, passes axe.
  await panel.getByRole('radio', { name: /AES-256-GCM/ }).check();
  await expect(readout(page, 'AES keys so far')).toHaveText(/^[1-9][\d\s,]* \(each from 256 final key bits\)/);
  await panel.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(readout(page, 'Bob reads')).toHaveText(text);
  await expect(panel.getByText(/fails GCM’s tag check/)).toBeVisible();
  expect(await axeViolations(page, 'message panel', ['#message'])).toEqual([]);
});

test('with intercept-resend on, the run aborts and no message can be sent', async ({ page, controls, runBar }) => {
  await page.goto('/?seed=1&preset=ideal-classroom');
  await controls.setEavesdropper('Intercept-resend');
  await runBar.setSpeed('As fast as possible');
  await runBar.start();
  await expect(page.getByRole('alert').filter({ hasText: 'Block aborted' })).toBeVisible({ timeout: 45_000 });
  await runBar.pause();
  const panel = page.locator('#message');
  await expect(readout(page, 'Key buffer')).toHaveText(/^0 bits ready/);
  await expect(panel.getByRole('button', { name: 'Send', exact: true })).toBeDisabled();
  await expect(panel.getByText(/The key buffer is empty/)).toBeVisible();
});
