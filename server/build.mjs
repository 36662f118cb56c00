// Builds the server into plain JavaScript: dist/main.js runs on `node` alone, no TypeScript tooling in the
// runtime path. The workspace's `shared` package is compiled into the bundle; every npm dependency stays an
// import of node_modules (native modules, fonts and lazily loaded storage/adapter clients must stay files).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@aquarium/'));
const runtime = readFileSync(new URL('../.node-version', import.meta.url), 'utf8').trim();

await build({
  // Every program run as a file of its own: the server, its worker threads, the backup tool.
  entryPoints: ['src/main.ts', ...(pkg.aquarium?.entries ?? [])],
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: `node${runtime.split('.')[0]}`,
  external,
  // The Node the release is built for: src/nodeVersion.ts refuses to start on another major.
  define: { AQUARIUM_NODE: JSON.stringify(runtime) },
  sourcemap: true,
  logLevel: 'warning',
});
