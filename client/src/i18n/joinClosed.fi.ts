/** Finnish strings of the page shown while joining is closed: a part of its own, loaded with that page (`joinClosedCatalog`). */
export const joinClosedFi = {
  'phone.closed.title': 'Tilaisuuteen ei voi nyt liittyä',
  'phone.closed.body':
    'Fasilitaattori on sulkenut liittymisen. Pyydä häntä avaamaan liittyminen, tai odota tällä sivulla.',
  'phone.closed.retrying':
    'Sivu tarkistaa itse puolen minuutin välein. Pääset liittymään heti, kun liittyminen avataan.',
  'phone.closed.summary': 'Kun yhteenveto julkaistaan, voit avata sen tältä sivulta.',
} as const;
