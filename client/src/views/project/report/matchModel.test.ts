import type { ProjectThemeCatalogue, ThemeMatch } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { matchIndexOf, moveToMatch, pairWith, renameMatch, splitOff, unmatched } from './matchModel';

const a = { sessionId: 's1', question: 1, name: 'Sosiaalinen kuntoutus' };
const b = { sessionId: 's2', question: 1, name: 'Sosiaalinen kuntoutus' };
const c = { sessionId: 's3', question: 1, name: 'Kuntouttava työtoiminta' };
const d = { sessionId: 's3', question: 1, name: 'Palvelukuvaukset' };
const e = { sessionId: 's1', question: 1, name: 'Palvelukuvausten teko' };
const match = (name: string, ...themes: (typeof a)[]): ThemeMatch => ({ question: 1, name, themes });

describe('matching themes across regions', () => {
  it('moves a theme into another match, dissolving the one left with a single theme', () => {
    const matches = [match('Kuntoutus', a, b), match('Palvelukuvaukset', d, e)];
    const moved = moveToMatch(matches, e, 0);
    expect(moved).toEqual([match('Kuntoutus', a, b, e)]);
    expect(matchIndexOf(moved, d)).toBe(-1);
  });

  it('splits a theme off, keeping a match that still has two', () => {
    const matches = [match('Kuntoutus', a, b, c)];
    expect(splitOff(matches, c)).toEqual([match('Kuntoutus', a, b)]);
    expect(splitOff(splitOff(matches, c), b)).toEqual([]);
  });

  it('pairs two lone themes under the name of the one joined', () => {
    expect(pairWith([match('Kuntoutus', a, b)], 1, e, d)).toEqual([
      match('Kuntoutus', a, b),
      match('Palvelukuvaukset', d, e),
    ]);
  });

  it('renames a match and lists the themes in none', () => {
    const matches = renameMatch([match('Kuntoutus', a, b)], 0, 'Sosiaalinen kuntoutus');
    expect(matches[0]!.name).toBe('Sosiaalinen kuntoutus');
    const catalogue: ProjectThemeCatalogue = {
      question: 1,
      text: 'Mikä toimi?',
      themes: [a, b, c].map((t, i) => ({ ...t, region: `R${i}` })),
    };
    expect(unmatched(catalogue, matches).map((t) => t.sessionId)).toEqual(['s3']);
  });
});
