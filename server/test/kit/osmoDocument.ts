import type { SummaryDocument } from '@aquarium/shared';
import { storedFundingMark } from '../../src/summary/fundingMark.js';
import { sampleSummary } from './summaryFixture.js';

/** The EU emblem's shape, roughly: a blue field with a ring of yellow stars, and the words beside it. */
export const FUNDING_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80" viewBox="0 0 300 80">
<script>alert(1)</script>
<rect width="120" height="80" fill="#039"/>
${Array.from({ length: 12 }, (_, i) => {
  const a = (i / 12) * 2 * Math.PI;
  return `<circle cx="${60 + 26 * Math.cos(a)}" cy="${40 + 26 * Math.sin(a)}" r="4" fill="#fc0"/>`;
}).join('')}
<a href="javascript:alert(1)"><rect x="130" y="30" width="160" height="20" fill="#039"/></a>
<image href="https://example.invalid/tracker.png" width="1" height="1"/>
</svg>`;

export const FOOTER =
  'OSMO-hanke 2019–2021\nEtelä-Pohjanmaan Järjestöt ry, Esimerkkikatu 1, 60100 Seinäjoki\nosmo.example.fi';
export const FUNDING_ALT = 'Vipuvoimaa EU:lta 2014–2020, Euroopan unioni, Euroopan sosiaalirahasto';

export const ACTIVITIES = [
  '**Tavoite 1: Palvelukuvaukset selkokielelle** → *asiakas löytää palvelun*',
  '- Työpajat järjestöjen kanssa',
  '  - kevät 2020: kolme työpajaa',
  '  - syksy 2020: *etänä*',
  '- Palvelukuvausten testaus asiakkailla',
  '',
  '1. Ensimmäinen numeroitu',
  '2. Toinen numeroitu',
].join('\n');

export const CLOSING = [
  'Hanke on tavoittanut alueen järjestöt **hyvin**, ja yhteistyö hyvinvointialueen kanssa on vakiintunut.',
  'Selkokieliset palvelukuvaukset ovat olleet *toivotuin* tulos; niitä käytetään jo ohjauksessa.',
  'Jatkossa tärkeintä on tiedon kulku kahteen suuntaan: OSMO-hanke jatkaa työtä palveluna.',
].join('\n');

/** An OSMO-like regional summary: rich plan texts, the closing view in 3 paragraphs, renamed heading, footer, mark. */
export function osmoSummary(opts: { thoughts?: number; notes?: number } = {}): SummaryDocument {
  const doc = sampleSummary({ thoughts: opts.thoughts ?? 30, notes: opts.notes ?? 15 });
  const mark = storedFundingMark({ type: 'svg', data: Buffer.from(FUNDING_SVG).toString('base64'), alt: FUNDING_ALT });
  if ('code' in mark) throw new Error(mark.message);
  doc.title = 'OSMO-arviointi Järvi-Pohjanmaa';
  doc.subtitle = 'OSMO – Järvi-Pohjanmaa';
  doc.background.activities = ACTIVITIES;
  doc.closingView = CLOSING;
  doc.labels = { ...doc.labels, closingView: 'Hanketyöntekijän näkemys' };
  doc.footer = FOOTER;
  doc.fundingMark = mark;
  return doc;
}
