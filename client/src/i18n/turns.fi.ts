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
  'turns.phone.place': 'Olet {n}. jonossa.',
  'turns.phone.placeEmptyChair': 'Olet {n}. jonossa tyhjälle tuolille.',
  'turns.phone.clearedAtPhase': 'Jos vaihe vaihtuu ennen vuoroasi, pyyntösi poistuu. Voit silloin pyytää uudelleen.',
  'turns.phone.keptAtPhase': 'Pyyntösi pysyy jonossa, vaikka vaihe vaihtuu.',
  'turns.phone.clearedByPhase': 'Vaihe vaihtui, ja puheenvuoropyyntösi poistui jonosta. Pyydä uudelleen, jos haluat yhä puhua.',
  'turns.phone.offline': 'Pyyntöä ei ole vielä lähetetty, koska yhteys on poikki. Se lähtee, kun yhteys palaa.',
} as const;
