import type { groupsFi } from '../groups.fi';

/**
 * Lättläst svenska for the small-group phone: the `groups.*` strings of `groups.sv.ts` that read differently, written
 * to the plain-language guidelines (short sentences, common words, one thing at a time, no abbreviations such as "min"
 * or "kl."). The standard strings stay beneath these; the ones already plain are listed, reviewed, in
 * `sameAsStandard.ts`. A lazy chunk, fetched beside the small-group view only when plain language is on
 * (`groupsCatalog.ts`).
 */
export const plainGroupsSv = {
  'groups.notGrouped': 'Vänta en stund. Hand\u00ADledaren delar in alla i grupper.',
  'groups.members': 'I gruppen är',
  'groups.noChair': 'Gruppen har ingen ord\u00ADförande. Bestäm vem det ska vara.',
  'groups.chairHint': 'Ord\u00ADföranden samlar gruppens tankar. Sedan skickar hen dem till hand\u00ADledaren.',
  'groups.claimChair': 'Jag är ord\u00ADförande',

  'groups.do.presentChair': 'Be var och en berätta sina tankar i tur och ordning. Tryck på personens namn.',
  'groups.do.choose': 'Välj de viktigaste sakerna till\u00ADsammans. Ord\u00ADföranden skriver ner dem.',
  'groups.do.chooseChair': 'Skriv ner gruppens viktigaste saker. Du kan be gruppen rösta.',
  'groups.do.record': 'Ord\u00ADföranden skriver vad gruppen bestämde. Sedan skickar hen det till hand\u00ADledaren.',
  'groups.do.recordChair': 'Skriv vad gruppen bestämde. Skicka det sedan till hand\u00ADledaren.',
  'groups.do.returned': 'Texten är skickad. Den här frågan är klar. Vänta på vad som kommer sedan.',

  'groups.soloThought.tooLong': 'Tanken är för lång. Den får ha högst {max} tecken.',
  'groups.soloThought.rateLimited': 'Du sparade många tankar snabbt. Vänta en minut. Försök sedan igen.',

  'groups.mine.private': 'Bara du ser de här. De andra ser dem när du berättar dem.',
  'groups.mine.shared': 'Du har berättat dina tankar. Nu ser gruppen dem.',
  'groups.mine.sending': 'Tanken är inte sparad än. Den skickas när internet fungerar igen.',

  'groups.present.title': 'Vem har berättat',
  'groups.present.done': 'har berättat',
  'groups.present.call': 'Nu berättar {name}',
  'groups.present.callMe': 'Nu berättar jag',

  'groups.soloThoughts.none': 'Ingen har berättat sina tankar än.',
  'groups.soloThoughts.noneOf': 'Inga tankar.',
  'groups.soloThoughts.raise': 'Gör till en sak',
  'groups.soloThoughts.inPoint': 'I sak {n}',

  'groups.points.none': 'Ord\u00ADföranden skriver de viktigaste sakerna här.',
  'groups.points.noneChair': 'Välj saker bland gruppens tankar. Eller skriv en ny sak.',
  'groups.points.edit': 'Ändra',
  'groups.points.editLabel': 'Text för saken',
  'groups.points.mergeLabel': 'Slå ihop med den här saken',
  'groups.points.mergeHint': 'Tankarna i den här saken flyttas till saken du väljer. Den här saken försvinner.',
  'groups.points.deleteTitle': 'Vill du ta bort den här saken?',
  'groups.points.newLabel': 'En ny sak med egna ord',
  'groups.points.add': 'Lägg till en sak',
  'groups.points.sort': 'Flest poäng först',

  'groups.vote.title': 'Rösta med poäng',
  'groups.vote.intro': 'Gruppen kan ge poäng till de viktigaste sakerna.',
  'groups.vote.dots': 'Poäng till var och en',
  'groups.vote.open': 'Börja rösta',
  'groups.vote.needTwo': 'Det behövs minst två saker för att rösta.',
  'groups.vote.running':
    'Nu kan ni rösta. Ge dina poäng till de viktigaste sakerna. Du kan ge flera poäng till samma sak.',
  'groups.vote.close': 'Sluta rösta',
  'groups.vote.closed': 'Röst\u00ADningen är slut. Poängen syns vid sakerna.',

  'groups.record.title': 'Vad gruppen bestämde',
  'groups.record.label': 'Text till hand\u00ADledaren',
  'groups.record.hint': 'Texten sparas medan du skriver. Gruppens saker finns redan i texten.',
  'groups.record.empty': 'Skriv texten först.',
  'groups.record.return': 'Skicka till hand\u00ADledaren',
  'groups.record.returnAgain': 'Skicka änd\u00ADringarna till hand\u00ADledaren',
  'groups.record.returning': 'Texten skickas när internet fungerar igen.',
  'groups.record.returned': 'Skickad klockan {time}',
  'groups.record.changed':
    'Du ändrade texten efter att du skickade den. Skicka änd\u00ADringarna till hand\u00ADledaren.',
  'groups.record.draft': 'Ord\u00ADförandens text',
  'groups.record.waiting': 'Ord\u00ADföranden har inte skrivit texten än.',

  'groups.act.present': 'Be någon berätta',
  'groups.act.choose': 'Skriv de viktigaste sakerna',
  'groups.act.record': 'Skriv texten',
  'groups.step.next': 'Nästa steg',
  'groups.timeLeft': 'Tid för den här frågan',
  'groups.extraTime': 'Hand\u00ADledaren gav gruppen {n} minuter extra tid.',
  'groups.chairAway.title': 'Ord\u00ADförandens internet bröts',
  'groups.chairAway.wait': 'Vi väntar en stund. Kanske kommer hen tillbaka.',
  'groups.chairAway.offer': 'Vill du vara ord\u00ADförande?',
  'groups.chairAway.any': 'Nu kan vem som helst i gruppen vara ord\u00ADförande.',
  'groups.chairAway.kept': 'Gruppens saker och text finns kvar.',
  'groups.present.late': 'Har inte berättat än',

  'groups.error.notChair': 'Bara ord\u00ADföranden kan göra det här.',
  'groups.error.gone': 'Det här finns inte längre. Du ser nu det senaste.',
  'groups.error.stale': 'Sakerna ändrades nyss. Ordna dem igen.',
} satisfies Partial<Record<keyof typeof groupsFi, string>>;
