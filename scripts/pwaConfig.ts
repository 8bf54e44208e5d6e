// Offline and install settings of QKD Lab (vite-plugin-pwa): a service worker that precaches every built file
// (app, worker chunks, CSS, icons) and waits to take over, and the web manifest. Also the model version stamped
// into exports: package version plus a hash of the simulation cores (workers/), so no git is needed at build time.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { VitePWA } from 'vite-plugin-pwa';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return listFiles(path);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
  });
}

/** A short hash of the model's source (workers/, tests excluded): equal cores give equal ids. */
export function modelBuildId(root: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(join(root, 'workers')).sort()) {
    hash.update(relative(root, file).replaceAll('\\', '/'));
    hash.update('\0');
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

export function packageVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

export function qkdPwa() {
  return VitePWA({
    registerType: 'prompt',
    // src/update/appUpdate.ts registers the worker from the app bundle (no inline script: the CSP allows none)
    // and decides when a new build takes over.
    injectRegister: false,
    manifest: {
      name: 'QKD Lab',
      short_name: 'QKD Lab',
      description: 'Quantum key distribution simulated photon by photon, with a real key-distillation pipeline.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#0b1f3a',
      background_color: '#f5f6f8',
      icons: [
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      // Everything the build emits, worker chunks included (they are plain .js files in assets/).
      globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,woff,woff2,webmanifest,json}'],
      // The first install controls the page at once; a later build waits (no skipWaiting) so that an open page
      // keeps getting its own build's files, worker scripts included, until appUpdate.ts lets the new one take
      // over (a SKIP_WAITING message, which generateSW answers) and reloads at a safe moment.
      clientsClaim: true,
      skipWaiting: false,
      navigateFallback: 'index.html',
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      cleanupOutdatedCaches: true,
    },
  });
}
