import { coreFi } from '../core.fi';
import { coreSv } from '../core.sv';
import { groupsFi } from '../groups.fi';
import { groupsSv } from '../groups.sv';
import { joinClosedFi } from '../joinClosed.fi';
import { joinClosedSv } from '../joinClosed.sv';
import { nowCardFi } from '../nowCard.fi';
import { nowCardSv } from '../nowCard.sv';
import { plainFi } from './fi';
import { plainGroupsFi } from './groups.fi';
import { plainGroupsSv } from './groups.sv';
import { plainJoinClosedFi } from './joinClosed.fi';
import { plainJoinClosedSv } from './joinClosed.sv';
import { plainNowCardFi } from './nowCard.fi';
import { plainNowCardSv } from './nowCard.sv';
import { notPlain, type PlainKey } from './keys';
import { plainSv } from './sv';

type GroupsKey = keyof typeof groupsFi;
/** Every participant-facing key: each shows in plain language (rewritten, or plain as it stands). */
export type ShownKey = PlainKey | GroupsKey;

const participant = (catalog: Record<string, string>) =>
  Object.fromEntries(Object.entries(catalog).filter(([key]) => !(notPlain as readonly string[]).includes(key)));

/** The standard participant strings of Finnish and Swedish (the phone's entry, top card, join-closed page, groups). */
export const standardFi = participant({ ...coreFi, ...nowCardFi, ...joinClosedFi, ...groupsFi }) as Record<
  ShownKey,
  string
>;
export const standardSv = participant({ ...coreSv, ...nowCardSv, ...joinClosedSv, ...groupsSv }) as Record<
  ShownKey,
  string
>;

/**
 * What a phone shows in plain language, key by key: the plain version where there is one, else the standard string
 * (plain as it stands). For tests (and e2e); the app looks strings up the same way (`translate`).
 */
export const plainShownFi: Record<ShownKey, string> = {
  ...standardFi,
  ...plainFi,
  ...plainNowCardFi,
  ...plainJoinClosedFi,
  ...plainGroupsFi,
};
export const plainShownSv: Record<ShownKey, string> = {
  ...standardSv,
  ...plainSv,
  ...plainNowCardSv,
  ...plainJoinClosedSv,
  ...plainGroupsSv,
};
