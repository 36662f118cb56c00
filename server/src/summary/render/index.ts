import { normalizeText, type DocumentFormat, type SummaryDocument } from '@aquarium/shared';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { toBlocks, type Block, type DocumentFrame } from './blocks.js';

export { renderHtml, renderMarkdown };
export { SUMMARY_CSS_PATH, summaryCss } from './html.js';
export { toBlocks, type Block, type BulletItem, type DocumentFrame } from './blocks.js';

export interface RenderedSummary {
  body: Buffer | string;
  contentType: string;
  extension: string;
}

/**
 * Every string of the document normalised as the shared schema normalises input (no control or bidi
 * characters, capped combining marks), so text stored before that rule, or an ESC sequence, never
 * reaches a file raw.
 */
export const cleanDocument = <T>(value: T): T => {
  if (typeof value === 'string') return normalizeText(value, true) as T;
  if (Array.isArray(value)) return value.map(cleanDocument) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanDocument(v)])) as T;
  }
  return value;
};

/** Renders the summary document to one download format. */
export async function renderSummary(raw: SummaryDocument, format: DocumentFormat): Promise<RenderedSummary> {
  const doc = cleanDocument(raw);
  return renderBlocks(doc, toBlocks(doc), format);
}

/**
 * Renders blocks in a document's frame (title, language, footer, funding mark) to one format: the summary's
 * layout for any document made of blocks (the project report's too). The caller cleans the texts.
 */
export async function renderBlocks(
  doc: DocumentFrame,
  blocks: Block[],
  format: DocumentFormat,
): Promise<RenderedSummary> {
  switch (format) {
    case 'md':
      return { body: renderMarkdown(doc, blocks), contentType: 'text/markdown; charset=utf-8', extension: 'md' };
    case 'html':
      return { body: renderHtml(doc, blocks), contentType: 'text/html; charset=utf-8', extension: 'html' };
    case 'docx':
      return {
        // docx and pdfkit load on the first download, not at start: they are most of the server's memory.
        body: await (await import('./docx.js')).renderDocx(doc, blocks),
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
    case 'pdf':
      return {
        body: await (await import('./pdf.js')).renderPdf(doc, blocks),
        contentType: 'application/pdf',
        extension: 'pdf',
      };
  }
}
