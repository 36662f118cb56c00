import { locales } from '@aquarium/shared';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { RichBlock } from '@aquarium/shared/richText';
import { footerLines, type Block, type DocumentFrame } from './blocks.js';

const HEADINGS = {
  1: HeadingLevel.TITLE,
  2: HeadingLevel.HEADING_1,
  3: HeadingLevel.HEADING_2,
  4: HeadingLevel.HEADING_3,
} as const;

const FONT = 'Calibri';
const ACCENT = '1F4E79';
const MUTED = '595959';

/** Runs for a text whose `\n`s become line breaks. docx escapes XML itself, so texts go in literally. */
function textRuns(text: string, options: { bold?: boolean; italics?: boolean; color?: string } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...options }));
}

/**
 * Word numbering for the writer's lists: one bulleted and one numbered definition with nine indented levels.
 * A numbered list that starts elsewhere than 1 gets a definition of its own (`ordered-<start>`); every numbered
 * list is its own numbering instance, so each starts again from its first number.
 */
const BULLET_SYMBOLS = ['\u2022', '\u25e6', '\u25aa'];
function numberingLevels(ordered: boolean, start = 1) {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : BULLET_SYMBOLS[level % BULLET_SYMBOLS.length]!,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
  }));
}

interface ListContext {
  instance: number;
  starts: Set<number>;
}

const listReference = (ordered: boolean, start: number): string =>
  ordered ? (start === 1 ? 'ordered' : `ordered-${start}`) : 'bullets';

const runsOf = (block: Extract<RichBlock, { kind: 'paragraph' }>): TextRun[] =>
  block.spans.flatMap((span) => textRuns(span.text, { bold: span.bold, italics: span.italic }));

/**
 * A writer's rich text: paragraphs of bold/italic runs and real Word lists. `depth` is the number of lists
 * around the blocks: an item's marker is at that numbering level, its further paragraphs indented under it.
 */
function richParagraphs(blocks: RichBlock[], context: ListContext, depth = 0): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      out.push(
        depth === 0
          ? new Paragraph({ children: runsOf(block) })
          : new Paragraph({ children: runsOf(block), spacing: { after: 40 }, indent: { left: 360 * depth } }),
      );
      continue;
    }
    const reference = listReference(block.ordered, block.start);
    if (block.ordered && block.start !== 1) context.starts.add(block.start);
    const instance = ++context.instance;
    for (const item of block.items) {
      item.forEach((child, i) => {
        if (i === 0 && child.kind === 'paragraph') {
          out.push(
            new Paragraph({
              children: runsOf(child),
              spacing: { after: 40 },
              numbering: { reference, level: depth, instance },
            }),
          );
        } else out.push(...richParagraphs([child], context, depth + 1));
      });
    }
    // The list's last item keeps the usual space after a paragraph.
  }
  return out;
}

/** The text width of an A4 page between the margins below, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1247;
/** A generous width of a bold 11 pt character, in twips: wide enough for DejaVu Sans, what LibreOffice falls back to without Calibri. */
const CHAR_TWIPS = 165;

/**
 * Column widths: each column after the first as wide as its longest word (so no word breaks, in Word or in
 * LibreOffice, which otherwise shares the width out evenly), the first column the rest.
 */
function columnWidths(block: Extract<Block, { kind: 'table' }>): number[] {
  const longest = (texts: string[]) => Math.max(...texts.flatMap((text) => text.split(/\s+/)).map((w) => w.length));
  const widths = block.header.map((title, i) =>
    i === 0 ? 0 : Math.max(900, longest([title, ...block.rows.map((row) => row[i] ?? '')]) * CHAR_TWIPS + 300),
  );
  const rest = TEXT_WIDTH - widths.reduce((sum, width) => sum + width, 0);
  widths[0] = Math.max(rest, longest([block.header[0] ?? '', ...block.rows.map((row) => row[0] ?? '')]) * CHAR_TWIPS);
  return widths;
}

