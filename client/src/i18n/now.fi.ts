/** Finnish strings of the phone's alerts and settings; spread into `core.fi.ts`. */
export const nowFi = {
  'phone.alert.offline':
    'Yhteys katkesi. Yhdis\u00ADtetään uudel\u00ADleen… Voit kirjoittaa ajatuksen. Se lähtee, kun yhteys palaa.',
  'phone.alert.unsent': 'Ajatuksia odottaa lähetystä: {n}. Ne lähtevät, kun yhteys palaa. Älä sulje sivua.',
  'phone.settings': 'Tämän puhe\u00ADlimen asetukset',
  'phone.plainLanguage': 'Selkokieli (helpompi teksti, isompi kirjasin)',
  'phone.vibrate': 'Värinä, kun tilanne muuttuu',
} as const;
