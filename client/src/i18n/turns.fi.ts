/** Finnish strings of turns to speak on the phone and the current speaker; spread into `fi.ts`. */
export const turnsFi = {
  'turns.title': 'Puheenvuorot',
  'turns.speakingNow': 'Puheenvuorossa nyt',
  'turns.groupMember': 'Osallistuja ryhmästä {group}',
  'turns.emptyChair': 'tyhjällä tuolilla',
} as const;
