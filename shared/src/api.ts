import { z } from 'zod';
import { ItemId, SessionSetup, type Language, type Method } from './setup.js';
import { lineText } from './text.js';

/** POST /api/sessions */
export const CreateSessionRequest = z.strictObject({ setup: SessionSetup });
export type CreateSessionRequest = z.infer<typeof CreateSessionRequest>;

/** Secret links are full URLs; the token sits in the fragment so it never reaches server logs. */
export interface CreateSessionResponse {
  sessionId: string;
  joinCode: string;
  links: { facilitator: string; scribe: string; screen: string; join: string };
}

/** GET /api/join/:code: what a phone needs to show the join form. */
export interface JoinInfo {
  sessionId: string;
  title: string;
  language: Language;
  stakeholderGroups: { id: string; name: string }[];
  /** Small groups: development themes to pick one from (empty: not asked). */
  developmentThemes: { id: string; name: string }[];
  /** The facilitator offers plain language (selkokieli) as the phones' default. */
  plainLanguage: boolean;
  /** The session's method: the phone starts fetching that method's view while the person fills in the form. */
  method?: Method;
}

/** POST /api/join */
export const JoinRequest = z.strictObject({
  code: z.string().max(20),
  displayName: lineText().trim().max(60).optional(),
  stakeholderGroupId: ItemId,
  developmentThemeId: ItemId.optional(),
});
export type JoinRequest = z.infer<typeof JoinRequest>;

export interface JoinResponse {
  sessionId: string;
  participantId: string;
  /** The participant's secret: kept on the phone so a reload keeps the same identity. */
  token: string;
}

/** Paths of the client's pages, shared so the server builds links the client understands. */
export const paths = {
  facilitator: '/facilitator',
  scribe: '/scribe',
  screen: '/screen',
  join: (code: string) => `/j/${code}`,
};

/** POST /api/session-setup: a facilitator's token of an earlier session, to start a new one from its set-up. */
export const SetupCopyRequest = z.strictObject({ token: z.string().min(1).max(200) });
export type SetupCopyRequest = z.infer<typeof SetupCopyRequest>;

/** The earlier session's set-up (questions, stakeholder groups, plan, phases and options), as it was last saved. */
export interface SetupCopyResponse {
  setup: SessionSetup;
}
