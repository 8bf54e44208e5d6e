// End-to-end tests drive the built app in Debian's Chromium (Playwright cannot download browsers here).
// The app is served by `vite preview`; screenshots are kept under e2e-artifacts/.
import { mkdirSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Screenshots and measured figures go here; it is gitignored, so a fresh clone must create it.
mkdirSync('e2e-artifacts', { recursive: true });

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_PORT lets several test runs share a machine; the README's commands use the default 4173.
const port = Number(process.env.E2E_PORT ?? 4173);
// E2E_DIST lets each of them serve its own build (`vite build --outDir dist-x`); the default is dist/.
const distDir = process.env.E2E_DIST ?? 'dist';

/**
 * Specs that measure time on the page (first minute, long tasks, cancel latency, frame time, time to first key).
 * They run first and one at a time, so nothing else shares the two cores while they measure.
 */
const TIMED = ['firstMinute', 'mainThread', 'longrun', 'network', 'workerCrash', 'hostileInput', 'kiosk', 'scene'].map(
  (name) => `**/${name}.spec.ts`,
);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  fullyParallel: false,
  // The other specs run two at a time. They are mostly CPU-bound (axe, software WebGL, the simulation), so on two
  // cores this saves about 2 of 12 minutes.
  workers: 2,
  projects: [
    { name: 'timed', testMatch: TIMED, workers: 1 },
    { name: 'app', testIgnore: TIMED, dependencies: ['timed'] },
  ],
  // On CI one retry absorbs a rare timing miss of the sub-second first-minute and long-task checks on a shared
  // 2-core machine (software WebGL); a real regression fails both attempts. Local runs never retry.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--use-angle=swiftshader',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
    // The app's service worker (offline PWA) would serve worker chunks from its cache past page.route() and
    // precache in every test; only offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${distDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
