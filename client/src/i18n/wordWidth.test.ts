import { describe, expect, it } from 'vitest';
import { coreEn } from './core.en';
import { coreFi } from './core.fi';
import { coreSv } from './core.sv';
import { groupsEn } from './groups.en';
import { groupsFi } from './groups.fi';
import { groupsSv } from './groups.sv';
import { joinClosedEn } from './joinClosed.en';
import { joinClosedFi } from './joinClosed.fi';
import { joinClosedSv } from './joinClosed.sv';
import { nowCardEn } from './nowCard.en';
import { nowCardFi } from './nowCard.fi';
import { nowCardSv } from './nowCard.sv';
import { plainShownFi, plainShownSv } from './plain/shown';
import { SHY } from './softHyphen';

/**
 * Long words on the 320 px phone at 200 % text. Chromium on Linux has no Finnish (or Swedish) hyphenation dictionary
 * offline, so `hyphens: auto` does nothing there and a word wider than its line is cut anywhere ("puheenj|ohtajaks|i").
 * A participant string's long word therefore carries soft hyphens (U+00AD, written `\u00AD`) at syllable or compound
 * boundaries: the browser breaks there, with a hyphen, and only when it must.
 *
 * The measure, in Chromium at 320 px and 200 % text (body text 32 px): a card's column is 240 px, and the narrowest
 * lines of running text in it, the small-group step's instruction (left border and padding) and a full-width button
 * (its padding), are 204 px, in bold, which is 1.135 times as wide. So a run of letters with no break in it may be at
 * most 204 / 32 / 1.135 = 5.6 em wide (phone.css narrows the padding and the large type at 320 px for this). Letter widths are DejaVu Sans's (what `system-ui` is on the Debian Chromium the
 * tests run; phones' Roboto and San Francisco are narrower), measured in Chromium.
 */
const MAX_EM = 5.6;
const em: Record<string, number> = {};
const widths: [string, number][] = [
  ['ijlIJ', 0.28],
  ['f', 0.34],
  ['rt', 0.4],
  ['sz', 0.52],
  ['c', 0.55],
  ['kLFTP', 0.6],
  ['vxyY', 0.59],
  ['abdeghnopquåäöE', 0.63],
  ['w', 0.82],
  ['m', 0.97],
  ['BKRSXZÅV', 0.7],
  ['ACUÄ', 0.73],
  ['DGHN', 0.77],
  ['OQÖ', 0.79],
  ['M', 0.86],
  ['W', 0.99],
  ['.,:;', 0.32],
  ['()', 0.39],
  ['?!', 0.53],
  ['…', 1.0],
];
for (const [letters, width] of widths) for (const letter of letters) em[letter] = width;

/** How wide a run of text is, in em of the body font (unknown characters count as a wide letter). */
export const widthEm = (run: string): number => [...run].reduce((sum, ch) => sum + (em[ch] ?? 0.63), 0);

/** The runs of a string the browser cannot break: split at spaces, hyphens, dashes, slashes and soft hyphens. */
const unbreakable = (text: string): string[] =>
  text
    .replace(/\{\w+\}/g, ' ')
    .split(new RegExp(`[\\s/\\-–—${SHY}]+`))
    .filter(Boolean);

const participantCatalogs: Record<string, Record<string, string>> = {
  fi: { ...coreFi, ...nowCardFi, ...joinClosedFi, ...groupsFi },
  sv: { ...coreSv, ...nowCardSv, ...joinClosedSv, ...groupsSv },
  en: { ...coreEn, ...nowCardEn, ...joinClosedEn, ...groupsEn },
  'plain fi': plainShownFi,
  'plain sv': plainShownSv,
};
/**
 * The app's name in the header is set never to break mid-word (base.css) and is in a smaller type there; the Swedish
 * one carries a soft hyphen at its compound's seam (a 320 px phone at 200 % text scrolled sideways without it).
 */
const exempt = new Set(['app.name']);

describe('long words on the 320 px phone at 200 % text', () => {
  it.each(Object.keys(participantCatalogs))(
    '%s: every word fits the line, or has soft hyphens where it may break',
    (name) => {
      const tooWide = Object.entries(participantCatalogs[name]!)
        .filter(([key]) => !exempt.has(key))
        .flatMap(([key, text]) =>
          unbreakable(text)
            .filter((run) => widthEm(run) > MAX_EM)
            .map((run) => `${key}: ${run} (${widthEm(run).toFixed(1)} em)`),
        );
      expect(tooWide).toEqual([]);
    },
  );

  it("keeps the app's name within the header (0.85rem bold, 288 px at 320 px and 200 % text: 9.3 em)", () => {
    const names = Object.values(participantCatalogs).flatMap((catalog) => catalog['app.name'] ?? []);
    expect(names.flatMap(unbreakable).filter((run) => widthEm(run) > 288 / (0.85 * 32) / 1.135)).toEqual([]);
  });

  it('measures as the browser does', () => {
    // Measured in Chromium at 32 px (regular): 274 px and 193 px.
    expect(widthEm('puheenjohtajaksi') * 32).toBeCloseTo(274, -1);
    expect(widthEm('fasilitaattori') * 32).toBeCloseTo(193, -1);
    expect(unbreakable(`puheen${SHY}johtajaksi`)).toEqual(['puheen', 'johtajaksi']);
  });
});
