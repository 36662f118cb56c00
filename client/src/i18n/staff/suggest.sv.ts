import type { suggestStaffFi } from './suggest.fi';

/** Swedish strings of theme suggestions; spread into `staff/sv.ts`. */
export const suggestStaffSv = {
  'suggest.open': 'Föreslå teman',
  'suggest.title': 'Förslag till teman: {question}',
  'suggest.local':
    'Förslagen räknas fram på den här tjänstens egen server, och texterna skickas inte någon annanstans. Ingenting ändras förrän du godkänner.',
  'suggest.loading': 'Förslagen hämtas…',
  'suggest.failed': 'Inga förslag kunde hämtas. Försök igen.',
  'suggest.none': 'Inga nya förslag: det finns få punkter utan tema, eller de liknar inte varandra.',
  'suggest.refresh': 'Föreslå på nytt',
  'suggest.close': 'Stäng förslagen',
  'suggest.name': 'Temats namn',
  'suggest.count': '{n} punkter',
  'suggest.accept': 'Godkänn temat',
  'suggest.dismiss': 'Avvisa',
  'suggest.moveLabel': 'Punktens plats',
  'suggest.stay': 'I det här förslaget',
  'suggest.moveTo': 'Flytta: {name}',
  'suggest.leaveOut': 'Lämna utanför förslaget',
  'suggest.note': 'Anteckning',
  'suggest.thought': 'Tanke',
  'suggest.accepted': 'Temat "{name}" har skapats, {n} punkter.',
  'suggest.undo': 'Ångra',
  'suggest.undone': 'Temat "{name}" har tagits bort; dess punkter är åter utan tema.',
  'suggest.dismissed': 'Förslaget "{name}" avvisades.',
  'suggest.fits': 'Passar ett befintligt tema',
  'suggest.belongs': 'Hör till temat {theme}?',
  'suggest.place': 'Lägg till temat',
  'suggest.notPlace': 'Nej',
} satisfies Record<keyof typeof suggestStaffFi, string>;
