import type { captureFi } from './capture.fi';

/** Swedish strings of live capture that both phones and the staff views use (questions, the counter, the dot vote's); same keys as `captureFi`. */
export const captureSv = {
  'capture.question': 'Fråga',
  'capture.questionN': 'Fråga {n}',

  'capture.phone.counter': '{n}/{max} tecken',

  'capture.vote.title': 'Poäng\u00ADröstning',
  'capture.vote.points': '{n} poäng',
  'capture.vote.left': 'Poäng kvar: {left}/{total}',
  'capture.vote.mine': 'Dina poäng: {n}',
  'capture.vote.add': 'Lägg till en poäng: {name}',
  'capture.vote.remove': 'Ta bort en poäng: {name}',
  'capture.vote.results': 'Röst\u00ADningens resultat',
} satisfies Record<keyof typeof captureFi, string>;
