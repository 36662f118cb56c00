import { execFileSync } from 'node:child_process';
import mammoth from 'mammoth';
import { marked } from 'marked';
import type { SummaryFormat } from './index.js';

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

export async function extractText(format: SummaryFormat, body: Buffer | string): Promise<string> {
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
