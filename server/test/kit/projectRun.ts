import {
  defaultAquariumSetup,
  type CreateProjectResponse,
  type CreateSessionResponse,
  type Goal,
  type ProjectSettings,
  type SessionSetup,
} from '@aquarium/shared';
import { expect } from 'vitest';
import type { TestClient, TestServer } from '../helper.js';
import { tokenOf, type Answer } from '@aquarium/testkit';

/** The project half of the test kit (issue #18): an owner's requests, and sessions run to a published summary. */

export const projectGoals: Goal[] = [
  { id: 'goal1', name: 'Asiakkaiden osallisuus vahvistuu', expectedResult: 'Kokemusasiantuntijat ovat mukana.' },
  { id: 'goal2', name: 'Yhteistyö tiivistyy', expectedResult: 'Palvelut toimivat yhdessä.' },
];

export const projectSettings = (change: Partial<ProjectSettings> = {}): ProjectSettings => ({
  name: 'OSMO',
  organisation: 'Etelä-Pohjanmaan liitto',
  years: { from: 2022, to: 2025 },
  language: 'fi',
  setup: { ...defaultAquariumSetup('fi'), title: 'Loppuarviointi', goals: projectGoals } as SessionSetup,
  footer: 'OSMO-hanke · Etelä-Pohjanmaan liitto',
  ...change,
});

/** An owner's JSON request with the bearer token. */
export const ownerFetch = async <T>(
  server: TestServer,
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
): Promise<Answer<T>> => {
  const res = await fetch(server.url + path, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
};

export const createProject = async (server: TestServer, change: Partial<ProjectSettings> = {}) => {
  const res = await server.post<CreateProjectResponse>('/api/projects', projectSettings(change));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
};

/** A session of the project, with its staff tokens. */
export const projectSession = async (
  server: TestServer,
  projectId: string,
  token: string,
  body: { region: string; method: 'aquarium' | 'smallGroups'; place?: string; date?: string },
) => {
  const res = await ownerFetch<CreateSessionResponse>(
    server,
    'POST',
    `/api/projects/${projectId}/sessions`,
    token,
    body,
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const { links } = res.body;
  return { ...res.body, tokens: { facilitator: tokenOf(links.facilitator), scribe: tokenOf(links.scribe) } };
};
export type ProjectSession = Awaited<ReturnType<typeof projectSession>>;

const ok = { ok: true };

/** Phones joined in the given stakeholder groups, connected. */
export const phonesIn = async (server: TestServer, code: string, groups: string[]) =>
  Promise.all(groups.map(async (g) => server.connect((await server.join(code, g)).token)));

/** Everyone rates `goal1` (and some `goal2`); the facilitator closes the rating. */
export const rateGoals = async (facilitator: TestClient, phones: TestClient[], values: (1 | 2 | 3 | 4)[]) => {
  expect(await facilitator.send('goalRating:open')).toMatchObject(ok);
  await Promise.all(phones.map((p) => p.until((s) => s.goalRating.open)));
  for (const [i, phone] of phones.entries()) {
    expect(await phone.send('goal:rate', { goalId: 'goal1', value: values[i % values.length]! })).toMatchObject(ok);
  }
  expect(await facilitator.send('goalRating:close')).toMatchObject(ok);
};

/** Ends the session, writes its closing view and publishes the summary. */
export const endAndPublish = async (facilitator: TestClient, closingView: string) => {
  expect(await facilitator.send('session:end')).toMatchObject(ok);
  expect(await facilitator.send('summary:setText', { key: 'closingView', text: closingView })).toMatchObject(ok);
  expect(await facilitator.send('summary:publish')).toMatchObject(ok);
  await facilitator.until((s) => s.summary.versions.length > 0);
};

/** Themes and notes the scribe writes: `[questionId, theme name or null, note text]`. */
export const writeNotes = async (scribe: TestClient, prefix: string, notes: [string, string | null, string][]) => {
  const themes = new Map<string, string>();
  for (const [i, [questionId, theme, text]] of notes.entries()) {
    let themeId: string | null = null;
    if (theme) {
      themeId = themes.get(`${questionId}/${theme}`) ?? `${prefix}th${i}`;
      if (!themes.has(`${questionId}/${theme}`)) {
        expect(await scribe.send('theme:create', { themeId, questionId, name: theme })).toMatchObject(ok);
        themes.set(`${questionId}/${theme}`, themeId);
      }
    }
    expect(await scribe.send('note:add', { noteId: `${prefix}n${i}`, text, questionId, themeId })).toMatchObject(ok);
  }
  return themes;
};
