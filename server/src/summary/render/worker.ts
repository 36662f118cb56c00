import type { SummaryDocument } from '@aquarium/shared';
import { renderSummary, type SummaryFormat } from './index.js';

/** What a render worker is asked. */
export interface RenderTask {
  doc: SummaryDocument;
  format: SummaryFormat;
}

/** Renders one file inside a worker thread; the body comes back as bytes. */
export const renderInWorker = async ({ doc, format }: RenderTask) => {
  const file = await renderSummary(doc, format);
  return { ...file, body: typeof file.body === 'string' ? Buffer.from(file.body, 'utf8') : file.body };
};
