/** Finnish strings of the footer links to the info pages and of the "session deleted" message in the session views. */
export const infoFi = {
  'info.footer.label': 'Tietoa palvelusta',
  'info.footer.privacy': 'Tietosuoja',
  'info.footer.accessibility': 'Saavutettavuus',

  'info.sessionDeleted.title': 'Tämä tilaisuus on poistettu.',
  'info.sessionDeleted.body': 'Fasilitaattori poisti tilaisuuden ja kaikki sen tiedot. Voit sulkea tämän sivun.',
} as const;
