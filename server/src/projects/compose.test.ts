import {
  defaultAquariumSetup,
  summaryLabels,
  summaryPlanLabels,
  type ProjectReport,
  type SummaryDocument,
  type ThemeMatch,
} from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { composeProjectReport } from './compose.js';
import { regionLabels, type PublishedSession } from './published.js';
import { mapQuestions } from './questions.js';
import type { ProjectData } from './stored.js';

const setup = { ...defaultAquariumSetup('fi'), title: 'Loppuarviointi' };
const [Q1, Q2, Q3] = setup.questions.map((q) => q.text) as [string, string, string];
const plan = summaryPlanLabels.fi;

/** A session's question: its text, themes with their notes, and notes under no theme. */
interface QuestionSpec {
  text: string;
  themes?: Record<string, string[]>;
  unthemed?: string[];
}

/** A session's published summary, only the parts the report reads. */
const published = (
  sessionId: string,
  region: string,
  questions: QuestionSpec[],
  extra: Partial<SummaryDocument> = {},
): PublishedSession => ({
  sessionId,
  region,
  method: 'aquarium',
  doc: {
    language: 'fi',
    title: region,
    sessionTitle: 'Loppuarviointi',
    region,
    date: '',
    place: '',
    version: 1,
    publishedAt: '2025-05-14T12:00:00.000Z',
    participants: { total: 0, byGroup: [], named: [] },
    background: { goals: '', developmentThemes: '', activities: '' },
    questions: questions.map((q, i) => ({
      number: i + 1,
      text: q.text,
      consolidated: '',
      themes: Object.entries(q.themes ?? {}).map(([name, notes]) => ({
        name,
        consolidated: '',
        items: { notes, thoughts: [] },
      })),
      unthemed: { notes: q.unthemed ?? [], thoughts: [] },
      groupPoints: [],
    })),
    goodPractices: '',
    closingView: '',
    timeline: [],
    participation: [],
    labels: summaryLabels.fi,
    ...extra,
  },
});

const data: ProjectData = {
  name: 'OSMO',
  organisation: 'Liitto',
  years: { from: 2022, to: 2025 },
  language: 'fi',
  setup: { ...setup, goals: [{ id: 'g1', name: 'Osallisuus vahvistuu', expectedResult: '' }] },
  footer: '',
  fundingMark: null,
};

const compose = (sessions: PublishedSession[], matches: ThemeMatch[] = []) =>
  composeProjectReport({
    data,
    sessions,
    questions: mapQuestions(data.setup.questions, sessions),
    matches,
    text: '',
    version: 1,
    publishedAt: Date.UTC(2025, 5, 1),
  });

/** Where each note stands in the report: `question/region/theme (or "match:" name, or "-")/note`. */
const placements = (report: ProjectReport): string[] =>
  report.questions.flatMap((q) => [
    ...q.matches.flatMap((m) =>
      m.regions.flatMap((r) =>
        r.themes.flatMap((t) => t.items.notes.map((n) => `${q.number}/${r.region}/match:${m.name}/${n}`)),
      ),
    ),
    ...q.regions.flatMap((r) => [
      ...r.themes.flatMap((t) => t.items.notes.map((n) => `${q.number}/${r.region}/${t.name}/${n}`)),
      ...r.unthemed.notes.map((n) => `${q.number}/${r.region}/-/${n}`),
    ]),
  ]);

const ref = (sessionId: string, question: number, name: string) => ({ sessionId, question, name });

