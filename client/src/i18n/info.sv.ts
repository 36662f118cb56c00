import type { infoFi } from './info.fi';

/** Swedish strings of the footer links and the "session deleted" message; same keys as `infoFi`. */
export const infoSv = {
  'info.footer.label': 'Om tjänsten',
  'info.footer.privacy': 'Data\u00ADskydd',
  'info.footer.accessibility': 'Till\u00ADgäng\u00ADlighet',

  'info.sessionDeleted.title': 'Det här tillfället har raderats.',
  'info.sessionDeleted.body':
    'Hand\u00ADledaren raderade tillfället och alla dess uppgifter. Du kan stänga den här sidan.',
} satisfies Record<keyof typeof infoFi, string>;
