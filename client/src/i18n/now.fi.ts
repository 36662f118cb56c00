/** Finnish strings of the phone's top card, its alerts and settings, and joining while closed; spread into `core.fi.ts`. */
export const nowFi = {
  'now.vote': 'Äänestys on auki',
  'now.write': 'Kirjoita ajatus',
  'now.myTurnHint': 'Puhu nyt. Fasilitaattori päättää puheenvuorosi.',
  'now.listensHint': 'Kuuntele. Kirjoita ajatus, jonka haluat sanoa, kun sinun kehäsi puhuu.',
  'now.writeForNext': 'Kirjoita ajatus seuraavaan vaiheeseen',
  'now.lobbyHint': 'Tilaisuus alkaa pian. Tämä sivu muuttuu, kun se alkaa.',
  'now.read': 'Lue ääneen',
  'now.readStop': 'Lopeta lukeminen',
  'now.announce.myTurn': 'Nyt on sinun puheenvuorosi.',
  'now.announce.invited': 'Fasilitaattori kutsuu sinut puhumaan.',
  'now.announce.vote': 'Äänestys alkoi. Anna pisteesi.',
  'now.announce.speaks': 'Vaihe vaihtui. Sinun kehäsi puhuu nyt.',
  'now.announce.everyone': 'Vaihe vaihtui. Kaikki puhuvat nyt.',
  'now.announce.listens': 'Vaihe vaihtui. Sinun kehäsi kuuntelee nyt.',
  'now.announce.write': 'Voit kirjoittaa ajatuksen.',
  'now.announce.lobby': 'Odotetaan, että tilaisuus alkaa.',
  'now.announce.ended': 'Tilaisuus päättyi.',

  'phone.alert.offline': 'Yhteys katkesi. Yhdistetään uudelleen… Voit kirjoittaa ajatuksen. Se lähtee, kun yhteys palaa.',
  'phone.alert.unsent': 'Ajatuksia odottaa lähetystä: {n}. Ne lähtevät, kun yhteys palaa. Älä sulje sivua.',
  'phone.settings': 'Tämän puhelimen asetukset',
  'phone.plainLanguage': 'Selkokieli (helpompi teksti, isompi kirjasin)',
  'phone.vibrate': 'Värinä, kun tilanne muuttuu',

  'phone.closed.title': 'Tilaisuuteen ei voi nyt liittyä',
  'phone.closed.body':
    'Fasilitaattori on sulkenut liittymisen. Pyydä häntä avaamaan liittyminen, tai odota tällä sivulla.',
  'phone.closed.retrying': 'Sivu tarkistaa itse puolen minuutin välein. Pääset liittymään heti, kun liittyminen avataan.',
  'phone.closed.summary': 'Kun yhteenveto julkaistaan, voit avata sen tältä sivulta.',
} as const;
