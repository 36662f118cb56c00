import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const server = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': server,
      '/socket.io': { target: server, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // scripts/check-bundle.mjs reads the chunk graph from dist/.vite/manifest.json to hold the phone's budget.
    manifest: true,
    // terser packs the phone's JavaScript about 2 kB (gzip) smaller than esbuild's minifier, which the phone's
    // 90 kB budget needs (scripts/check-bundle.mjs); two compress passes, everything else terser's safe defaults.
    minify: 'terser',
    terserOptions: { compress: { passes: 2 } },
    // A strict CSP (script-src 'self') forbids the inline module-preload polyfill.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // The shared contract's modules only declare things; letting Rollup drop what a chunk does not use
      // keeps zod (needed only by the set-up form) out of the phone's bundle.
      treeshake: { moduleSideEffects: (id) => !/[\\/](shared[\\/]src|zod)[\\/]/.test(id) },
    },
  },
});
