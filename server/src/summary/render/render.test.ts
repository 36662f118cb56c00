import { DOCUMENT_FORMATS, type DocumentFormat } from '@aquarium/shared';
import type { SummaryDocument } from '@aquarium/shared';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { finnishLabels, noteText, sampleSummary, thoughtText } from '../../../test/kit/summaryFixture.js';
import { renderSummary } from './index.js';
import {
  countOccurrences,
  extractText,
  markdownToHtml,
  pdfFonts,
  pdfInfo,
  pdfStructure,
  untaggedContent,
} from '../../../test/kit/renderedText.js';

const L = finnishLabels;

const SPECIAL = '**bold** <b>x</b> [link](http://evil) # heading =SUM(A1) & "quotes"';

function withSpecial(): SummaryDocument {
  const doc = sampleSummary({ thoughts: 6, notes: 2 });
  doc.questions[0]!.themes[0]!.items.thoughts.unshift({ text: SPECIAL, group: 'Asukkaat', author: null, votes: 0 });
  return doc;
}

function emptyDoc(): SummaryDocument {
  const doc = sampleSummary({ thoughts: 0, notes: 0 });
  doc.background = { goals: '', developmentThemes: ' ', activities: '\n' };
  doc.questions.forEach((q) => {
    q.groupPoints = [];
    q.consolidated = '';
    q.themes.forEach((t) => (t.consolidated = ''));
  });
  doc.participants.named = [];
  doc.goodPractices = '';
  doc.closingView = '';
  doc.timeline = [];
  doc.participation = [];
  return doc;
}

const render = async (doc: SummaryDocument, format: DocumentFormat) => (await renderSummary(doc, format)).body;

