import type { captureFi } from './capture.fi';

/** Swedish strings of live capture on the phone: questions, writing thoughts, my thoughts and the dot vote; same keys as `captureFi`. */
export const captureSv = {
  'capture.question': 'Fråga',
  'capture.questionN': 'Fråga {n}',

  'capture.phone.title': 'Skriv en tanke',
  'capture.phone.label': 'Din tanke',
  'capture.phone.counter': '{n}/{max} tecken',
  'capture.phone.empty': 'Skriv en tanke först.',
  'capture.phone.tooLong': 'Tanken är för lång. Korta den till högst {max} tecken.',
  'capture.phone.rateLimited': 'Du har skickat många tankar på mycket kort tid. Vänta en minut och skicka sedan igen.',
  'capture.phone.showName': 'Visa mitt namn ({name})',
  'capture.phone.anonymous': 'Tanken skickas anonymt. Din grupp visas med den, också i samman\u00ADfattningen.',
  'capture.phone.named': 'Ditt namn visas med tanken.',
  'capture.phone.send': 'Skicka tanken',

  'capture.mine.title': 'Mina tankar',
  'capture.mine.sending': 'Inte skickad än',
  'capture.mine.sendingHint': 'Tanken finns kvar i den här telefonen och skickas när för\u00ADbindelsen fungerar igen.',
  'capture.mine.pending': 'Skickad',
  'capture.mine.approved': 'Godkänd',
  'capture.mine.hidden': 'Dold',
  'capture.mine.withdraw': 'Ta tillbaka tanken',
  'capture.mine.withdrawTitle': 'Vill du ta tillbaka den här tanken?',
  'capture.mine.withdrawConfirm': 'Ja, ta tillbaka',

  'capture.vote.title': 'Poäng\u00ADröstning',
  'capture.vote.points': '{n} poäng',
  'capture.vote.intro': 'Ge dina poäng till det som är viktigast för dig. Du kan ge flera poäng till samma sak.',
  'capture.vote.left': 'Poäng kvar: {left}/{total}',
  'capture.vote.mine': 'Dina poäng: {n}',
  'capture.vote.add': 'Lägg till en poäng: {name}',
  'capture.vote.remove': 'Ta bort en poäng: {name}',
  'capture.vote.closedWait': 'Röst\u00ADningen är stängd. Resultatet visas snart.',
  'capture.vote.results': 'Röst\u00ADningens resultat',
} satisfies Record<keyof typeof captureFi, string>;
