import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// The web app is its own package-free Vite project inside the monorepo. It may import only
// @tryout/contracts; the alias mirrors tsconfig.base.json.
const root = __dirname;
const workspace = resolve(root, '../..');

/**
 * @replit/codemirror-emacs registers its key map and named commands in top-level calls marked
 * `/*@__PURE__*\/`, in a package marked side-effect free, so a production build drops them and the
 * Emacs keys do nothing (the dev server, which does not tree-shake, hides this). Unmark those calls.
 */
const keepEmacsRegistrations: Plugin = {
  name: 'tryout:keep-emacs-registrations',
  transform(code, id) {
    if (!id.includes('/@replit/codemirror-emacs/')) return null;
    return { code: code.replaceAll('/*@__PURE__*/EmacsHandler.', 'EmacsHandler.'), map: null };
  },
};

export default defineConfig({
  root,
  plugins: [react(), keepEmacsRegistrations],
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
