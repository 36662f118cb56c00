import type { joinClosedFi } from '../joinClosed.fi';

/**
 * Lättläst svenska for the page shown while joining is closed (`joinClosed.sv.ts`). A lazy chunk, fetched with that page
 * beside its standard strings while plain language is on (`joinClosedCatalog.ts`).
 */
export const plainJoinClosedSv = {
  'phone.closed.title': 'Du kan inte komma med just nu',
  'phone.closed.body':
    'Hand\u00ADledaren har stängt tillfället. Be hand\u00ADledaren att öppna det. Eller vänta på den här sidan.',
  'phone.closed.retrying': 'Sidan försöker själv igen. Du kommer med så snart tillfället öppnas.',
  'phone.closed.summary': 'När samman\u00ADfattningen är klar kan du läsa den på den här sidan.',
} satisfies Partial<Record<keyof typeof joinClosedFi, string>>;
