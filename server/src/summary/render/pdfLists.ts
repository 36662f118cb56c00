import {
  artifact,
  BODY,
  BULLET_INDENT,
  container,
  contentWidth,
  ensureSpace,
  left,
  LINE_GAP,
  MUTED,
  spacedBreaks,
  tagged,
  TEXT,
  type Pdf,
  type Struct,
} from './pdfBase.js';
import type { Block } from './blocks.js';

/** The summary's lists in the PDF: bullet lists (points, thoughts) and nested lists (a goal's activities). */

const SAMPLE = 'Ajatus 0042 – Sosiaalisen kuntoutuksen ryhmät ovat madaltaneet kynnystä, PÄÄTÖS 2025.';
const charWidths = new WeakMap<Pdf, number>();
/** Average character width of the current font and size in typical Finnish text (measured once per document). */
function averageCharWidth(pdf: Pdf): number {
  let width = charWidths.get(pdf);
  if (width === undefined) {
    width = pdf.widthOfString(SAMPLE) / SAMPLE.length;
    charWidths.set(pdf, width);
  }
  return width;
}

/** A list's label (bold, muted), on the same page as `keep` points of what follows it. */
function label(pdf: Pdf, root: Struct, text: string, keep: number): void {
  pdf.font('bold').fontSize(BODY);
  ensureSpace(pdf, pdf.heightOfString(text, { width: contentWidth(pdf) }) + 3 + keep);
  pdf.fillColor(MUTED);
  tagged(pdf, root, 'P', () => pdf.text(text, left(pdf), pdf.y, { width: contentWidth(pdf) }));
  pdf.y += 3;
}

/** One tagged list item (LI > LBody) at (x, y): its text, then its meta in the muted colour. */
function item(
  pdf: Pdf,
  list: Struct,
  entry: { text: string; meta?: string },
  x: number,
  y: number,
  options: { width: number; lineGap: number },
): void {
  container(pdf, list, 'LI', (li) =>
    tagged(pdf, li, 'LBody', () => {
      pdf.font('regular').fontSize(BODY).fillColor(TEXT);
      pdf.text(spacedBreaks(entry.text), x, y, { ...options, continued: entry.meta !== undefined });
      if (entry.meta) pdf.fillColor(MUTED).text(` ${entry.meta}`, options);
    }),
  );
  pdf.y += 2;
}

export function bullets(pdf: Pdf, root: Struct, block: Extract<Block, { kind: 'bullets' }>): void {
  const x = left(pdf) + BULLET_INDENT;
  const width = contentWidth(pdf) - BULLET_INDENT;
  const options = { width, lineGap: LINE_GAP };
  pdf.font('regular').fontSize(BODY);
  // Laying every item out twice (heightOfString, then text) costs ~30 % of a long summary's render
  // time, so page breaks use an estimate from the average character width plus a line of slack: an
  // item starts on a new page unless it (probably) fits; a misestimated one simply flows on.
  const line = pdf.currentLineHeight(true) + LINE_GAP;
  const perLine = Math.floor(width / averageCharWidth(pdf));
  const heights = block.items.map((item) => {
    const length = item.text.length + (item.meta ? item.meta.length + 1 : 0);
    return (item.text.split('\n').length + Math.ceil(length / perLine)) * line;
  });
  if (block.label) label(pdf, root, block.label, heights[0] ?? 0);
  container(pdf, root, 'L', (list) => {
    block.items.forEach((entry, i) => {
      ensureSpace(pdf, heights[i]!);
      const y = pdf.y;
      artifact(pdf, () => pdf.circle(left(pdf) + 5, y + BODY * 0.62, 1.6).fill(TEXT));
      item(pdf, list, entry, x, y, options);
    });
  });
  pdf.y += 5;
}

/** A nested list (a goal's activities): each level indented one bullet further, in one tagged list. */
export function nestedList(pdf: Pdf, root: Struct, block: Extract<Block, { kind: 'outline' }>): void {
  if (block.label) label(pdf, root, block.label, BODY * 3);
  container(pdf, root, 'L', (list) => {
    for (const entry of block.items) {
      const indent = BULLET_INDENT * entry.depth;
      const x = left(pdf) + indent + BULLET_INDENT;
      const options = { width: contentWidth(pdf) - indent - BULLET_INDENT, lineGap: LINE_GAP };
      pdf.font('regular').fontSize(BODY);
      const text = entry.meta ? `${entry.text} ${entry.meta}` : entry.text;
      ensureSpace(pdf, pdf.heightOfString(text, options));
      const y = pdf.y;
      artifact(pdf, () => {
        const cx = left(pdf) + indent + 5;
        if (entry.depth === 0) pdf.circle(cx, y + BODY * 0.62, 1.6).fill(TEXT);
        else pdf.rect(cx - 1.4, y + BODY * 0.62 - 1.4, 2.8, 2.8).fill(TEXT);
      });
      item(pdf, list, entry, x, y, options);
    }
  });
  pdf.y += 5;
}
