import { describe, expect, it } from 'vitest';
import { coreFi } from '../core.fi';
import { coreSv } from '../core.sv';
import { groupsFi } from '../groups.fi';
import { joinClosedFi } from '../joinClosed.fi';
import { nowCardFi } from '../nowCard.fi';
import { plainFi } from './fi';
import { plainGroupsFi } from './groups.fi';
import { plainGroupsSv } from './groups.sv';
import { notPlain } from './keys';
import { plainSv } from './sv';

/**
 * Every participant-facing string in Finnish: the phone's entry strings, the aquarium's top card, the join-closed
 * page and the small-group phone.
 */
const standard: Record<string, string> = { ...coreFi, ...nowCardFi, ...joinClosedFi, ...groupsFi };
/** Every participant-facing key. */
const participantKeys = Object.keys(standard)
  .filter((k) => !(notPlain as readonly string[]).includes(k))
  .sort();
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('plain Swedish in place of core.sv', () => {
  it('carries the strings it does not rewrite as core.sv has them (core.sv is not fetched while it is on)', () => {
    for (const key of notPlain) expect(plainSv[key], key).toBe(coreSv[key]);
  });
});

describe.each([
  ['fi', { ...plainFi, ...plainGroupsFi }],
  ['sv', { ...plainSv, ...plainGroupsSv }],
] as const)('plain language (%s)', (language, plain: Record<string, string>) => {
  it('has a string for every participant key, and nothing else', () => {
    const own = Object.keys(plain).filter((key) => language === 'fi' || !(notPlain as readonly string[]).includes(key));
    expect(own.sort()).toEqual(participantKeys);
  });

  it('has the small-group phone in plain language too (every groups.* key)', () => {
    const groupKeys = Object.keys(groupsFi);
    expect(groupKeys.length).toBeGreaterThan(90);
    expect(groupKeys.filter((key) => !plain[key])).toEqual([]);
  });

  it('keeps the placeholders of the standard string', () => {
    for (const key of participantKeys) expect(placeholders(plain[key]!), key).toEqual(placeholders(standard[key]!));
  });

  it('writes short sentences (Selkokeskus: at most about 12 words a sentence)', () => {
    const long = Object.entries(plain).flatMap(([key, text]) =>
      text
        .split(/[.!?…]\s+/)
        .filter((sentence) => sentence.split(/\s+/).length > 12)
        .map((sentence) => `${key}: ${sentence}`),
    );
    expect(long).toEqual([]);
  });

  it('writes no abbreviations (Selkokeskus: "minuuttia", not "min"; "kello", not "klo")', () => {
    const abbreviations = /(^|[\s(])(min|klo|kl|esim|yms|ns|mm|t\.ex|bl\.a|osv|ca|st)\.?(?=[\s),.]|$)/i;
    expect(Object.entries(plain).filter(([, text]) => abbreviations.test(text))).toEqual([]);
  });
});
