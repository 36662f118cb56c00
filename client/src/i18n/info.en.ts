import type { infoFi } from './info.fi';

/** English strings of the footer links and the "session deleted" message; same keys as `infoFi`. */
export const infoEn = {
  'info.footer.label': 'About this service',
  'info.footer.privacy': 'Privacy',
  'info.footer.accessibility': 'Acces\u00ADsibility',

  'info.sessionDeleted.title': 'This session has been deleted.',
  'info.sessionDeleted.body': 'The facilitator deleted the session and all its data. You can close this page.',
} satisfies Record<keyof typeof infoFi, string>;
