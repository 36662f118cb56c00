/** Finnish strings of the footer links to the info pages and of the "session deleted" message in the session views. */
export const infoFi = {
  'info.footer.label': 'Tietoa palvelusta',
  'info.footer.privacy': 'Tietosuoja',
  'info.footer.accessibility': 'Saavu\u00ADtettavuus',

  'info.sessionDeleted.title': 'Tämä tilaisuus on poistettu.',
  'info.sessionDeleted.body':
    'Fasili\u00ADtaattori poisti tilaisuu\u00ADden ja kaikki sen tiedot. Voit sulkea tämän sivun.',
} as const;
