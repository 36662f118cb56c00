import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import mammoth from 'mammoth';
import { marked } from 'marked';
import type { DocumentFormat } from '@aquarium/shared';

/** Test helpers: the text a reader sees in each rendered format. */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return NAMED[name.toLowerCase()] ?? entity;
  });
}

/** Text content of an HTML fragment (tags dropped, entities decoded). */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''));
}

export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true });
}

export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
}

export function pdfFonts(pdf: Buffer): string {
  return execFileSync('pdffonts', ['-'], { input: pdf }).toString('utf8');
}

/** The document information poppler's `pdfinfo` prints (title, "Tagged: yes", pages, ...). */
export function pdfInfo(pdf: Buffer): string {
  return execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8');
}

/** The logical structure of a tagged PDF with its text, as poppler's `pdfinfo -struct-text` prints it. */
export function pdfStructure(pdf: Buffer): string {
  return execFileSync('pdfinfo', ['-struct-text', '-'], { input: pdf }).toString('utf8');
}

/** The pages' content streams, decompressed (pdfkit writes objects uncompressed and streams with Flate). */
function contentStreams(pdf: Buffer): string[] {
  const file = pdf.toString('latin1');
  const refs = new Set([...file.matchAll(/\/Contents (\d+) 0 R/g)].map((m) => m[1]!));
  return [...refs].map((ref) => {
    const start = file.indexOf('stream\n', file.indexOf(`\n${ref} 0 obj`)) + 'stream\n'.length;
    const end = file.indexOf('\nendstream', start);
    return inflateSync(pdf.subarray(start, end)).toString('latin1');
  });
}

/** Operators that put something on the page: text, fills and strokes, images, shadings. */
const PAINTING = new Set(['BT', 'f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'Do', 'sh']);

/**
 * Every operator that paints outside marked content (neither a tagged structure element nor an artifact): what a
 * screen reader would meet as untagged content. Empty for a fully tagged PDF.
 */
export function untaggedContent(pdf: Buffer): string[] {
  const found: string[] = [];
  for (const [page, stream] of contentStreams(pdf).entries()) {
    let depth = 0;
    // Strings, names, numbers, arrays and dictionaries are operands; what remains are the operators.
    const tokens = stream.matchAll(
      /\((?:\\.|[^\\)])*\)|<<|>>|<[0-9a-fA-F\s]*>|\/[^\s/[\]()<>]*|[-+.\d]+|[\][]|([A-Za-z'"*]+)/g,
    );
    for (const [, operator] of tokens) {
      if (!operator) continue;
      if (operator === 'BDC' || operator === 'BMC') depth++;
      else if (operator === 'EMC') depth--;
      else if (depth === 0 && PAINTING.has(operator)) found.push(`stream ${page + 1}: ${operator}`);
    }
  }
  return found;
}

export async function extractText(format: DocumentFormat, body: Buffer | string): Promise<string> {
  switch (format) {
    case 'md':
      return htmlText(markdownToHtml(String(body)));
    case 'html': {
      const html = String(body);
      return htmlText(html.slice(html.indexOf('<body>')));
    }
    case 'docx':
      return (await mammoth.extractRawText({ buffer: body as Buffer })).value;
    case 'pdf':
      return pdfText(body as Buffer);
  }
}

/** How often `needle` occurs in `haystack`, ignoring all whitespace (PDF text wraps at any space). */
export function countOccurrences(haystack: string, needle: string): number {
  const squash = (text: string) => text.replace(/\s+/g, '');
  const hay = squash(haystack);
  const pin = squash(needle);
  let count = 0;
  for (let at = hay.indexOf(pin); at >= 0; at = hay.indexOf(pin, at + pin.length)) count++;
  return count;
}
