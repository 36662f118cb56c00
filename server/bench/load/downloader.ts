/**
 * Downloads one URL with N clients at once, each once (or with `repeat`, over and over until stdin
 * closes); then prints `{ ok, failed, firstMs, lastMs }` as JSON. Its own process, so the downloads do
 * not slow the benchmark's phones.
 *   node --import tsx bench/load/downloader.ts <url> <clients> [repeat]
 */
export {};

const [url, clients = '50', mode = 'once'] = process.argv.slice(2);
let ok = 0;
let failed = 0;
let firstMs: number | null = null;
let lastMs: number | null = null;
let running = true;
const t0 = performance.now();
process.stdin.resume();
process.stdin.on('end', () => (running = false));
await Promise.all(
  Array.from({ length: Number(clients) }, async () => {
    do {
      try {
        const res = await fetch(url!);
        await res.arrayBuffer();
        if (res.ok) {
          ok++;
          // One dot per file, so the benchmark can keep its window open until files are flowing.
          process.stdout.write('.');
          firstMs ??= performance.now() - t0;
        } else failed++;
      } catch {
        failed++;
      }
      lastMs = performance.now() - t0;
    } while (running && mode === 'repeat');
  }),
);
process.stdout.write(`\n${JSON.stringify({ ok, failed, firstMs, lastMs })}`);
process.exit(0);
