/** Finnish strings of the page shown while joining is closed: a part of its own, loaded with that page (`joinClosedCatalog`). */
export const joinClosedFi = {
  'phone.closed.title': 'Tilaisuu\u00ADteen ei voi nyt liittyä',
  'phone.closed.body':
    'Fasili\u00ADtaattori on sulkenut liitty\u00ADmisen. Pyydä häntä avaa\u00ADmaan liitty\u00ADminen, tai odota tällä sivulla.',
  'phone.closed.retrying':
    'Sivu tarkistaa itse puolen minuutin välein. Pääset liittymään heti, kun liitty\u00ADminen avataan.',
  'phone.closed.summary': 'Kun yhteen\u00ADveto julkais\u00ADtaan, voit avata sen tältä sivulta.',
} as const;
