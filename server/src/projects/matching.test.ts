import type { Language, ProjectThemeCatalogue, ThemeMatch } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { normaliser } from '../themes/suggest/normalize.js';
import { matchesProblem, suggestMatches } from './matching.js';

/** Snowball stems, without Voikko: the same answer on every machine. */
const words = (language: Language) => {
  const n = normaliser(language, { voikko: false });
  return (name: string) => n.words(name).map((w) => w.key);
};

/** One question's themes: `[session, name]`, each session's question 1. */
const catalogue = (themes: [string, string][], question = 1): ProjectThemeCatalogue => ({
  question,
  text: `Kysymys ${question}`,
  themes: themes.map(([sessionId, name]) => ({ sessionId, question: 1, name, region: sessionId.toUpperCase() })),
});

/** The suggestions as `name: session/name, …` lines, for tables that read like the report. */
const readable = (matches: ThemeMatch[]) =>
  matches.map((m) => `${m.question} ${m.name}: ${m.themes.map((t) => `${t.sessionId}/${t.name}`).join(', ')}`);

describe('theme matching across regions', () => {
  const cases: { name: string; language?: Language; questions: ProjectThemeCatalogue[]; expected: string[] }[] = [
    {
      name: 'the same name in two regions',
      questions: [
        catalogue([
          ['a', 'Yhteistyö'],
          ['b', 'Yhteistyö'],
          ['b', 'Rahoitus'],
        ]),
      ],
      expected: ['1 Yhteistyö: a/Yhteistyö, b/Yhteistyö'],
    },
    {
      name: 'inflected and differently cased Finnish',
      questions: [
        catalogue([
          ['a', 'Palvelukuvaukset'],
          ['b', 'palvelukuvauksia'],
          ['c', 'Työllisyys'],
        ]),
      ],
      expected: ['1 Palvelukuvaukset: a/Palvelukuvaukset, b/palvelukuvauksia'],
    },
    {
      name: 'a name that says more (half the words shared)',
      questions: [
        catalogue([
          ['a', 'Yhteistyö'],
          ['b', 'Yhteistyö verkostoissa'],
          ['c', 'Verkostot ja rahoitus ja tilat'],
        ]),
      ],
      expected: ['1 Yhteistyö: a/Yhteistyö, b/Yhteistyö verkostoissa'],
    },
    {
      name: 'the name most themes carry names the match',
      questions: [
        catalogue([
          ['a', 'yhteistyötä'],
          ['b', 'Yhteistyö'],
          ['c', 'Yhteistyö'],
        ]),
      ],
      expected: ['1 Yhteistyö: a/yhteistyötä, b/Yhteistyö, c/Yhteistyö'],
    },
    {
      name: 'two alike themes of one session alone are no match',
      questions: [
        catalogue([
          ['a', 'Yhteistyö'],
          ['a', 'yhteistyötä'],
          ['b', 'Osallisuus'],
        ]),
      ],
      expected: [],
    },
    {
      name: 'names without content words match only when written alike',
      questions: [
        catalogue([
          ['a', 'Ja'],
          ['b', 'ja'],
          ['c', 'Tai'],
          ['d', '2025'],
        ]),
      ],
      expected: ['1 Ja: a/Ja, b/ja'],
    },
    {
      name: 'themes of different questions never match',
      questions: [catalogue([['a', 'Yhteistyö']], 1), catalogue([['b', 'Yhteistyö']], 2)],
      expected: [],
    },
    {
      name: 'Swedish stems',
      language: 'sv',
      questions: [
        catalogue([
          ['a', 'Tjänstebeskrivningar'],
          ['b', 'tjänstebeskrivningarna'],
          ['c', 'Finansiering'],
        ]),
      ],
      expected: ['1 Tjänstebeskrivningar: a/Tjänstebeskrivningar, b/tjänstebeskrivningarna'],
    },
  ];
  it.each(cases)('$name', ({ language, questions, expected }) => {
    expect(readable(suggestMatches(questions, words(language ?? 'fi')))).toEqual(expected);
  });
});

describe("checking the owner's matches", () => {
  const themes = [
    catalogue([
      ['a', 'Yhteistyö'],
      ['b', 'Yhteistyö'],
      ['c', 'Osallisuus'],
    ]),
  ];
  const ref = (sessionId: string, name: string) => ({ sessionId, question: 1, name });
  const cases: { name: string; matches: ThemeMatch[]; problem: RegExp | null }[] = [
    {
      name: 'published themes, each once',
      matches: [{ question: 1, name: 'Kaikki', themes: [ref('a', 'Yhteistyö'), ref('c', 'Osallisuus')] }],
      problem: null,
    },
    {
      name: 'a theme no session published',
      matches: [{ question: 1, name: 'X', themes: [ref('a', 'Yhteistyö'), ref('b', 'Muu')] }],
      problem: /"Muu" is not a published theme/,
    },
    {
      name: 'a theme under another question',
      matches: [{ question: 2, name: 'X', themes: [ref('a', 'Yhteistyö'), ref('b', 'Yhteistyö')] }],
      problem: /not a published theme of question 2/,
    },
    {
      name: 'a theme in two matches',
      matches: [
        { question: 1, name: 'X', themes: [ref('a', 'Yhteistyö'), ref('b', 'Yhteistyö')] },
        { question: 1, name: 'Y', themes: [ref('a', 'Yhteistyö'), ref('c', 'Osallisuus')] },
      ],
      problem: /stands in two matches/,
    },
  ];
  it.each(cases)('$name', ({ matches, problem }) => {
    const found = matchesProblem(matches, themes);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});
