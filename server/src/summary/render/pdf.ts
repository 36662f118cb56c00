import PDFDocument from 'pdfkit';
import { footerLines, type Block, type DocumentFrame } from './blocks.js';
import {
  artifact,
  atTop,
  BODY,
  contentWidth,
  ensureSpace,
  HEADING,
  left,
  LINE_GAP,
  loadFonts,
  MARGIN,
  MUTED,
  spacedBreaks,
  tagged,
  TEXT,
  type Pdf,
  type Struct,
} from './pdfBase.js';
import { bullets, nestedList } from './pdfLists.js';
import { rich } from './pdfRich.js';
import { table, tableLayout } from './pdfTable.js';

function headingHeight(pdf: Pdf, block: Extract<Block, { kind: 'heading' }>): number {
  const style = HEADING[block.level];
  pdf.font('bold').fontSize(style.size);
  return style.before + pdf.heightOfString(block.text, { width: contentWidth(pdf) }) + style.after;
}

/** How much of a block must fit below a heading so the heading does not end a page (its first lines or rows). */
function startHeight(pdf: Pdf, block: Block | undefined): number {
  pdf.font('regular').fontSize(BODY);
  const lines = (n: number) => n * (pdf.currentLineHeight(true) + LINE_GAP);
  if (!block) return 0;
  if (block.kind === 'table') {
    const layout = tableLayout(pdf, block);
    return layout.headerHeight + layout.rowHeight(block.rows[0] ?? []) + 2;
  }
  if (block.kind === 'bullets') return (block.label ? lines(1) + 3 : 0) + lines(2);
  return lines(2) + 2;
}

function heading(pdf: Pdf, root: Struct, blocks: Block[], index: number, outline: PDFKit.PDFOutline[]): void {
  const block = blocks[index] as Extract<Block, { kind: 'heading' }>;
  // Keep a heading (and any headings right after it) together with the start of what follows (keep with next).
  let keep = 0;
  let i = index;
  for (; blocks[i]?.kind === 'heading'; i++)
    keep += headingHeight(pdf, blocks[i] as Extract<Block, { kind: 'heading' }>);
  keep += startHeight(pdf, blocks[i]);
  ensureSpace(pdf, keep);
  const style = HEADING[block.level];
  if (!atTop(pdf)) pdf.y += style.before;
  pdf.font('bold').fontSize(style.size).fillColor(style.color);
  tagged(pdf, root, `H${block.level}`, () => pdf.text(block.text, left(pdf), pdf.y, { width: contentWidth(pdf) }));
  pdf.y += style.after;
  // PDF bookmarks: sections at the top level, questions and subsections under them.
  if (block.level === 2) outline.splice(0, outline.length, pdf.outline.addItem(block.text));
  else if (block.level === 3) outline[0]?.addItem(block.text);
}

function paragraph(pdf: Pdf, root: Struct, block: Extract<Block, { kind: 'paragraph' }>): void {
  pdf
    .font('regular')
    .fontSize(BODY)
    .fillColor(block.tone === 'meta' ? MUTED : TEXT);
  ensureSpace(pdf, pdf.currentLineHeight(true) * 2);
  tagged(pdf, root, 'P', () =>
    pdf.text(spacedBreaks(block.text), left(pdf), pdf.y, { width: contentWidth(pdf), lineGap: LINE_GAP }),
  );
  pdf.y += block.tone === 'meta' ? 2 : 6;
}

const FOOTER_LINE = 9.5;
const MARK_HEIGHT = 30;

/** The page's bottom margin: room for the page number, the organisation's footer lines and the funding mark. */
function bottomMargin(doc: DocumentFrame): number {
  const lines = footerLines(doc).length;
  const block = (doc.fundingMark ? MARK_HEIGHT + 4 : 0) + lines * FOOTER_LINE;
  return block === 0 ? MARGIN.bottom : 52 + block + 8;
}

/**
 * Every page's footer (drawn last, when N is known): the funding mark and the organisation's footer lines,
 * then the title and "n / N". Pagination artifacts: a screen reader reads the document, not every page's footer.
 */
function footers(pdf: Pdf, doc: DocumentFrame): void {
  const range = pdf.bufferedPageRange();
  const lines = footerLines(doc);
  // A data URL, not a Buffer: pdfkit keeps an image given by string once, so every page shares one image object.
  const mark = doc.fundingMark ? `data:image/png;base64,${doc.fundingMark.png}` : null;
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const margin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing inside the margin must not start a new page
    const y = pdf.page.height - 40;
    const width = contentWidth(pdf);
    artifact(
      pdf,
      () => {
        let top = y - 6 - lines.length * FOOTER_LINE - (mark ? MARK_HEIGHT + 4 : 0);
        if (mark && doc.fundingMark) {
          const markWidth = Math.min(width, (doc.fundingMark.width / doc.fundingMark.height) * MARK_HEIGHT);
          pdf.image(mark, left(pdf) + (width - markWidth) / 2, top, { height: MARK_HEIGHT, width: markWidth });
          top += MARK_HEIGHT + 4;
        }
        pdf.font('regular').fontSize(7.5).fillColor(MUTED);
        for (const line of lines) {
          pdf.text(line, left(pdf), top, {
            width,
            align: 'center',
            height: FOOTER_LINE,
            ellipsis: true,
            lineBreak: false,
          });
          top += FOOTER_LINE;
        }
        pdf.font('regular').fontSize(8).fillColor(MUTED);
        pdf.text(doc.title, left(pdf), y, { width: width * 0.75, height: 10, ellipsis: true, lineBreak: false });
        pdf.text(`${i + 1} / ${range.count}`, left(pdf), y, { width, align: 'right', lineBreak: false });
      },
      'Pagination',
    );
    pdf.page.margins.bottom = margin;
  }
}

/**
 * The summary as a tagged PDF (structure for screen readers, in the document's language, its title shown as the
 * window title) with selectable text and embedded DejaVu Sans fonts.
 */
export function renderPdf(doc: DocumentFrame, blocks: Block[]): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { ...MARGIN, bottom: bottomMargin(doc) },
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: doc.language,
    displayTitle: true,
    info: { Title: doc.title, Subject: doc.sessionTitle, Creator: 'Aquarium' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  for (const [name, data] of Object.entries(loadFonts())) pdf.registerFont(name, data);

  const root = pdf.struct('Document');
  pdf.addStructure(root);
  const outline: PDFKit.PDFOutline[] = [];
  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'heading':
        return heading(pdf, root, blocks, index, outline);
      case 'paragraph':
        return paragraph(pdf, root, block);
      case 'bullets':
        return bullets(pdf, root, block);
      case 'table':
        return table(pdf, root, block);
      case 'outline':
        return nestedList(pdf, root, block);
      case 'rich':
        return rich(pdf, root, block.blocks);
    }
  });
  root.end();
  footers(pdf, doc);
  pdf.end();
  return done;
}
