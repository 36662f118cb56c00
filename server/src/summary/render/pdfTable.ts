import {
  artifact,
  BODY,
  bottom,
  container,
  contentWidth,
  ensureSpace,
  left,
  RULE,
  tagged,
  TEXT,
  type Pdf,
  type Struct,
} from './pdfBase.js';
import type { Block } from './blocks.js';

/** A table in the PDF: columns sized to their content, a tagged header row repeated (untagged) on every new page. */

/** Column widths and row heights of a table (its font: bold for the header, set before measuring a row). */
export function tableLayout(pdf: Pdf, block: Extract<Block, { kind: 'table' }>) {
  const total = contentWidth(pdf);
  const pad = 4;
  // Other columns as wide as their longest word (header words may wrap, words never break); the first gets the rest.
  pdf.font('bold').fontSize(BODY - 0.5);
  const widest = (texts: string[]): number => Math.max(...texts.map((text) => pdf.widthOfString(text)));
  const widths = block.header.map((title, i) =>
    i === 0 ? 0 : Math.max(56, widest([...title.split(/\s+/), ...block.rows.map((row) => row[i] ?? '')]) + 2 * pad + 6),
  );
  widths[0] = total - widths.reduce((sum, width) => sum + width, 0);
  const rowHeight = (cells: string[]): number =>
    Math.max(...cells.map((cell, i) => pdf.heightOfString(cell, { width: widths[i]! - 2 * pad }))) + 2 * pad;
  const headerHeight = rowHeight(block.header);
  pdf.font('regular');
  return { total, pad, widths, rowHeight, headerHeight };
}

export function table(pdf: Pdf, root: Struct, block: Extract<Block, { kind: 'table' }>): void {
  const { total, pad, widths, rowHeight, headerHeight } = tableLayout(pdf, block);
  /** One row; `row` is its structure element, or null for a header repeated on a new page (an artifact). */
  const drawRow = (cells: string[], header: boolean, row: Struct | null): void => {
    const font = header ? 'bold' : 'regular';
    pdf.font(font).fontSize(BODY - 0.5);
    const height = rowHeight(cells);
    const top = pdf.y;
    let x = left(pdf);
    cells.forEach((cell, i) => {
      const align = block.numeric[i] ? 'right' : 'left';
      const cellX = x;
      const draw = () => pdf.fillColor(TEXT).text(cell, cellX + pad, top + pad, { width: widths[i]! - 2 * pad, align });
      if (row) tagged(pdf, row, header ? 'TH' : 'TD', draw);
      else artifact(pdf, draw, 'Pagination');
      x += widths[i]!;
    });
    artifact(pdf, () =>
      pdf
        .moveTo(left(pdf), top + height)
        .lineTo(left(pdf) + total, top + height)
        .lineWidth(header ? 1 : 0.5)
        .strokeColor(header ? TEXT : RULE)
        .stroke(),
    );
    pdf.y = top + height;
  };
  pdf.font('regular').fontSize(BODY - 0.5);
  ensureSpace(pdf, headerHeight + rowHeight(block.rows[0] ?? []));
  container(
    pdf,
    root,
    'Table',
    (tableStruct) => {
      container(pdf, tableStruct, 'TR', (tr) => drawRow(block.header, true, tr));
      for (const row of block.rows) {
        pdf.font('regular').fontSize(BODY - 0.5);
        if (pdf.y + rowHeight(row) > bottom(pdf)) {
          pdf.addPage();
          drawRow(block.header, true, null); // the header row again on the new page, for the eye only
        }
        container(pdf, tableStruct, 'TR', (tr) => drawRow(row, false, tr));
      }
    },
    block.caption,
  );
  pdf.y += 12;
}
