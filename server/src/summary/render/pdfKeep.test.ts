import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { toBlocks } from './blocks.js';
import { renderSummary } from './index.js';
import { osmoSummary } from '../../../test/kit/osmoDocument.js';

/** The last line of body text on each page (the footer, below the text area, left out). */
function lastLines(pdf: Buffer): string[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', '-', '-'], { input: pdf }).toString('utf8');
  return xml
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)![1]);
      const lines = [...page.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)]
        .map((m) => ({ y: Number(m[1]), text: [...m[2]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ') }))
        // Body text ends well above the page footer (mark, footer lines, title and page number).
        .filter((line) => line.y < height - 130);
      return lines.sort((a, b) => a.y - b.y).at(-1)?.text ?? '';
    });
}

describe('PDF page breaks', () => {
  it('never end a page with a heading, however the content falls', async () => {
    for (let thoughts = 4; thoughts <= 40; thoughts += 4) {
      const doc = osmoSummary({ thoughts, notes: Math.round(thoughts / 2) });
      const headings = toBlocks(doc)
        .filter((block) => block.kind === 'heading')
        .map((block) => block.text.replace(/\s+/g, ' '));
      const pdf = (await renderSummary(doc, 'pdf')).body as Buffer;
      const pages = lastLines(pdf);
      pages.slice(0, -1).forEach((last, i) => {
        const isHeadingEnd = headings.some((heading) => last.length > 0 && heading.endsWith(last));
        expect(isHeadingEnd, `${thoughts} thoughts, page ${i + 1} ends with "${last}"`).toBe(false);
      });
    }
  }, 120_000);
});
