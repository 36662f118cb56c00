import type { nowCardFi } from '../nowCard.fi';

/**
 * Lättläst svenska for the aquarium phone (`nowCard.sv.ts`): its top card, circle, thought form, own thoughts and dot vote,
 * where they read differently in plain language (the others: `sameAsStandard.ts`). A lazy chunk, fetched beside the
 * standard strings while plain language is on (`nowCatalog.ts`); a small-group phone never fetches it.
 */
export const plainNowCardSv = {
  'phone.inner': 'Du är i den inre cirkeln',
  'phone.outer': 'Du är i den yttre cirkeln',
  'phone.unseated': 'Hand\u00ADledaren säger snart vilken cirkel du är i.',
  'turns.phone.ask': 'Jag vill tala',
  'turns.phone.askEmptyChair': 'Jag vill sitta på den tomma stolen',
  'turns.phone.emptyChairHint': 'Din cirkel lyssnar. Den cirkel som talar har en tom stol. Du kan be om den.',
  'turns.phone.cancel': 'Jag vill inte tala',
  'turns.phone.yourTurn': 'Nu är det din tur att tala',
  'turns.phone.invited': 'Hand\u00ADledaren ber dig att tala',
  'turns.phone.invitedHint': 'Tryck på knappen när du är redo.',
  'turns.phone.clearedAtPhase': 'Om fasen byts blir kön tom. Då kan du be igen.',
  'turns.phone.keptAtPhase': 'Du stannar i kön när fasen byts.',
  'turns.phone.clearedByPhase': 'Fasen bytte. Kön blev tom. Be igen om du vill tala.',
  'turns.phone.offline': 'Internet fungerar inte. Din begäran skickas när internet fungerar.',
  'capture.phone.empty': 'Skriv något först.',
  'capture.phone.tooLong': 'Texten är för lång. Den får ha {max} tecken.',
  'capture.phone.rateLimited': 'Du skickade många tankar snabbt. Vänta en minut. Skicka sedan igen.',
  'capture.phone.anonymous': 'Ditt namn syns inte. Bara din grupp syns.',
  'capture.phone.named': 'Ditt namn syns med tanken.',
  'capture.phone.send': 'Skicka',
  'capture.mine.sendingHint': 'Tanken är sparad i telefonen. Den skickas när internet fungerar.',
  'capture.mine.withdraw': 'Ta bort tanken',
  'capture.mine.withdrawTitle': 'Vill du ta bort tanken?',
  'capture.mine.withdrawConfirm': 'Ja, ta bort',
  'capture.vote.intro': 'Ge poäng till det som är viktigt för dig. Du kan ge många poäng till samma sak.',
  'capture.vote.closedWait': 'Röst\u00ADningen är slut. Du ser resultatet snart.',
  'now.vote': 'Nu röstar vi',
  'now.myTurnHint': 'Tala nu. Hand\u00ADledaren säger när din tur är slut.',
  'now.listensHint': 'Lyssna nu. Skriv det du vill säga senare.',
  'now.writeHint': 'Du kan skriva en tanke nu. Hand\u00ADledaren ser den.',
  'now.lobbyHint': 'Tillfället börjar snart. Sidan ändras när det börjar.',
  'now.announce.invited': 'Hand\u00ADledaren ber dig att tala.',
  'now.announce.vote': 'Nu röstar vi. Ge dina poäng.',
  'now.announce.lobby': 'Vi väntar på att det börjar.',
  'now.announce.ended': 'Tillfället är slut.',
} satisfies Partial<Record<keyof typeof nowCardFi, string>>;
