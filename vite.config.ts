// Build and dev-server settings for the QKD Lab web app.
// Workers are ES modules; the bundle keeps three.js in its own chunk so it can load after first paint.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyMeta } from './scripts/contentSecurityPolicy';
import { SECURITY_HEADERS } from './scripts/securityHeaders';
import { modelBuildId, packageVersion, qkdPwa } from './scripts/pwaConfig';

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta(), qkdPwa()],
  // Stamped into exported runs (src/export/buildInfo.ts) so a result names the model that made it.
  define: {
    __QKD_VERSION__: JSON.stringify(packageVersion(process.cwd())),
    __QKD_BUILD_ID__: JSON.stringify(modelBuildId(process.cwd())),
  },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
});
