import { type DocumentFormat } from '@aquarium/shared';
import type { SummaryDocument } from '@aquarium/shared';
import { renderBlocks, renderSummary } from './index.js';
import type { Block, DocumentFrame } from './blocks.js';

/** What a render worker is asked: a summary, or blocks in a frame (the project report). */
export type RenderTask =
  { doc: SummaryDocument; format: DocumentFormat } | { frame: DocumentFrame; blocks: Block[]; format: DocumentFormat };

/** Renders one file inside a worker thread; the body comes back as bytes. */
export const renderInWorker = async (task: RenderTask) => {
  const file =
    'doc' in task
      ? await renderSummary(task.doc, task.format)
      : await renderBlocks(task.frame, task.blocks, task.format);
  return { ...file, body: typeof file.body === 'string' ? Buffer.from(file.body, 'utf8') : file.body };
};
