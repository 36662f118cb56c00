/**
 * Finnish strings of the small-group method on the phone: my group, its chair, and the four steps (write
 * alone, present, choose together, record and return). Plain language. A chunk of its own, fetched beside the
 * lazy `views/phone/groups` chunk in Finnish sessions (`groupsCatalog.ts`); spread into `fi.ts`.
 */
export const groupsFi = {
  'groups.notGrouped': 'Odota hetki. Fasili\u00ADtaattori jakaa osallis\u00ADtujat ryhmiin.',
  'groups.yourGroup': 'Ryhmäsi: {name}',
  'groups.members': 'Ryhmän jäsenet',
  'groups.member': 'Osallistuja {n}',
  'groups.you': 'sinä',
  'groups.chair': 'puheen\u00ADjohtaja',
  'groups.youChair': 'Olet puheen\u00ADjohtaja',
  'groups.noChair': 'Ryhmällä ei ole vielä puheen\u00ADjohtajaa. Sopikaa, kuka ryhtyy siihen.',
  'groups.chairHint':
    'Puheen\u00ADjohtaja kokoaa ryhmän ajatukset ja palauttaa yhteen\u00ADvedon fasili\u00ADtaattorille.',
  'groups.claimChair': 'Ryhdyn puheen\u00ADjohtajaksi',

  'groups.do.write': 'Kirjoita omat ajatuksesi. Muut eivät näe niitä vielä.',
  'groups.do.present': 'Kerro vuorollasi omat ajatuksesi ryhmälle.',
  'groups.do.presentChair':
    'Pyydä jokaista vuorol\u00ADlaan kerto\u00ADmaan ajatuk\u00ADsensa. Paina sitten hänen nimeään.',
  'groups.do.choose': 'Valitkaa yhdessä tärkeim\u00ADmät asiat. Puheen\u00ADjohtaja kokoaa ne.',
  'groups.do.chooseChair': 'Kokoa ryhmän tärkeim\u00ADmät asiat kohdiksi. Voit pyytää ryhmää äänes\u00ADtämään.',
  'groups.do.record':
    'Puheen\u00ADjohtaja kirjoittaa ryhmän yhteen\u00ADvedon ja palauttaa sen fasili\u00ADtaattorille.',
  'groups.do.recordChair': 'Kirjoita ryhmän yhteen\u00ADveto ja palauta se fasili\u00ADtaattorille.',
  'groups.do.returned':
    'Yhteen\u00ADveto on palau\u00ADtettu. Ryhmän työ tästä kysy\u00ADmyksestä on valmis. Odot\u00ADtakaa seuraa\u00ADvaa vaihetta.',

  'groups.soloThought.title': 'Kirjoita ajatus',
  'groups.soloThought.label': 'Ajatuksesi',
  'groups.soloThought.save': 'Tallenna ajatus',
  'groups.soloThought.empty': 'Kirjoita ensin ajatus.',
  'groups.soloThought.tooLong': 'Ajatus on liian pitkä. Lyhennä se enintään {max} merkkiin.',
  'groups.soloThought.rateLimited':
    'Olet tallen\u00ADtanut monta ajatusta lyhyessä ajassa. Odota minuutti ja yritä uudelleen.',

  'groups.mine.title': 'Omat ajatuksesi',
  'groups.mine.private': 'Vain sinä näet nämä, kunnes esittelet ne.',
  'groups.mine.shared': 'Olet esitellyt. Ryhmäsi näkee nämä ajatukset.',
  'groups.mine.none': 'Et ole vielä kirjoit\u00ADtanut ajatuksia.',
  'groups.mine.sending':
    'Ei vielä tallen\u00ADnettu. Ajatus on tallessa tässä puheli\u00ADmessa ja lähtee, kun yhteys palaa.',
  'groups.mine.withdraw': 'Poista ajatus',
  'groups.mine.withdrawTitle': 'Poiste\u00ADtaanko tämä ajatus?',
  'groups.mine.withdrawConfirm': 'Kyllä, poista',

  'groups.present.title': 'Kuka on esitellyt',
  'groups.present.done': 'esitellyt',
  'groups.present.notYet': 'ei vielä',
  'groups.present.call': '{name} esittelee',
  'groups.present.callMe': 'Minä esittelen',

  'groups.soloThoughts.title': 'Ryhmän ajatukset',
  'groups.soloThoughts.none': 'Kukaan ei ole vielä esitellyt.',
  'groups.soloThoughts.noneOf': 'Ei kirjoi\u00ADtettuja ajatuksia.',
  'groups.soloThoughts.raise': 'Nosta kohdaksi',
  'groups.soloThoughts.inPoint': 'Kohdassa {n}',

  'groups.points.title': 'Ryhmän tärkeim\u00ADmät asiat',
  'groups.points.none': 'Puheen\u00ADjohtaja kokoaa tärkeim\u00ADmät asiat tähän.',
  'groups.points.noneChair': 'Nosta kohtia ryhmän ajatuk\u00ADsista tai kirjoita uusi kohta.',
  'groups.points.up': 'Siirrä ylemmäs',
  'groups.points.down': 'Siirrä alemmas',
  'groups.points.edit': 'Muokkaa',
  'groups.points.editLabel': 'Kohdan teksti',
  'groups.points.save': 'Tallenna',
  'groups.points.merge': 'Yhdistä',
  'groups.points.mergeLabel': 'Yhdistä tähän kohtaan',
  'groups.points.mergeHint': 'Tämän kohdan ajatukset siirtyvät valittuun kohtaan, ja tämä kohta poistuu.',
  'groups.points.delete': 'Poista',
  'groups.points.deleteTitle': 'Poiste\u00ADtaanko tämä kohta?',
  'groups.points.deleteConfirm': 'Kyllä, poista',
  'groups.points.newLabel': 'Uusi kohta omin sanoin',
  'groups.points.add': 'Lisää kohta',
  'groups.points.total': '{n} pistettä',
  'groups.points.totalOne': '1 piste',
  'groups.points.sort': 'Järjestä pisteiden mukaan',

  'groups.vote.title': 'Piste\u00ADäänes\u00ADtys',
  'groups.vote.intro': 'Voit pyytää ryhmää antamaan pisteitä tärkeim\u00ADmille kohdille.',
  'groups.vote.dots': 'Pisteitä kullekin',
  'groups.vote.open': 'Aloita äänestys',
  'groups.vote.needTwo': 'Äänes\u00ADtykseen tarvitaan vähintään kaksi kohtaa.',
  'groups.vote.running':
    'Äänestys on käynnissä. Anna pisteesi tärkeim\u00ADmille kohdille. Voit antaa samalle useita pisteitä.',
  'groups.vote.close': 'Päätä äänestys',
  'groups.vote.closed': 'Äänestys on päättynyt. Pisteet näkyvät kohtien kohdalla.',

  'groups.record.title': 'Ryhmän yhteen\u00ADveto',
  'groups.record.label': 'Yhteen\u00ADveto fasili\u00ADtaattorille',
  'groups.record.hint': 'Teksti tallentuu sitä mukaa kuin kirjoitat. Pohjana ovat ryhmän kohdat.',
  'groups.record.pending': 'Ei vielä tallen\u00ADnettu',
  'groups.record.saving': 'Tallen\u00ADnetaan…',
  'groups.record.saved': 'Tallen\u00ADnettu',
  'groups.record.failed': 'Tallennus ei onnis\u00ADtunut. Teksti on tallessa tässä puheli\u00ADmessa.',
  'groups.record.empty': 'Kirjoita ensin yhteen\u00ADveto.',
  'groups.record.return': 'Palauta fasili\u00ADtaattorille',
  'groups.record.returnAgain': 'Palauta muu\u00ADtokset fasili\u00ADtaattorille',
  'groups.record.returning': 'Palautus lähtee, kun yhteys palaa.',
  'groups.record.returned': 'Palautettu klo {time}',
  'groups.record.changed':
    'Olet muut\u00ADtanut yhteen\u00ADvetoa palau\u00ADtuksen jälkeen. Palauta muu\u00ADtokset, niin fasili\u00ADtaattori näkee ne.',
  'groups.record.draft': 'Puheen\u00ADjohtajan luonnos',
  'groups.record.waiting': 'Puheen\u00ADjohtaja ei ole vielä kirjoit\u00ADtanut yhteen\u00ADvetoa.',

  'groups.act.present': 'Kutsu esitte\u00ADlemään',
  'groups.act.choose': 'Kokoa tärkeim\u00ADmät asiat',
  'groups.act.record': 'Kirjoita yhteen\u00ADveto',
  'groups.step.next': 'Siirry seuraa\u00ADvaan vaihee\u00ADseen',
  'groups.timeLeft': 'Aikaa tälle kysymyk\u00ADselle',
  'groups.extraTime': 'Fasili\u00ADtaattori antoi ryhmäl\u00ADlenne {n} min lisäaikaa.',
  'groups.chairAway.title': 'Puheen\u00ADjohtajan yhteys katkesi',
  'groups.chairAway.wait': 'Odote\u00ADtaan hetki, palaako hän.',
  'groups.chairAway.offer': 'Ryhdytkö puheen\u00ADjohtajaksi?',
  'groups.chairAway.any': 'Kuka tahansa ryhmästä voi nyt ryhtyä puheen\u00ADjohtajaksi.',
  'groups.chairAway.kept': 'Ryhmän kohdat ja yhteen\u00ADveto säilyvät.',
  'groups.present.late': 'Eivät ole vielä esitelleet',

  'groups.error.notChair': 'Vain ryhmän puheen\u00ADjohtaja voi tehdä tämän.',
  'groups.error.gone': 'Tätä ei enää löydy. Näkymä on päivitetty.',
  'groups.error.stale': 'Kohdat muut\u00ADtuivat juuri. Järjestä ne uudelleen.',
} as const;