describe('assembling the project report', () => {
  const cases: { name: string; sessions: PublishedSession[]; matches?: ThemeMatch[]; expected: string[] }[] = [
    {
      name: 'each note under its region, question and theme, in region order',
      sessions: [
        published('a', 'Etelä', [{ text: Q1, themes: { Yhteistyö: ['a1'] }, unthemed: ['a2'] }, { text: Q2 }]),
        published('b', 'Pohjoinen', [{ text: Q1, themes: { Rahoitus: ['b1', 'b2'] } }]),
      ],
      expected: ['1/Etelä/Yhteistyö/a1', '1/Etelä/-/a2', '1/Pohjoinen/Rahoitus/b1', '1/Pohjoinen/Rahoitus/b2'],
    },
    {
      name: 'matched themes side by side, the rest in their regions, nothing twice',
      sessions: [
        published('a', 'Etelä', [{ text: Q1, themes: { Yhteistyö: ['a1'], Osallisuus: ['a2'] } }]),
        published('b', 'Pohjoinen', [{ text: Q1, themes: { yhteistyötä: ['b1'] } }]),
      ],
      matches: [{ question: 1, name: 'Yhteistyö', themes: [ref('a', 1, 'Yhteistyö'), ref('b', 1, 'yhteistyötä')] }],
      expected: ['1/Etelä/match:Yhteistyö/a1', '1/Pohjoinen/match:Yhteistyö/b1', '1/Etelä/Osallisuus/a2'],
    },
    {
      name: 'a theme claimed by two matches stands in the first only; a stale reference is ignored',
      sessions: [published('a', 'Etelä', [{ text: Q1, themes: { Yhteistyö: ['a1'] } }])],
      matches: [
        { question: 1, name: 'Eka', themes: [ref('a', 1, 'Yhteistyö'), ref('x', 1, 'Poistettu')] },
        { question: 1, name: 'Toka', themes: [ref('a', 1, 'Yhteistyö'), ref('x', 1, 'Poistettu')] },
      ],
      expected: ['1/Etelä/match:Eka/a1'],
    },
    {
      name: 'questions found by text, then by number; a question of its own comes after the project’s',
      sessions: [
        // Questions in another order, one reworded (by number: 2), one of its own.
        published('a', 'Etelä', [
          { text: Q3, unthemed: ['a-q3'] },
          { text: 'Uudelleen muotoiltu kakkonen', unthemed: ['a-q2'] },
          { text: Q1, unthemed: ['a-q1'] },
          { text: 'Oma lisäkysymys', unthemed: ['a-extra'] },
        ]),
        published('b', 'Pohjoinen', [{ text: 'Oma lisäkysymys', unthemed: ['b-extra'] }]),
      ],
      expected: ['1/Etelä/-/a-q1', '2/Etelä/-/a-q2', '3/Etelä/-/a-q3', '4/Etelä/-/a-extra', '4/Pohjoinen/-/b-extra'],
    },
  ];
  it.each(cases)('$name', ({ sessions, matches, expected }) => {
    const report = compose(sessions, matches);
    expect(placements(report).sort()).toEqual([...expected].sort());
    // Nothing twice, nothing lost: as many placements as published notes.
    const notes = sessions.flatMap((s) =>
      s.doc.questions.flatMap((q) => [...q.themes.flatMap((t) => t.items.notes), ...q.unthemed.notes]),
    );
    expect(placements(report)).toHaveLength(notes.length);
  });

  it('adds participation up by region and group', () => {
    const report = compose([
      published('a', 'Etelä', [], {
        participants: { total: 5, byGroup: [{ group: 'Asukkaat', count: 5 }], named: [] },
      }),
      published('b', 'Pohjoinen', [], {
        participants: {
          total: 7,
          byGroup: [
            { group: 'Kunta', count: 3 },
            { group: 'Asukkaat', count: 4 },
          ],
          named: [],
        },
      }),
    ]);
    expect(report.participation).toEqual({
      total: 12,
      groups: ['Asukkaat', 'Kunta'],
      rows: [
        { region: 'Etelä', total: 5, counts: [5, 0] },
        { region: 'Pohjoinen', total: 7, counts: [4, 3] },
      ],
      byGroup: [9, 3],
    });
  });

  const goalCases: { name: string; rows: ({ group: string; counts: number[] }[] | null)[]; byGroup: string[] }[] = [
    {
      name: 'named groups add up across regions; "all" rows are not counted twice',
      rows: [
        [
          { group: 'Asukkaat', counts: [1, 2, 0, 0, 0] },
          { group: 'Kunta', counts: [3, 0, 0, 0, 0] },
          { group: plan.all, counts: [4, 2, 0, 0, 0] },
        ],
        [{ group: 'Asukkaat', counts: [0, 0, 3, 0, 1] }],
      ],
      byGroup: ['Asukkaat 1,2,3,0,1', 'Kunta 3,0,0,0,0', `${plan.all} 4,2,3,0,1`],
    },
    {
      name: 'each region’s merged small groups add up into one "other" row, after the named ones',
      rows: [
        [
          { group: plan.other, counts: [1, 1, 1, 0, 0] },
          { group: 'Asukkaat', counts: [3, 0, 0, 0, 0] },
        ],
        [{ group: plan.other, counts: [0, 3, 0, 0, 0] }],
      ],
      byGroup: ['Asukkaat 3,0,0,0,0', `${plan.other} 1,4,1,0,0`, `${plan.all} 4,4,1,0,0`],
    },
    {
      name: 'one row alone needs no total; a region that rated no goal is left out',
      rows: [[{ group: 'Asukkaat', counts: [0, 3, 0, 0, 0] }], null],
      byGroup: ['Asukkaat 0,3,0,0,0'],
    },
  ];
  it.each(goalCases)('goal ratings: $name', ({ rows, byGroup }) => {
    const sessions = rows.map((ratings, i) =>
      published(`s${i}`, `Alue ${i}`, [], {
        plan: {
          labels: plan,
          developmentThemes: [],
          unforeseen: null,
          goals: [
            {
              number: 1,
              name: 'Osallisuus vahvistuu',
              expectedResult: '',
              indicators: [],
              activities: [],
              ratings,
              ratingsWithheld: 0,
              items: { notes: [], thoughts: [] },
            },
          ],
        },
      }),
    );
    const [goal] = compose(sessions).goals;
    expect(goal!.byRegion.map((r) => r.rows)).toEqual(rows.filter((r) => r !== null));
    expect(goal!.byGroup.map((r) => `${r.group} ${r.counts.join(',')}`)).toEqual(byGroup);
  });

  it.each([
    { regions: ['Etelä', 'Pohjoinen'], expected: ['Etelä', 'Pohjoinen'] },
    { regions: ['Etelä', 'Etelä'], places: ['Vaasa', 'Kokkola'], expected: ['Etelä – Vaasa', 'Etelä – Kokkola'] },
    {
      regions: ['Etelä', 'Etelä'],
      places: ['', ''],
      expected: ['Etelä – Loppuarviointi (1)', 'Etelä – Loppuarviointi (2)'],
    },
    { regions: ['', 'x'], expected: ['Loppuarviointi', 'x'] },
  ])('names regions apart: $expected', ({ regions, places, expected }) => {
    const sessions = regions.map((region, i) => ({ region, place: places?.[i] ?? '', title: 'Loppuarviointi' }));
    expect(regionLabels(sessions)).toEqual(expected);
  });
});
