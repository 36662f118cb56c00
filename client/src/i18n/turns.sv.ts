import type { turnsFi } from './turns.fi';

/** Swedish strings of turns to speak on the phone and the current speaker; same keys as `turnsFi`. */
export const turnsSv = {
  'turns.title': 'Talturer',
  'turns.speakingNow': 'Talar nu',
  'turns.groupMember': 'En deltagare från gruppen {group}',
  'turns.emptyChair': 'på den tomma stolen',
} satisfies Record<keyof typeof turnsFi, string>;
