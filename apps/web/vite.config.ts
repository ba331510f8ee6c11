import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// The web app is its own package-free Vite project inside the monorepo. It may import only
// @tryout/contracts; the alias mirrors tsconfig.base.json.
const root = __dirname;
const workspace = resolve(root, '../..');

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: { '@tryout/contracts': resolve(workspace, 'libs/shared/contracts/src/index.ts') },
  },
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    // Everything is bundled and served by our API: no CDN, no web fonts from elsewhere.
    assetsInlineLimit: 4096,
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
    // bench/web reads the manifest to size each route's chunks.
    manifest: true,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '/api': { target: process.env['TRYOUT_API_URL'] ?? 'http://127.0.0.1:3000', changeOrigin: false, ws: true },
    },
  },
  preview: { host: '127.0.0.1', port: 4173 },
});
