import {
  defaultAquariumSetup,
  type CreateSessionResponse,
  type JoinResponse,
  type SessionSetup,
} from '@aquarium/shared';

/** The HTTP half of the test kit: one way to create a session and join it, on any server or node. */

export interface Answer<T> {
  status: number;
  body: T;
}

export const postJson = async <T>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
};

export const getJson = async <T>(url: string): Promise<Answer<T>> => {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as T };
};

/** The secret token of a link (`…#token`). */
export const tokenOf = (link: string) => link.split('#')[1]!;

/** A session created on `base` (the default aquarium, changed by `change`), with its staff tokens. */
export const createSession = async (base: string, change: Partial<SessionSetup> = {}) => {
  const setup = { ...defaultAquariumSetup('fi'), title: 'Alueellinen arviointi', ...change };
  const res = await postJson<CreateSessionResponse>(`${base}/api/sessions`, { setup });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  const { links } = res.body;
  return {
    ...res.body,
    tokens: { facilitator: tokenOf(links.facilitator), scribe: tokenOf(links.scribe), screen: tokenOf(links.screen) },
  };
};
export type CreatedSession = Awaited<ReturnType<typeof createSession>>;

/** A phone joins with the code, in a stakeholder group, optionally named. */
export const joinSession = async (base: string, code: string, stakeholderGroupId = 'g1', displayName?: string) => {
  const res = await postJson<JoinResponse>(`${base}/api/join`, { code, stakeholderGroupId, displayName });
  if (res.status !== 201) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};
