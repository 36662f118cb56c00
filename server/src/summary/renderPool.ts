import { type DocumentFormat } from '@aquarium/shared';
import { Piscina } from 'piscina';
import type { SummaryDocument } from '@aquarium/shared';
import { renderBlocks, renderSummary, type RenderedSummary } from './render/index.js';
import type { Block, DocumentFrame } from './render/blocks.js';
import type { RenderTask } from './render/worker.js';

/** A rendered file as the server keeps and sends it. */
export interface RenderedFile {
  body: Buffer;
  contentType: string;
  extension: string;
}

export class RenderBusy extends Error {}

/**
 * The worker thread's entry. Built (server/dist), it is plain JavaScript beside the bundle (server/build.mjs
 * lists it as an entry); run from source, a thread starts without the parent's TypeScript loader, so
 * worker.mjs registers tsx first.
 */
const workerFile = import.meta.url.endsWith('.ts')
  ? new URL('./render/worker.mjs', import.meta.url)
  : new URL('./summary/render/worker.js', import.meta.url);

const toFile = (r: RenderedSummary): RenderedFile => ({
  ...r,
  body: Buffer.isBuffer(r.body) ? r.body : Buffer.from(r.body as Uint8Array | string),
});

/**
 * Renders summary files in worker threads, at most `threads` at once, so a PDF of thousands of
 * thoughts never holds the event loop that runs the room. More than `maxQueue` waiting renders are
 * refused (RenderBusy) rather than queued without end. `threads: 0` renders in this thread (benchmarks'
 * baseline only).
 */
export const createRenderPool = (opts: {
  threads: number;
  maxQueue?: number;
  nice?: number;
  /** Told how long each file took (metrics). */
  onRendered?: (format: DocumentFormat, seconds: number) => void;
}) => {
  const timed = async (format: DocumentFormat, render: () => Promise<RenderedFile>) => {
    const started = performance.now();
    const file = await render();
    opts.onRendered?.(format, (performance.now() - started) / 1000);
    return file;
  };
  if (opts.threads === 0) {
    return {
      render: (doc: SummaryDocument, format: DocumentFormat) =>
        timed(format, async () => toFile(await renderSummary(doc, format))),
      renderBlocks: (frame: DocumentFrame, blocks: Block[], format: DocumentFormat) =>
        timed(format, async () => toFile(await renderBlocks(frame, blocks, format))),
      close: async () => undefined,
    };
  }
  const pool = new Piscina({
    filename: workerFile.href,
    name: 'renderInWorker',
    minThreads: 0,
    maxThreads: opts.threads,
    // A worker loads pdfkit and docx (most of the server's memory): let it go when downloads stop.
    idleTimeout: 60_000,
    maxQueue: opts.maxQueue ?? 200,
    // The lowest CPU priority (nice 19, Linux): on a busy machine the room's thread always goes first,
    // and a render only takes what is left (measured: bench:downloads, docs/RELIABILITY.md).
    niceIncrement: opts.nice ?? 19,
  });
  const run = async (task: RenderTask): Promise<RenderedFile> => {
    if (pool.queueSize >= pool.options.maxQueue) throw new RenderBusy('too many files are being rendered');
    return timed(task.format, async () => {
      const out = (await pool.run(task)) as { body: Uint8Array; contentType: string; extension: string };
      return { ...out, body: Buffer.from(out.body.buffer, out.body.byteOffset, out.body.byteLength) };
    });
  };
  return {
    render: (doc: SummaryDocument, format: DocumentFormat) => run({ doc, format }),
    /** Blocks in a document's frame, in the summary's layout (the project report). */
    renderBlocks: (frame: DocumentFrame, blocks: Block[], format: DocumentFormat) => run({ frame, blocks, format }),
    close: () => pool.destroy(),
  };
};
export type RenderPool = ReturnType<typeof createRenderPool>;
