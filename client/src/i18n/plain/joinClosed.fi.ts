import type { joinClosedFi } from '../joinClosed.fi';

/**
 * Selkokieli for the page shown while joining is closed (`joinClosed.fi.ts`). A lazy chunk, fetched with that page
 * beside its standard strings while plain language is on (`joinClosedCatalog.ts`).
 */
export const plainJoinClosedFi = {
  'phone.closed.title': 'Et pääse mukaan juuri nyt',
  'phone.closed.body':
    'Ohjaaja on sulkenut tilaisuu\u00ADden. Pyydä ohjaajaa avaa\u00ADmaan se. Tai odota tällä sivulla.',
  'phone.closed.retrying': 'Sivu kokeilee itse uudelleen. Pääset mukaan heti, kun tilaisuus aukeaa.',
  'phone.closed.summary': 'Kun yhteen\u00ADveto on valmis, voit lukea sen tältä sivulta.',
} satisfies Partial<Record<keyof typeof joinClosedFi, string>>;
