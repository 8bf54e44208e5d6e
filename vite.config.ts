// Build and dev-server settings for the QKD Lab web app.
// Workers are ES modules; the bundle keeps three.js in its own chunk so it can load after first paint.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
