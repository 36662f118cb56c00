import type { RichBlock, RichSpan } from '@aquarium/shared/richText';
import {
  BODY,
  container,
  contentWidth,
  ensureSpace,
  left,
  LINE_GAP,
  spacedBreaks,
  tagged,
  TEXT,
  type FontName,
  type Pdf,
  type Struct,
} from './pdfBase.js';

/** A writer's own text in the PDF (the summary editor's paragraphs and lists), with its bold and italic. */

const fontOf = (span: RichSpan): FontName =>
  span.bold ? (span.italic ? 'bolditalic' : 'bold') : span.italic ? 'italic' : 'regular';

/** One paragraph of spans, each in its own font, flowing as one text from (x, y). */
function spansText(pdf: Pdf, spans: RichSpan[], x: number, y: number, width: number): void {
  const last = spans.length - 1;
  spans.forEach((span, i) => {
    pdf.font(fontOf(span)).fontSize(BODY).fillColor(TEXT);
    const options = { width, lineGap: LINE_GAP, continued: i < last };
    if (i === 0) pdf.text(spacedBreaks(span.text), x, y, options);
    else pdf.text(spacedBreaks(span.text), options);
  });
}

const LIST_INDENT = 18;
const BULLET_MARKS = ['\u2022', '\u25e6', '\u25aa'];

/** A writer's rich text: tagged P, and L > LI > (Lbl, LBody) for lists, nested lists inside their item's body. */
export function rich(pdf: Pdf, parent: Struct, blocks: RichBlock[], depth = 0): void {
  const x = left(pdf) + depth * LIST_INDENT;
  const width = contentWidth(pdf) - depth * LIST_INDENT;
  for (const block of blocks) {
    pdf.font('regular').fontSize(BODY);
    const line = pdf.currentLineHeight(true) + LINE_GAP;
    if (block.kind === 'paragraph') {
      ensureSpace(pdf, line * 2);
      tagged(pdf, parent, 'P', () => spansText(pdf, block.spans, x, pdf.y, width));
      pdf.y += depth > 0 ? 2 : 6;
      continue;
    }
    container(pdf, parent, 'L', (list) => {
      block.items.forEach((item, n) => {
        ensureSpace(pdf, line * 2);
        const y = pdf.y;
        container(pdf, list, 'LI', (li) => {
          const mark = block.ordered ? `${block.start + n}.` : BULLET_MARKS[depth % BULLET_MARKS.length]!;
          tagged(pdf, li, 'Lbl', () =>
            pdf
              .font('regular')
              .fontSize(BODY)
              .fillColor(TEXT)
              .text(mark, x, y, { width: LIST_INDENT, lineBreak: false }),
          );
          pdf.y = y;
          container(pdf, li, 'LBody', (body) => rich(pdf, body, item, depth + 1));
        });
      });
    });
    if (depth === 0) pdf.y += 4;
  }
}
