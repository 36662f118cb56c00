import type { settingsStaffFi } from './settings.fi';

/** Swedish strings of the facilitator's session settings; same keys as `settingsStaffFi`. */
export const settingsStaffSv = {
  'info.settings.title': 'Inställningar för tillfället',
  'info.settings.retentionTitle': 'Lagringstid för uppgifterna',
  'info.settings.retentionLabel':
    'Radera uppgifterna om det här tillfället så här många dagar efter att det har avslutats',
  'info.settings.retentionHint': '1–365 dagar. 30 är serverns standardvärde.',
  'info.settings.retentionCurrent': 'Nu: uppgifterna raderas {days} dagar efter att tillfället har avslutats.',
  'info.settings.retentionInvalid': 'Ange ett heltal från 1 till 365.',
  'info.settings.retentionSave': 'Spara lagringstiden',
  'info.settings.linksTitle': 'Byt en hemlig länk',
  'info.settings.linksHint':
    'Om en länk har hamnat i fel händer ska du byta den. Den gamla länken slutar fungera genast, och de som använder den kopplas bort.',
  'info.settings.rotate.facilitator': 'Byt handledarlänken',
  'info.settings.rotate.scribe': 'Byt sekreterarlänken',
  'info.settings.rotate.screen': 'Byt storbildslänken',
  'info.settings.rotating': 'Byter…',
  'info.settings.newLink.facilitator': 'Ny handledarlänk',
  'info.settings.newLink.scribe': 'Ny sekreterarlänk',
  'info.settings.newLink.screen': 'Ny storbildslänk',
  'info.settings.rotated':
    'Den gamla länken fungerar inte längre, och de som använde den kopplades bort. Dela den nya länken bara med dem som behöver den.',
  'info.settings.rotatedSelf':
    'Den här vyn använder redan den nya länken. Den andra handledaren måste öppna den nya länken.',
  'info.settings.deleteTitle': 'Radera allt nu',
  'info.settings.deleteBody':
    'Tillfället och alla dess uppgifter raderas genast: deltagare, tankar, anteckningar, talturer och sammanfattningen. Alla länkar och deltagarkoden slutar fungera, och alla kopplas bort. Det här kan inte ångras. Ladda först ner sammanfattningen om du behöver den.',
  'info.settings.deleteLabel': 'Bekräfta genom att skriva deltagarkoden {code}',
  'info.settings.deleteMismatch': 'Koden stämmer inte med deltagarkoden för det här tillfället.',
  'info.settings.deleteButton': 'Radera tillfället och alla dess uppgifter',
  'info.settings.deleting': 'Raderar…',
} satisfies Record<keyof typeof settingsStaffFi, string>;
