import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSummary } from './index.js';
import { osmoSummary } from '../../../test/kit/osmoDocument.js';

/**
 * The DOCX as LibreOffice lays it out (Debian's libreoffice-writer-nogui, installed by .ci/run): rendered to PDF
 * headless, then its words' boxes read with `pdftotext -bbox`. The title's two lines must not overlap (they did
 * while the default line spacing lacked lineRule="auto") and table columns must not break words.
 */
const dir = mkdtempSync(join(tmpdir(), 'summary-lo-'));
afterAll(() => (process.env.KEEP_LO ? undefined : rmSync(dir, { recursive: true, force: true })));

interface Word {
  text: string;
  yMin: number;
  yMax: number;
  page: number;
}

function words(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-']).toString('utf8');
  const out: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) out.push({ text: m[3]!, yMin: Number(m[1]), yMax: Number(m[2]), page });
  }
  return out;
}

describe('the DOCX in LibreOffice', () => {
  it('lays the two-line title out without overlapping lines and keeps table words whole', async () => {
    const doc = osmoSummary({ thoughts: 10, notes: 5 });
    doc.title =
      'OSMO-hankkeen alueellinen arviointitilaisuus Järvi-Pohjanmaalla: yhteenveto ja hanketyöntekijän näkemys';
    writeFileSync(join(dir, 'summary.docx'), (await renderSummary(doc, 'docx')).body as Buffer);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'summary.docx'),
      ],
      { timeout: 120_000, stdio: 'ignore' },
    );
    expect(existsSync(join(dir, 'summary.pdf'))).toBe(true);
    const all = words(join(dir, 'summary.pdf'));
    // The title's words on page 1, grouped into lines by their top edge.
    const titleWords = new Set(doc.title.split(' '));
    const first = all.filter((w) => w.page === 1).slice(0, doc.title.split(' ').length);
    expect(first.every((w) => titleWords.has(w.text))).toBe(true);
    const lines = [...new Map(first.map((w) => [Math.round(w.yMin), w])).values()].sort((a, b) => a.yMin - b.yMin);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < lines.length; i++) {
      // Each line starts below the previous line's bottom (a small tolerance for font ascent rounding).
      expect(lines[i]!.yMin, `title line ${i + 1}`).toBeGreaterThanOrEqual(lines[i - 1]!.yMax - 1);
    }
    // Table headers and cells: every word whole (LibreOffice broke "Puheenvuoroja" mid-word before).
    const texts = new Set(all.map((w) => w.text));
    for (const word of ['Puheenvuoroja', 'Paikalla', 'Suunniteltu', 'Toteutunut', 'Ajatuksia']) {
      expect(texts.has(word), word).toBe(true);
    }
  }, 150_000);
});
