/** Finnish strings of live capture that both phones and the staff views use (questions, the counter, the dot vote's); spread into `fi.ts`. */
export const captureFi = {
  'capture.question': 'Kysymys',
  'capture.questionN': 'Kysymys {n}',

  'capture.phone.counter': '{n}/{max} merkkiä',

  'capture.vote.title': 'Äänestys',
  'capture.vote.points': '{n} pistettä',
  'capture.vote.left': 'Pisteitä jäljellä {left}/{total}',
  'capture.vote.mine': 'Sinun pisteesi: {n}',
  'capture.vote.add': 'Lisää piste: {name}',
  'capture.vote.remove': 'Poista piste: {name}',
  'capture.vote.results': 'Äänes\u00ADtyksen tulos',
} as const;
