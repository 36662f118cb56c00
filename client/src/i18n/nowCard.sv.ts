import type { nowCardFi } from './nowCard.fi';

/** Swedish strings of the aquarium phone's top card: a part of its own, loaded with the card (`nowCatalog`). */
export const nowCardSv = {
  'turns.phone.ask': 'Begär ordet',
  'turns.phone.askEmptyChair': 'Be om den tomma stolen',
  'turns.phone.emptyChairHint':
    'Din cirkel lyssnar. Du kan be att få sitta på den tomma stolen i den cirkel som talar.',
  'turns.phone.cancel': 'Ta tillbaka min begäran',
  'turns.phone.queued': 'Du står i kö. Hand\u00ADledaren ger dig ordet.',
  'turns.phone.queuedEmptyChair': 'Du står i kö till den tomma stolen. Hand\u00ADledaren ger dig ordet.',
  'turns.phone.yourTurn': 'Nu är det din tur – du har ordet',
  'turns.phone.invited': 'Hand\u00ADledaren bjuder in dig att tala',
  'turns.phone.invitedHint': 'Begär ordet när du är redo.',
  'turns.phone.place': 'Du är nummer {n} i kön.',
  'turns.phone.placeEmptyChair': 'Du är nummer {n} i kön till den tomma stolen.',
  'turns.phone.clearedAtPhase': 'Om fasen byts innan det är din tur tas din begäran bort. Då kan du be igen.',
  'turns.phone.keptAtPhase': 'Din begäran stannar i kön även när fasen byts.',
  'turns.phone.clearedByPhase':
    'Fasen bytte och din begäran om ordet togs bort ur kön. Be igen om du fort\u00ADfarande vill tala.',
  'turns.phone.offline':
    'Begäran är inte skickad än eftersom anslut\u00ADningen är bruten. Den skickas när anslut\u00ADningen är tillbaka.',
  'now.vote': 'Röst\u00ADningen är öppen',
  'now.write': 'Skriv en tanke',
  'now.myTurnHint': 'Tala nu. Hand\u00ADledaren avslutar din tur.',
  'now.listensHint': 'Lyssna. Skriv en tanke för nästa fas. Du kan säga den när din cirkel talar.',
  'now.writeHint': 'Du kan redan nu skriva en tanke. Hand\u00ADledaren ser den.',
  'now.writeForNext': 'Skriv en tanke',
  'now.lobbyHint': 'Tillfället börjar snart. Den här sidan ändras när det börjar.',
  'now.read': 'Läs högt',
  'now.readStop': 'Sluta läsa',
  'now.announce.myTurn': 'Nu är det din tur att tala.',
  'now.announce.invited': 'Hand\u00ADledaren bjuder in dig att tala.',
  'now.announce.vote': 'Röst\u00ADningen har börjat. Ge dina poäng.',
  'now.announce.speaks': 'Fasen bytte. Din cirkel talar nu.',
  'now.announce.everyone': 'Fasen bytte. Alla talar nu.',
  'now.announce.listens': 'Fasen bytte. Din cirkel lyssnar nu.',
  'now.announce.write': 'Du kan skriva en tanke.',
  'now.announce.lobby': 'Vi väntar på att tillfället börjar.',
  'now.announce.ended': 'Tillfället har slutat.',
} satisfies Record<keyof typeof nowCardFi, string>;