describe.each(DOCUMENT_FORMATS)('%s summary', (format) => {
  it('shows every thought and note exactly once, in document order', async () => {
    const doc = sampleSummary({ thoughts: 60, notes: 20 });
    const text = await extractText(format, await render(doc, format));
    for (let i = 0; i < 60; i++) expect(countOccurrences(text, thoughtText(i)), thoughtText(i)).toBe(1);
    for (let i = 0; i < 20; i++) expect(countOccurrences(text, noteText(i)), noteText(i)).toBe(1);
    const order = [
      doc.title,
      L.participants,
      L.background,
      L.discussion,
      'Kysymys 1: Miten toiminta',
      'Kysymys 2: Mitä palvelukuvauksissa',
      'Kysymys 3: Mitä hyviä',
      L.goodPractices,
      L.closingView,
      L.appendix,
      L.timeline,
      L.participation,
    ].map((heading) => text.replace(/\s+/g, ' ').indexOf(heading));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('keeps Finnish and Swedish letters', async () => {
    const text = await extractText(format, await render(sampleSummary(), format));
    for (const word of ['Etelä-Pohjanmaa', 'Åbolands föreningar', 'Örjan Åström', 'Päivi Räsänen-Öhman']) {
      expect(countOccurrences(text, word), word).toBeGreaterThan(0);
    }
  });

  it('shows special characters literally', async () => {
    const text = await extractText(format, await render(withSpecial(), format));
    expect(countOccurrences(text, SPECIAL)).toBe(1);
  });

  it('skips empty sections gracefully', async () => {
    const text = await extractText(format, await render(emptyDoc(), format));
    for (const label of [L.background, L.goals, L.notes, L.thoughts, L.groupPoints]) {
      expect(text, label).not.toContain(label);
    }
    for (const label of [L.otherPoints, L.goodPractices, L.closingView, L.appendix]) {
      expect(text, label).not.toContain(label);
    }
    expect(text).not.toContain('Sosiaalinen kuntoutus'); // a theme with nothing in it has no heading
    expect(countOccurrences(text, 'Kysymys 3: Mitä hyviä käytäntöjä')).toBe(1);
  });
});

describe('markdown', () => {
  const TRICKY = [
    SPECIAL,
    '1. ei numeroitu lista',
    '- ei lista',
    '> ei lainaus',
    '---',
    'www.example.com ja http://example.com ja posti@example.com',
    '`koodi` ~~yliviivattu~~ | a | b | ![kuva](x.png) [^1] \\ &amp; &#228; <!-- kommentti -->',
    'rivi yksi\n===',
    '_kursiivi_ *kursiivi* __lihava__',
  ];

  it('renders tricky texts literally and produces no markup from them', async () => {
    const doc = emptyDoc();
    doc.questions[0]!.unthemed.thoughts = TRICKY.map((text) => ({ text, group: '', author: null, votes: 0 }));
    doc.questions[0]!.unthemed.notes = ['# ei otsikko'];
    const html = markdownToHtml(String(await render(doc, 'md')));
    const text = await extractText('md', await render(doc, 'md'));
    for (const tricky of [...TRICKY, '# ei otsikko']) expect(countOccurrences(text, tricky), tricky).toBe(1);
    for (const tag of ['<a ', '<img', '<code', '<del', '<blockquote', '<ol', '<hr', '<table', '<b>']) {
      expect(html, tag).not.toContain(tag);
    }
    expect(html).not.toMatch(/<(em|strong)>(kursiivi|lihava)/);
    expect(html).toContain('rivi yksi<br');
    // Headings: title, participants, discussion, three questions, "other points" — nothing else.
    expect(html.match(/<h[1-6]>/g)).toHaveLength(7);
  });

  it('produces no <b>, <a> or emphasis from the special thought', async () => {
    const html = markdownToHtml(String(await render(withSpecial(), 'md')));
    expect(html).not.toMatch(/<b>|<a |<h1>heading/);
    expect(html).not.toContain('<strong>bold</strong>');
  });
});

describe('html', () => {
  it('is a complete, accessible page without scripts or inline styles', async () => {
    const html = String(await render(withSpecial(), 'html'));
    expect(html).toMatch(/^<!doctype html>\n<html lang="fi">/);
    expect(html).toContain('<title>OSMO – Etelä-Pohjanmaa: alueellinen yhteenveto ja arviointi</title>');
    expect(html).toContain('<link rel="stylesheet" href="/summary.css">');
    expect(html).not.toMatch(/<script|<style|style=|https?:\/\/(?!evil)/i);
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).toContain('<th scope="col">Vaihe</th>');
    expect(html).toContain('<th scope="row">Asukkaat</th>');
    expect(html.match(/<h1>/g)).toHaveLength(1);
  });
});

describe('docx', () => {
  it('uses real heading styles, bullet lists and tables', async () => {
    const buffer = (await render(sampleSummary({ thoughts: 12, notes: 4 }), 'docx')) as Buffer;
    const { value: html } = await mammoth.convertToHtml(
      { buffer },
      { styleMap: ["p[style-name='Title'] => h1.title:fresh"] },
    );
    expect(html).toContain('<h1 class="title">OSMO – Etelä-Pohjanmaa: alueellinen yhteenveto ja arviointi</h1>');
    expect(html).toContain(`<h1>${L.participants}</h1>`);
    expect(html).toContain('<h2>Kysymys 1: Miten toiminta on vastannut alueen asukkaiden tarpeisiin?</h2>');
    expect(html).toContain('<h3>Sosiaalinen kuntoutus</h3>');
    expect(html).toMatch(/<ul><li>Ajatus 0000 – [^<]*<em> \(Asukkaat, Maija Mäkelä, 1 piste\)<\/em><\/li>/);
    expect(html).toContain('<table>');
    expect(html).toMatch(/<td><p>Arviointikeskustelu<\/p><\/td><td><p>60<\/p><\/td><td><p>68,5<\/p><\/td>/);
    const raw = (await mammoth.extractRawText({ buffer })).value;
    expect(raw).not.toContain('•');
  });
});

describe('pdf', () => {
  it('embeds its fonts', async () => {
    const fonts = pdfFonts((await render(sampleSummary(), 'pdf')) as Buffer);
    const rows = fonts.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/DejaVuSans/);
      expect(row).toMatch(/\s+yes\s+yes\s+yes\s+/); // emb, sub, uni
    }
  });

  it('is tagged for screen readers: everything drawn is a structure element or an artifact', async () => {
    const doc = sampleSummary({ thoughts: 150 });
    const pdf = (await render(doc, 'pdf')) as Buffer;
    expect(untaggedContent(pdf)).toEqual([]);
    const structure = pdfStructure(pdf);
    // Headings with their levels, in reading order, and the document's language for the reader's voice.
    expect(structure.startsWith(`Document\n  H1 (block)\n    "${doc.title}"`)).toBe(true);
    expect(pdf.toString('latin1')).toContain('/Lang (fi)');
    expect(structure).toContain(`H3 (block)\n    "${doc.labels.question} 1: ${doc.questions[0]!.text}"`);
    // A thought is an item of a list; the timeline is a table whose first row is header cells.
    expect(structure).toContain(`LI (block)\n      LBody (block)\n        "${thoughtText(0)}`);
    expect(structure).toMatch(/Table "[^"]+" \(block\)\n {4}TR\n {6}TH\n/);
    // A typed line break in a rich text starts a paragraph of its own: the words never run together.
    expect(structure).toMatch(/toimintakykyä\.\s*"\s+P \(block\)\s+"Tuoda/);
    // Page footers are artifacts: not read between the paragraphs.
    expect(structure).not.toMatch(/"\d+ \/ \d+"/);
    expect(pdfInfo(pdf)).toMatch(/^Tagged:\s+yes$/m);
  });

  it('numbers its pages', async () => {
    const text = await extractText('pdf', await render(sampleSummary({ thoughts: 150 }), 'pdf'));
    const pages = text.split('\f').filter((page) => page.trim().length > 0);
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, i) => expect(page).toContain(`${i + 1} / ${pages.length}`));
  });
});