function table(block: Extract<Block, { kind: 'table' }>): Table {
  const widths = columnWidths(block);
  const cell = (text: string, column: number, header: boolean) =>
    new TableCell({
      width: { size: widths[column]!, type: WidthType.DXA },
      children: [
        new Paragraph({
          alignment: block.numeric[column] ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: header })],
        }),
      ],
      margins: { top: 40, bottom: 40, left: 100, right: 100 },
    });
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: '999999' },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999' },
      left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 2, color: 'C8C8C8' },
      insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
    },
    rows: [
      new TableRow({ tableHeader: true, children: block.header.map((text, i) => cell(text, i, true)) }),
      ...block.rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) }),
      ),
    ],
  });
}

/** A list's bold label (kept with its first item) and its bulleted items, each with its muted meta. */
function listParagraphs<I extends { text: string; meta?: string }>(
  label: string | undefined,
  items: I[],
  level: (item: I) => number,
): Paragraph[] {
  const heading = label
    ? [
        new Paragraph({
          keepNext: true,
          spacing: { before: 120, after: 60 },
          children: textRuns(label, { bold: true }),
        }),
      ]
    : [];
  return [
    ...heading,
    ...items.map(
      (item) =>
        new Paragraph({
          bullet: { level: level(item) },
          children: [
            ...textRuns(item.text),
            ...(item.meta ? [new TextRun({ text: ` ${item.meta}`, italics: true, color: MUTED })] : []),
          ],
        }),
    ),
  ];
}

function renderBlock(block: Block, lists: ListContext): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: textRuns(block.text) })];
    case 'paragraph':
      return [
        new Paragraph({
          children: block.tone === 'meta' ? textRuns(block.text, { color: MUTED }) : textRuns(block.text),
        }),
      ];
    case 'bullets':
      return listParagraphs(block.label, block.items, () => 0);
    case 'outline':
      // Real Word list levels: the built-in bullet numbering indents each level.
      return listParagraphs(block.label, block.items, (item) => Math.min(item.depth, 8));
    case 'rich':
      return richParagraphs(block.blocks, lists);
    case 'table':
      // An empty paragraph after the table keeps two tables from merging into one in Word.
      return [table(block), new Paragraph({ children: [] })];
  }
}

/** Height of the funding mark in a page footer, in pixels at 96 dpi (about 1.3 cm). */
const MARK_HEIGHT = 48;

/** Every page's footer: the funding mark, the organisation's footer lines and the page number. */
function footer(doc: DocumentFrame): Footer {
  const children: Paragraph[] = [];
  const mark = doc.fundingMark;
  if (mark) {
    const height = Math.min(MARK_HEIGHT, mark.height);
    const width = Math.round((mark.width / mark.height) * height);
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 60 },
        children: [
          new ImageRun({
            type: 'png',
            data: Buffer.from(mark.png, 'base64'),
            transformation: { width, height },
            altText: { name: 'funding-mark', title: mark.alt, description: mark.alt },
          }),
        ],
      }),
    );
  }
  const lines = footerLines(doc);
  if (lines.length > 0) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO },
        children: lines.flatMap((line, i) => [
          new TextRun({ text: line, size: 16, color: MUTED, break: i > 0 ? 1 : undefined }),
        ]),
      }),
    );
  }
  children.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], color: MUTED, size: 18 }),
      ],
    }),
  );
  return new Footer({ children });
}

const heading = (size: number, before: number, color = ACCENT) => ({
  run: { font: FONT, size, bold: true, color },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
});

/** The summary as an editable Word document: real Title/Heading styles, real bullet lists, real tables. */
export async function renderDocx(doc: DocumentFrame, blocks: Block[]): Promise<Buffer> {
  const language = locales[doc.language];
  const lists: ListContext = { instance: 0, starts: new Set() };
  const children = blocks.flatMap((block) => renderBlock(block, lists));
  const document = new Document({
    title: doc.title,
    creator: 'Aquarium',
    description: doc.sessionTitle,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: language } },
          // lineRule "auto": 1.15 lines. Without it LibreOffice reads 276 as an exact height and overlaps lines.
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: heading(40, 0),
        heading1: heading(30, 360),
        heading2: heading(26, 240),
        heading3: heading(23, 200, '262626'),
      },
    },
    numbering: {
      config: [
        { reference: 'bullets', levels: numberingLevels(false) },
        { reference: 'ordered', levels: numberingLevels(true) },
        ...[...lists.starts].map((start) => ({
          reference: listReference(true, start),
          levels: numberingLevels(true, start),
        })),
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 } } },
        footers: { default: footer(doc) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
