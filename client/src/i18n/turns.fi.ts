/** Finnish strings of turns to speak on the phone and the current speaker; spread into `fi.ts`. */
export const turnsFi = {
  'turns.title': 'Puheenvuorot',
  'turns.speakingNow': 'Puheenvuorossa nyt',
  'turns.groupMember': 'Osallistuja ryhmästä {group}',
  'turns.emptyChair': 'tyhjällä tuolilla',

  'turns.phone.ask': 'Pyydä puheenvuoroa',
  'turns.phone.askEmptyChair': 'Pyydä tyhjää tuolia',
  'turns.phone.emptyChairHint': 'Sinun kehäsi kuuntelee. Voit pyytää paikkaa puhuvan kehän tyhjältä tuolilta.',
  'turns.phone.cancel': 'Peru pyyntöni',
  'turns.phone.queued': 'Olet jonossa. Ohjaaja antaa sinulle puheenvuoron.',
  'turns.phone.queuedEmptyChair': 'Olet jonossa tyhjälle tuolille. Ohjaaja antaa sinulle puheenvuoron.',
  'turns.phone.yourTurn': 'Nyt on sinun vuorosi – sinulla on puheenvuoro',
  'turns.phone.invited': 'Ohjaaja kutsuu sinut puhumaan',
  'turns.phone.invitedHint': 'Pyydä puheenvuoroa, kun olet valmis.',
} as const;
