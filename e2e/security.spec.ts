// Security as served by `vite preview`: the Content-Security-Policy (header and <meta>) forbids inline and eval'd
// script and requests off the origin; a run with the scene, plots and long-run panel makes no request elsewhere
// (page, workers) and trips no CSP violation (the fixtures fail on either); an injected inline script is refused.
import { expect, test } from './fixtures';

test('the CSP holds: only same-origin requests during a run, inline script refused', async ({
  runBar,
  page,
  baseURL,
  guards,
}) => {
  const requests: string[] = [];
  page.context().on('request', (r) => requests.push(r.url()));
  const response = await page.goto('/?seed=1&preset=ideal-classroom');
  const header = response?.headers()['content-security-policy'] ?? '';
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const policy of [header, meta ?? '']) {
    const scriptSrc = /(?:^|;)\s*script-src([^;]*)/.exec(policy)?.[1] ?? '';
    expect(scriptSrc.trim(), policy).toBe("'self' 'wasm-unsafe-eval'");
    // 'wasm-unsafe-eval' allows compiling WebAssembly (the FFT kernels) and nothing else; JavaScript eval stays off.
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).toMatch(/connect-src 'self'(;|$)/);
  }
  expect(header).toContain(meta ?? 'missing meta');

  await runBar.setSpeed('As fast as possible');
  await runBar.start();
  await expect(page.getByText(/Final key of block/)).toBeVisible({ timeout: 45_000 });
  await page
    .getByRole('region', { name: 'Link scene' })
    .getByRole('img', { name: /3D view of the link/ })
    .scrollIntoViewIfNeeded();
  await page.getByRole('region', { name: 'Long run' }).scrollIntoViewIfNeeded();
  await runBar.pause();

  const origin = new URL(baseURL ?? '').origin;
  const foreign = requests.filter(
    (u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin,
  );
  expect(foreign).toEqual([]);
  expect(
    requests.some((u) => /photon\.worker-[\w-]+\.js$/.test(u)),
    'worker scripts are among the recorded requests',
  ).toBe(true);

  // The distillation worker may compile WebAssembly (its SIMD FFT kernels): under the served policy an empty
  // module compiles there. Without 'wasm-unsafe-eval' this throws, and PA silently takes the slower path.
  const distill = page.workers().find((w) => /distill\.worker-[\w-]+\.js$/.test(w.url()));
  expect(distill, 'the distillation worker is running').toBeDefined();
  const compiled = await distill!.evaluate(() => {
    try {
      new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      return 'compiled';
    } catch (e) {
      return String(e);
    }
  });
  expect(compiled).toBe('compiled');

  // The policy is enforced and a violation is seen: an injected inline script does not run. (eval cannot be
  // probed from page.evaluate, which DevTools exempts from CSP; the policy text above has no 'unsafe-eval'.)
  guards.allow(/CSP violation: script-src|Refused to (execute|evaluate)|unsafe-eval|Content Security Policy/);
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 100));
    return { inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, violations };
  });
  expect(outcome).toEqual({
    inlineRan: false,
    violations: expect.arrayContaining([expect.stringMatching(/^script-src/)]),
  });
});
