import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import markdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSummary } from './index.js';
import { CLOSING, FOOTER, FUNDING_ALT, osmoSummary } from '../../../test/kit/osmoDocument.js';
import { countOccurrences, pdfStructure, pdfText } from '../../../test/kit/renderedText.js';

/**
 * An OSMO-like regional summary (rich plan texts with nested lists and bold, the closing view in 3 paragraphs
 * under a renamed heading, the organisation's footer and the funding mark) read back from all four formats.
 */
const doc = osmoSummary();
const dir = mkdtempSync(join(tmpdir(), 'osmo-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FOOTER_LINES = FOOTER.split('\n');
const CLOSING_PARAGRAPHS = CLOSING.split('\n').map((line) => line.replace(/\*+/g, ''));

describe('DOCX', () => {
  const part = (name: string) => execFileSync('unzip', ['-p', join(dir, 'osmo.docx'), name]).toString('utf8');
  let document = '';
  beforeAll(async () => {
    writeFileSync(join(dir, 'osmo.docx'), (await renderSummary(doc, 'docx')).body as Buffer);
    document = part('word/document.xml');
  });

  it('has real Word lists: bullet and decimal numbering definitions, list paragraphs nested by level', () => {
    const numbering = part('word/numbering.xml');
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/>/);
    expect(numbering).toMatch(/<w:numFmt w:val="decimal"\/>/);
    const listParagraph = (text: string) =>
      new RegExp(`<w:p>(?:(?!</w:p>).)*<w:numPr><w:ilvl w:val="(\\d)"/>(?:(?!</w:p>).)*${text}`).exec(document);
    expect(listParagraph('Työpajat järjestöjen kanssa')?.[1]).toBe('0');
    expect(listParagraph('kevät 2020: kolme työpajaa')?.[1]).toBe('1');
    expect(listParagraph('Toinen numeroitu')?.[1]).toBe('0');
    expect(document).toContain('<w:pStyle w:val="ListParagraph"/>');
    // No literal dashes or asterisks from the Markdown survive.
    expect(document).not.toMatch(/>- Työpajat|\*\*Tavoite/);
  });

  it('has bold and italic runs, headings as styles, the renamed heading, and 3 closing paragraphs', () => {
    expect(document).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*Tavoite 1: Palvelukuvaukset selkokielelle/);
    expect(document).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*asiakas löytää palvelun/);
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*Hanketyöntekijän näkemys/);
    for (const paragraph of CLOSING_PARAGRAPHS) {
      const words = paragraph.split(' ').slice(0, 3).join(' ');
      expect(document).toContain(words);
    }
    const closing = document.slice(document.indexOf('Hanketyöntekijän näkemys'));
    // Paragraphs from the heading to the next heading's (the appendix) own paragraph.
    const body = closing.slice(0, closing.lastIndexOf('<w:p>', closing.indexOf('Liite')));
    expect(body.match(/<w:p>/g)?.length).toBe(3);
    expect(part('word/styles.xml')).toMatch(/<w:spacing w:after="120" w:line="276" w:lineRule="auto"\/>/);
  });

  it('puts the footer lines and the funding mark in the footer of every page', () => {
    expect(document).toMatch(/<w:footerReference w:type="default" r:id="rId\d+"\/>/);
    const footer = part('word/footer1.xml');
    for (const line of FOOTER_LINES) expect(footer).toContain(line.replace(/&/g, '&amp;'));
    expect(footer).toMatch(/<a:blip r:embed="[^"]+"/);
    expect(footer).toContain(FUNDING_ALT);
    expect(execFileSync('unzip', ['-l', join(dir, 'osmo.docx')]).toString()).toMatch(/word\/media\/\S+\.png/);
  });
});

describe('PDF', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = (await renderSummary(doc, 'pdf')).body as Buffer;
    writeFileSync(join(dir, 'osmo.pdf'), pdf);
  });

  it('shows the footer and the funding mark on every page', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'osmo.pdf')]).toString())![1]);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      const text = execFileSync('pdftotext', [
        '-f',
        `${page}`,
        '-l',
        `${page}`,
        '-enc',
        'UTF-8',
        join(dir, 'osmo.pdf'),
        '-',
      ]).toString('utf8');
      for (const line of FOOTER_LINES) expect(countOccurrences(text, line), `page ${page}: ${line}`).toBe(1);
    }
    const images = execFileSync('pdfimages', ['-list', join(dir, 'osmo.pdf')])
      .toString()
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => Number(line.trim().split(/\s+/)[0]));
    expect(new Set(images).size).toBe(pages);
  });

  it('tags the rich text: lists with labels and bodies, nested; paragraphs; the renamed heading', () => {
    const structure = pdfStructure(pdf);
    expect(structure).toMatch(/L \(block\)[\s\S]*LI \(block\)[\s\S]*Lbl[\s\S]*LBody/);
    // The nested list sits inside its item's body.
    expect(structure).toMatch(/LBody \(block\)\s+P \(block\)\s+"Työpajat järjestöjen kanssa\s*"\s+L \(block\)/);
    expect(structure).toMatch(/H2 \(block\)\s+"Hanketyöntekijän näkemys"/);
    const text = pdfText(pdf);
    for (const paragraph of CLOSING_PARAGRAPHS) expect(countOccurrences(text, paragraph)).toBe(1);
    expect(text).not.toMatch(/\*\*|^- /m);
  });
});

describe('Markdown', () => {
  it('parses (CommonMark) to real lists, emphasis, 3 closing paragraphs, the footer; escapes little', async () => {
    const markdown = String((await renderSummary(doc, 'md')).body);
    const html = markdownIt('commonmark').render(markdown);
    expect(html).toMatch(/<li>Työpajat järjestöjen kanssa\n<ul>\n<li>kevät 2020: kolme työpajaa<\/li>/);
    expect(html).toContain('<strong>Tavoite 1: Palvelukuvaukset selkokielelle</strong>');
    expect(html).toContain('<em>asiakas löytää palvelun</em>');
    expect(html).toMatch(/<ol>\n<li>Ensimmäinen numeroitu<\/li>/);
    expect(html).toContain('<h2>Hanketyöntekijän näkemys</h2>');
    const closing = html.slice(html.indexOf('Hanketyöntekijän näkemys'), html.indexOf('<h2>Liite'));
    expect(closing.match(/<p>/g)).toHaveLength(3);
    expect(html).toContain('OSMO-hanke jatkaa työtä palveluna.');
    for (const line of FOOTER_LINES) expect(html).toContain(line);
    expect(html).toContain(FUNDING_ALT);
    // Escapes only where CommonMark needs one: far fewer than one per 100 characters.
    const backslashes = markdown.match(/\\/g)?.length ?? 0;
    expect(backslashes / (markdown.length / 1000)).toBeLessThan(1);
  });
});

describe('HTML', () => {
  it('renders lists and emphasis as elements and ends with the footer', async () => {
    const html = String((await renderSummary(doc, 'html')).body);
    expect(html).toMatch(/<ul class="rich">\n<li><p>Työpajat järjestöjen kanssa<\/p>\n<ul class="rich">/);
    expect(html).toContain('<strong>Tavoite 1: Palvelukuvaukset selkokielelle</strong>');
    expect(html).toMatch(/<footer class="doc-footer">[\s\S]*osmo\.example\.fi[\s\S]*Vipuvoimaa EU:lta/);
    expect(html).not.toMatch(/<script|javascript:/);
  });
});
