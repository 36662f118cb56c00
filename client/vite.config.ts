import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The client connects with `transports: ['websocket']` only (README: several nodes need no sticky sessions), so
 * engine.io-client's long-polling and WebTransport code is never used: its table of default transports is
 * replaced by one that holds the websocket alone, and the phone does not download the rest.
 */
const websocketOnly = (): Plugin => ({
  name: 'engine.io-websocket-only',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source !== './transports/index.js' || !importer || !/[\\/]engine\.io-client[\\/]/.test(importer)) return null;
    return `\0websocket-only:${dirname(importer)}`;
  },
  load(id) {
    if (!id.startsWith('\0websocket-only:')) return null;
    const websocket = join(id.slice('\0websocket-only:'.length), 'transports', 'websocket.js');
    return `import { WS } from ${JSON.stringify(websocket)};\nexport const transports = { websocket: WS };\n`;
  },
});

/**
 * Every message between the app and its server is JSON (the shared zod contract has no binary field), so
 * socket.io-parser's support for binary attachments (finding buffers in a payload, sending them as separate frames,
 * putting them back together) is never used: its two helper modules are replaced by ones that say "no binary". A
 * binary packet, which our server never sends, is refused by the parser as malformed.
 */
const noBinaryAttachments = (): Plugin => ({
  name: 'socket.io-parser-no-binary',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!importer || !/[\\/]socket\.io-parser[\\/]/.test(importer)) return null;
    if (source === './binary.js') return '\0no-binary:binary';
    if (source === './is-binary.js') return '\0no-binary:is-binary';
    return null;
  },
  load(id) {
    if (id === '\0no-binary:binary')
      return 'const no = () => { throw new Error("binary attachments are not used"); };\nexport const deconstructPacket = no;\nexport const reconstructPacket = no;\n';
    if (id === '\0no-binary:is-binary')
      return 'export const isBinary = () => false;\nexport const hasBinary = () => false;\n';
    return null;
  },
});

const server = 'http://localhost:3000';

export default defineConfig({
  plugins: [websocketOnly(), noBinaryAttachments(), react()],
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
      // keeps zod (needed only by the set-up form) out of the phone's bundle. engine.io-client's polling
      // transports are never used (websocket only, above) but run code on load (an XHR probe, an unload
      // handler for pending requests), which kept them in the bundle: 0.7 kB gzip on every phone.
      treeshake: {
        moduleSideEffects: (id) =>
          !/[\\/](shared[\\/]src|zod)[\\/]/.test(id) && !/[\\/]engine\.io-client[\\/].*[\\/]polling-/.test(id),
      },
    },
  },
});
