import type { infoFi } from './info.fi';

/** Swedish strings of the footer links and the "session deleted" message; same keys as `infoFi`. */
export const infoSv = {
  'info.footer.label': 'Om tjänsten',
  'info.footer.privacy': 'Dataskydd',
  'info.footer.accessibility': 'Tillgänglighet',

  'info.sessionDeleted.title': 'Det här tillfället har raderats.',
  'info.sessionDeleted.body': 'Handledaren raderade tillfället och alla dess uppgifter. Du kan stänga den här sidan.',
} satisfies Record<keyof typeof infoFi, string>;
