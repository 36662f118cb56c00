import type { turnsFi } from './turns.fi';

/** Swedish strings of turns to speak on the phone and the current speaker; same keys as `turnsFi`. */
export const turnsSv = {
  'turns.title': 'Talturer',
  'turns.speakingNow': 'Talar nu',
  'turns.groupMember': 'En deltagare från gruppen {group}',
  'turns.emptyChair': 'på den tomma stolen',

  'turns.phone.ask': 'Begär ordet',
  'turns.phone.askEmptyChair': 'Be om den tomma stolen',
  'turns.phone.emptyChairHint':
    'Din cirkel lyssnar. Du kan be att få sitta på den tomma stolen i den cirkel som talar.',
  'turns.phone.cancel': 'Ta tillbaka min begäran',
  'turns.phone.queued': 'Du står i kö. Handledaren ger dig ordet.',
  'turns.phone.queuedEmptyChair': 'Du står i kö till den tomma stolen. Handledaren ger dig ordet.',
  'turns.phone.yourTurn': 'Nu är det din tur – du har ordet',
  'turns.phone.invited': 'Handledaren bjuder in dig att tala',
  'turns.phone.invitedHint': 'Begär ordet när du är redo.',
  'turns.phone.place': 'Du är nummer {n} i kön.',
  'turns.phone.placeEmptyChair': 'Du är nummer {n} i kön till den tomma stolen.',
  'turns.phone.clearedAtPhase': 'Om fasen byts innan det är din tur tas din begäran bort. Då kan du be igen.',
  'turns.phone.keptAtPhase': 'Din begäran stannar i kön även när fasen byts.',
  'turns.phone.clearedByPhase': 'Fasen bytte och din begäran om ordet togs bort ur kön. Be igen om du fortfarande vill tala.',
  'turns.phone.offline': 'Begäran är inte skickad än eftersom anslutningen är bruten. Den skickas när anslutningen är tillbaka.',
} satisfies Record<keyof typeof turnsFi, string>;
