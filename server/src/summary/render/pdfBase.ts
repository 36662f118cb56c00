import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** What every part of the PDF renderer draws with: fonts, page geometry, type sizes, tagging and page breaks. */

// DejaVu Sans ships in the `dejavu-fonts-ttf` npm package (TTF, full Latin incl. ä ö å), so a fresh
// machine needs no system fonts. Read once; pdfkit embeds a subset of each font in every document.
const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  bolditalic: 'DejaVuSans-BoldOblique.ttf',
} as const;
export type FontName = keyof typeof FONT_FILES;
let fonts: Record<FontName, Buffer> | undefined;
export function loadFonts(): Record<FontName, Buffer> {
  fonts ??= Object.fromEntries(
    Object.entries(FONT_FILES).map(([name, file]) => [
      name,
      readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)),
    ]),
  ) as Record<FontName, Buffer>;
  return fonts;
}

export type Pdf = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;

export const MARGIN = { top: 56, bottom: 64, left: 62, right: 62 };
export const TEXT = '#1a1a1a';
export const ACCENT = '#1f4e79';
export const MUTED = '#595959';
export const RULE = '#c8c8c8';
export const BODY = 10;
export const LINE_GAP = 2.5;
export const BULLET_INDENT = 14;
export const HEADING: Record<1 | 2 | 3 | 4, { size: number; before: number; after: number; color: string }> = {
  1: { size: 19, before: 0, after: 8, color: ACCENT },
  2: { size: 14.5, before: 16, after: 7, color: ACCENT },
  3: { size: 12, before: 11, after: 5, color: ACCENT },
  4: { size: 11, before: 9, after: 4, color: TEXT },
};

export const left = (pdf: Pdf): number => pdf.page.margins.left;
export const contentWidth = (pdf: Pdf): number => pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
export const bottom = (pdf: Pdf): number => pdf.page.height - pdf.page.margins.bottom;
export const atTop = (pdf: Pdf): boolean => pdf.y <= pdf.page.margins.top + 0.5;

/**
 * The document is tagged: every piece of text is drawn inside a structure element (headings, paragraphs, lists,
 * tables), so a screen reader reads it in order with its roles; everything else (bullet dots, table rules, page
 * footers) is marked as an artifact. `tagged` adds `draw`'s content to `parent` as one element of `type`.
 */
export function tagged(
  pdf: Pdf,
  parent: Struct,
  type: string,
  draw: () => void,
  options: { title?: string } = {},
): void {
  parent.add(pdf.struct(type, options, draw));
}

/**
 * A line break the writer typed ends its line with a space: a screen reader (and copy-paste) joins the lines of
 * a tagged paragraph without one, and "toimintakykyä.Tuoda" would be read as one word.
 */
export const spacedBreaks = (text: string): string => text.replace(/(\S)\n/g, '$1 \n');

/** Draws decoration that is not content: readers skip it. */
export function artifact(pdf: Pdf, draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
  pdf.markContent('Artifact', { type });
  draw();
  pdf.endMarkedContent();
}

/** A structure element that holds others (a list, a table, a row): added to `parent`, filled, then ended. */
export function container(pdf: Pdf, parent: Struct, type: string, fill: (self: Struct) => void, title?: string): void {
  const self = pdf.struct(type, title ? { title } : {});
  parent.add(self);
  fill(self);
  self.end();
}

/** Starts a new page unless `height` still fits; content taller than a page just flows on. */
export function ensureSpace(pdf: Pdf, height: number): void {
  if (pdf.y + height > bottom(pdf) && !atTop(pdf)) pdf.addPage();
}
