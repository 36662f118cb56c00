/** Finnish strings of turns to speak on the phone and the current speaker; spread into `fi.ts`. */
export const turnsFi = {
  'turns.title': 'Puheen\u00ADvuorot',
  'turns.speakingNow': 'Puheen\u00ADvuorossa nyt',
  'turns.groupMember': 'Osallistuja ryhmästä {group}',
  'turns.emptyChair': 'tyhjällä tuolilla',
} as const;
