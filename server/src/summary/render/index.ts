import type { SummaryDocument } from '@aquarium/shared';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';

export { renderHtml, renderMarkdown };
export { SUMMARY_CSS_PATH, summaryCss } from './html.js';
export { toBlocks, type Block, type BulletItem } from './blocks.js';

export type SummaryFormat = 'md' | 'html' | 'docx' | 'pdf';

export const SUMMARY_FORMATS: readonly SummaryFormat[] = ['md', 'html', 'docx', 'pdf'];

export interface RenderedSummary {
  body: Buffer | string;
  contentType: string;
  extension: string;
}

/** Renders the summary document to one download format. */
export async function renderSummary(doc: SummaryDocument, format: SummaryFormat): Promise<RenderedSummary> {
  switch (format) {
    case 'md':
      return { body: renderMarkdown(doc), contentType: 'text/markdown; charset=utf-8', extension: 'md' };
    case 'html':
      return { body: renderHtml(doc), contentType: 'text/html; charset=utf-8', extension: 'html' };
    case 'docx':
      return {
        // docx and pdfkit load on the first download, not at start: they are most of the server's memory.
        body: await (await import('./docx.js')).renderDocx(doc),
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
    case 'pdf':
      return {
        body: await (await import('./pdf.js')).renderPdf(doc),
        contentType: 'application/pdf',
        extension: 'pdf',
      };
  }
}
