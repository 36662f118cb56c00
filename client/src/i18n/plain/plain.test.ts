import { describe, expect, it } from 'vitest';
import { groupsFi } from '../groups.fi';
import { plainFi } from './fi';
import { plainGroupsFi } from './groups.fi';
import { plainGroupsSv } from './groups.sv';
import { plainJoinClosedFi } from './joinClosed.fi';
import { plainJoinClosedSv } from './joinClosed.sv';
import { plainNowCardFi } from './nowCard.fi';
import { plainNowCardSv } from './nowCard.sv';
import { sameAsStandardFi, sameAsStandardSv } from './sameAsStandard';
import { plainShownFi, plainShownSv, standardFi, standardSv } from './shown';
import { plainSv } from './sv';

/** Every participant-facing key: the phone's entry strings, the aquarium's top card, the join-closed page, groups. */
const participantKeys = Object.keys(standardFi).sort();
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  [
    'fi',
    { ...plainFi, ...plainNowCardFi, ...plainJoinClosedFi, ...plainGroupsFi },
    standardFi,
    sameAsStandardFi,
    plainShownFi,
  ],
  [
    'sv',
    { ...plainSv, ...plainNowCardSv, ...plainJoinClosedSv, ...plainGroupsSv },
    standardSv,
    sameAsStandardSv,
    plainShownSv,
  ],
] as const)('plain language (%s)', (_language, rewritten: Record<string, string>, standard, same, shown) => {
  it('has every participant key either rewritten or reviewed as plain as it stands, and nothing else', () => {
    expect([...Object.keys(rewritten), ...Object.keys(same)].sort()).toEqual(participantKeys);
  });

  it('rewrites a string only where it reads differently', () => {
    expect(Object.keys(rewritten).filter((key) => rewritten[key] === standard[key as keyof typeof standard])).toEqual(
      [],
    );
  });

  it('still finds plain each string reviewed as plain as it stands (its standard text has not changed since)', () => {
    for (const [key, text] of Object.entries(same)) expect(standard[key as keyof typeof standard], key).toBe(text);
  });

  it('has the small-group phone in plain language too (every groups.* key)', () => {
    const groupKeys = Object.keys(groupsFi);
    expect(groupKeys.length).toBeGreaterThan(90);
    expect(groupKeys.filter((key) => !shown[key as keyof typeof shown])).toEqual([]);
  });

  it('keeps the placeholders of the standard string', () => {
    for (const key of Object.keys(rewritten))
      expect(placeholders(rewritten[key]!), key).toEqual(placeholders(standard[key as keyof typeof standard]!));
  });

  it('writes short sentences (Selkokeskus: at most about 12 words a sentence)', () => {
    const long = Object.entries(shown).flatMap(([key, text]) =>
      text
        .split(/[.!?…]\s+/)
        .filter((sentence) => sentence.split(/\s+/).length > 12)
        .map((sentence) => `${key}: ${sentence}`),
    );
    expect(long).toEqual([]);
  });

  it('writes no abbreviations (Selkokeskus: "minuuttia", not "min"; "kello", not "klo")', () => {
    const abbreviations = /(^|[\s(])(min|klo|kl|esim|yms|ns|mm|t\.ex|bl\.a|osv|ca|st)\.?(?=[\s),.]|$)/i;
    expect(Object.entries(shown).filter(([, text]) => abbreviations.test(text))).toEqual([]);
  });
});
