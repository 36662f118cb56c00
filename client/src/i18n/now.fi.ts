/** Finnish strings of the phone's alerts and settings; spread into `core.fi.ts`. */
export const nowFi = {
  'phone.alert.offline':
    'Yhteys katkesi. Yhdistetään uudelleen… Voit kirjoittaa ajatuksen. Se lähtee, kun yhteys palaa.',
  'phone.alert.unsent': 'Ajatuksia odottaa lähetystä: {n}. Ne lähtevät, kun yhteys palaa. Älä sulje sivua.',
  'phone.settings': 'Tämän puhelimen asetukset',
  'phone.plainLanguage': 'Selkokieli (helpompi teksti, isompi kirjasin)',
  'phone.vibrate': 'Värinä, kun tilanne muuttuu',
} as const;
