import { describe, expect, it } from 'vitest';
import { coreFi } from '../core.fi';
import { joinClosedFi } from '../joinClosed.fi';
import { nowCardFi } from '../nowCard.fi';
import { plainFi } from './fi';
import { notPlain } from './keys';
import { plainSv } from './sv';

/** Every participant-facing key: the phone's entry strings, its top card and the join-closed page. */
const participantKeys = Object.keys({ ...coreFi, ...nowCardFi, ...joinClosedFi })
  .filter((k) => !(notPlain as readonly string[]).includes(k))
  .sort();
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['fi', plainFi],
  ['sv', plainSv],
] as const)('plain language (%s)', (_language, plain: Record<string, string>) => {
  it('has a string for every participant key, and nothing else', () => {
    expect(Object.keys(plain).sort()).toEqual(participantKeys);
  });

  it('keeps the placeholders of the standard string', () => {
    const standard: Record<string, string> = { ...coreFi, ...nowCardFi, ...joinClosedFi };
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
});
