import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { RichBlock, RichSpan } from '@aquarium/shared/richText';
import { footerLines, type Block, type DocumentFrame } from './blocks.js';

// DejaVu Sans ships in the `dejavu-fonts-ttf` npm package (TTF, full Latin incl. ä ö å), so a fresh
// machine needs no system fonts. Read once; pdfkit embeds a subset of each font in every document.
const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  bolditalic: 'DejaVuSans-BoldOblique.ttf',
} as const;
type FontName = keyof typeof FONT_FILES;
let fonts: Record<FontName, Buffer> | undefined;
function loadFonts(): Record<FontName, Buffer> {
  fonts ??= Object.fromEntries(
    Object.entries(FONT_FILES).map(([name, file]) => [
      name,
      readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)),
    ]),
  ) as Record<FontName, Buffer>;
  return fonts;
}

type Pdf = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const MARGIN = { top: 56, bottom: 64, left: 62, right: 62 };
const TEXT = '#1a1a1a';
const ACCENT = '#1f4e79';
const MUTED = '#595959';
const RULE = '#c8c8c8';
const BODY = 10;
const LINE_GAP = 2.5;
const BULLET_INDENT = 14;
const HEADING: Record<1 | 2 | 3 | 4, { size: number; before: number; after: number; color: string }> = {
  1: { size: 19, before: 0, after: 8, color: ACCENT },
  2: { size: 14.5, before: 16, after: 7, color: ACCENT },
  3: { size: 12, before: 11, after: 5, color: ACCENT },
  4: { size: 11, before: 9, after: 4, color: TEXT },
};

const left = (pdf: Pdf): number => pdf.page.margins.left;
const contentWidth = (pdf: Pdf): number => pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
const bottom = (pdf: Pdf): number => pdf.page.height - pdf.page.margins.bottom;
const atTop = (pdf: Pdf): boolean => pdf.y <= pdf.page.margins.top + 0.5;

/**
 * The document is tagged: every piece of text is drawn inside a structure element (headings, paragraphs, lists,
 * tables), so a screen reader reads it in order with its roles; everything else (bullet dots, table rules, page
 * footers) is marked as an artifact. `tagged` adds `draw`'s content to `parent` as one element of `type`.
 */
function tagged(pdf: Pdf, parent: Struct, type: string, draw: () => void, options: { title?: string } = {}): void {
  parent.add(pdf.struct(type, options, draw));
}

/**
 * A line break the writer typed ends its line with a space: a screen reader (and copy-paste) joins the lines of
 * a tagged paragraph without one, and "toimintakykyä.Tuoda" would be read as one word.
 */
const spacedBreaks = (text: string): string => text.replace(/(\S)\n/g, '$1 \n');

/** Draws decoration that is not content: readers skip it. */
function artifact(pdf: Pdf, draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
  pdf.markContent('Artifact', { type });
  draw();
  pdf.endMarkedContent();
}

/** A structure element that holds others (a list, a table, a row): added to `parent`, filled, then ended. */
function container(pdf: Pdf, parent: Struct, type: string, fill: (self: Struct) => void, title?: string): void {
  const self = pdf.struct(type, title ? { title } : {});
  parent.add(self);
  fill(self);
  self.end();
}

/** Starts a new page unless `height` still fits; content taller than a page just flows on. */
function ensureSpace(pdf: Pdf, height: number): void {
  if (pdf.y + height > bottom(pdf) && !atTop(pdf)) pdf.addPage();
}

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

function bullets(pdf: Pdf, root: Struct, block: Extract<Block, { kind: 'bullets' }>): void {
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
  if (block.label) {
    pdf.font('bold').fontSize(BODY);
    const labelHeight = pdf.heightOfString(block.label, { width: contentWidth(pdf) }) + 3;
    ensureSpace(pdf, labelHeight + (heights[0] ?? 0));
    pdf.fillColor(MUTED);
    tagged(pdf, root, 'P', () => pdf.text(block.label!, left(pdf), pdf.y, { width: contentWidth(pdf) }));
    pdf.y += 3;
  }
  container(pdf, root, 'L', (list) => {
    block.items.forEach((item, i) => {
      ensureSpace(pdf, heights[i]!);
      const y = pdf.y;
      artifact(pdf, () => pdf.circle(left(pdf) + 5, y + BODY * 0.62, 1.6).fill(TEXT));
      container(pdf, list, 'LI', (li) =>
        tagged(pdf, li, 'LBody', () => {
          pdf.font('regular').fontSize(BODY).fillColor(TEXT);
          pdf.text(spacedBreaks(item.text), x, y, { ...options, continued: item.meta !== undefined });
          if (item.meta) pdf.fillColor(MUTED).text(` ${item.meta}`, options);
        }),
      );
      pdf.y += 2;
    });
  });
  pdf.y += 5;
}

/** A nested list (a goal's activities): each level indented one bullet further, in one tagged list. */
function nestedList(pdf: Pdf, root: Struct, block: Extract<Block, { kind: 'outline' }>): void {
  if (block.label) {
    pdf.font('bold').fontSize(BODY).fillColor(MUTED);
    ensureSpace(pdf, pdf.heightOfString(block.label, { width: contentWidth(pdf) }) + 3 + BODY * 3);
    tagged(pdf, root, 'P', () => pdf.text(block.label!, left(pdf), pdf.y, { width: contentWidth(pdf) }));
    pdf.y += 3;
  }
  container(pdf, root, 'L', (list) => {
    for (const item of block.items) {
      const indent = BULLET_INDENT * item.depth;
      const x = left(pdf) + indent + BULLET_INDENT;
      const options = { width: contentWidth(pdf) - indent - BULLET_INDENT, lineGap: LINE_GAP };
      pdf.font('regular').fontSize(BODY);
      const text = item.meta ? `${item.text} ${item.meta}` : item.text;
      ensureSpace(pdf, pdf.heightOfString(text, options));
      const y = pdf.y;
      artifact(pdf, () => {
        const cx = left(pdf) + indent + 5;
        if (item.depth === 0) pdf.circle(cx, y + BODY * 0.62, 1.6).fill(TEXT);
        else pdf.rect(cx - 1.4, y + BODY * 0.62 - 1.4, 2.8, 2.8).fill(TEXT);
      });
      container(pdf, list, 'LI', (li) =>
        tagged(pdf, li, 'LBody', () => {
          pdf.font('regular').fontSize(BODY).fillColor(TEXT);
          pdf.text(spacedBreaks(item.text), x, y, { ...options, continued: item.meta !== undefined });
          if (item.meta) pdf.fillColor(MUTED).text(` ${item.meta}`, options);
        }),
      );
      pdf.y += 2;
    }
  });
  pdf.y += 5;
}

/** Column widths and row heights of a table (its font: bold for the header, set before measuring a row). */
function tableLayout(pdf: Pdf, block: Extract<Block, { kind: 'table' }>) {
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

function table(pdf: Pdf, root: Struct, block: Extract<Block, { kind: 'table' }>): void {
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
function rich(pdf: Pdf, parent: Struct, blocks: RichBlock[], depth = 0): void {
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
