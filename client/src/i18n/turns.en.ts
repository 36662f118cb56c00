import type { turnsFi } from './turns.fi';

/** English strings of turns to speak on the phone and the current speaker; same keys as `turnsFi`. */
export const turnsEn = {
  'turns.title': 'Turns to speak',
  'turns.speakingNow': 'Speaking now',
  'turns.groupMember': 'A parti\u00ADcipant of group {group}',
  'turns.emptyChair': 'in the empty chair',
} satisfies Record<keyof typeof turnsFi, string>;
