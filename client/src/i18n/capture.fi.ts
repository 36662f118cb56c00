/** Finnish strings of live capture on the phone: questions, writing thoughts, my thoughts and the dot vote; spread into `fi.ts`. */
export const captureFi = {
  'capture.question': 'Kysymys',
  'capture.questionN': 'Kysymys {n}',

  'capture.phone.title': 'Kirjoita ajatus',
  'capture.phone.label': 'Ajatuksesi',
  'capture.phone.counter': '{n}/{max} merkkiä',
  'capture.phone.empty': 'Kirjoita ensin ajatus.',
  'capture.phone.tooLong': 'Ajatus on liian pitkä. Lyhennä se enintään {max} merkkiin.',
  'capture.phone.rateLimited':
    'Olet lähettänyt monta ajatusta aivan lyhyessä ajassa. Odota minuutti ja lähetä sitten uudelleen.',
  'capture.phone.showName': 'Näytä nimeni ({name})',
  'capture.phone.anonymous': 'Ajatus lähtee nimet\u00ADtömänä. Ryhmäsi näkyy sen kanssa, myös yhteen\u00ADvedossa.',
  'capture.phone.named': 'Nimesi näkyy ajatuksen yhtey\u00ADdessä.',
  'capture.phone.send': 'Lähetä ajatus',

  'capture.mine.title': 'Omat ajatukseni',
  'capture.mine.sending': 'Ei vielä lähetetty',
  'capture.mine.sendingHint': 'Ajatus on tallessa tässä puheli\u00ADmessa ja lähtee, kun yhteys palaa.',
  'capture.mine.pending': 'Lähetetty',
  'capture.mine.approved': 'Hyväk\u00ADsytty',
  'capture.mine.hidden': 'Piilotettu',
  'capture.mine.withdraw': 'Peru ajatus',
  'capture.mine.withdrawTitle': 'Peru\u00ADtaanko tämä ajatus?',
  'capture.mine.withdrawConfirm': 'Kyllä, peru',

  'capture.vote.title': 'Äänestys',
  'capture.vote.points': '{n} pistettä',
  'capture.vote.intro': 'Anna pisteesi sinulle tärkeim\u00ADmille asioille. Voit antaa samalle useita pisteitä.',
  'capture.vote.left': 'Pisteitä jäljellä {left}/{total}',
  'capture.vote.mine': 'Sinun pisteesi: {n}',
  'capture.vote.add': 'Lisää piste: {name}',
  'capture.vote.remove': 'Poista piste: {name}',
  'capture.vote.closedWait': 'Äänestys on suljettu. Tulokset näytetään pian.',
  'capture.vote.results': 'Äänes\u00ADtyksen tulos',
} as const;
