import type { joinClosedFi } from './joinClosed.fi';

/** Swedish strings of the page shown while joining is closed: a part of its own, loaded with that page (`joinClosedCatalog`). */
export const joinClosedSv = {
  'phone.closed.title': 'Det går inte att gå med just nu',
  'phone.closed.body':
    'Hand\u00ADledaren har stängt för nya deltagare. Be hand\u00ADledaren att öppna igen, eller vänta på den här sidan.',
  'phone.closed.retrying': 'Sidan kontrol\u00ADlerar själv var trettionde sekund. Du kommer in så snart det öppnas.',
  'phone.closed.summary': 'När samman\u00ADfattningen publiceras kan du öppna den från den här sidan.',
} satisfies Record<keyof typeof joinClosedFi, string>;
