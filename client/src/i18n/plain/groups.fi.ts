import type { groupsFi } from '../groups.fi';

/**
 * Selkokieli for the small-group phone: the `groups.*` strings of `groups.fi.ts` that read differently, written to
 * Selkokeskus's guidelines (short sentences, common words, one thing at a time, no abbreviations such as "min" or
 * "klo"). The facilitator is "ohjaaja", as in `plain/fi.ts`. The standard strings stay beneath these; the ones already
 * plain are listed, reviewed, in `sameAsStandard.ts`. A lazy chunk, fetched beside the small-group view only when
 * plain language is on (`groupsCatalog.ts`).
 */
export const plainGroupsFi = {
  'groups.notGrouped': 'Odota hetki. Ohjaaja jakaa ihmiset ryhmiin.',
  'groups.yourGroup': 'Sinun ryhmäsi: {name}',
  'groups.members': 'Ryhmässä ovat',
  'groups.youChair': 'Sinä olet puheen\u00ADjohtaja',
  'groups.noChair': 'Ryhmällä ei ole puheen\u00ADjohtajaa. Sopikaa, kuka se on.',
  'groups.chairHint': 'Puheen\u00ADjohtaja kokoaa ryhmän ajatukset. Sitten hän lähettää ne ohjaajalle.',
  'groups.claimChair': 'Minä olen puheen\u00ADjohtaja',

  'groups.do.present': 'Kerro ajatuksesi ryhmälle, kun on sinun vuorosi.',
  'groups.do.presentChair': 'Pyydä jokaista kerto\u00ADmaan ajatuk\u00ADsensa vuorol\u00ADlaan. Paina hänen nimeään.',
  'groups.do.choose': 'Valitkaa yhdessä tärkeim\u00ADmät asiat. Puheen\u00ADjohtaja kirjoittaa ne.',
  'groups.do.chooseChair': 'Kirjoita ryhmän tärkeim\u00ADmät asiat. Voit pyytää ryhmää äänes\u00ADtämään.',
  'groups.do.record': 'Puheen\u00ADjohtaja kirjoittaa, mitä ryhmä päätti. Sitten hän lähettää sen ohjaajalle.',
  'groups.do.recordChair': 'Kirjoita, mitä ryhmä päätti. Lähetä se sitten ohjaajalle.',
  'groups.do.returned': 'Teksti on lähetetty. Tämä kysymys on valmis. Odot\u00ADtakaa, mitä tulee seuraa\u00ADvaksi.',

  'groups.soloThought.label': 'Sinun ajatuksesi',
  'groups.soloThought.tooLong': 'Ajatus on liian pitkä. Siinä saa olla enintään {max} merkkiä.',
  'groups.soloThought.rateLimited': 'Tallensit monta ajatusta nopeasti. Odota minuutti. Yritä sitten uudelleen.',

  'groups.mine.title': 'Sinun ajatuksesi',
  'groups.mine.private': 'Vain sinä näet nämä. Muut näkevät ne, kun kerrot ne.',
  'groups.mine.shared': 'Kerroit ajatuksesi. Nyt ryhmä näkee ne.',
  'groups.mine.sending': 'Ajatus ei ole vielä tallessa. Se lähtee, kun netti toimii taas.',
  'groups.mine.withdrawTitle': 'Haluatko poistaa tämän ajatuksen?',

  'groups.present.title': 'Kuka on kertonut',
  'groups.present.done': 'kertoi',
  'groups.present.call': 'Nyt kertoo {name}',
  'groups.present.callMe': 'Nyt kerron minä',

  'groups.soloThoughts.none': 'Kukaan ei ole vielä kertonut ajatuk\u00ADsiaan.',
  'groups.soloThoughts.noneOf': 'Ei ajatuksia.',
  'groups.soloThoughts.raise': 'Tee tästä asia',
  'groups.soloThoughts.inPoint': 'Asiassa {n}',

  'groups.points.none': 'Puheen\u00ADjohtaja kirjoittaa tärkeim\u00ADmät asiat tähän.',
  'groups.points.noneChair': 'Valitse asioita ryhmän ajatuk\u00ADsista. Tai kirjoita uusi asia.',
  'groups.points.up': 'Siirrä ylös',
  'groups.points.down': 'Siirrä alas',
  'groups.points.edit': 'Muuta',
  'groups.points.editLabel': 'Asian teksti',
  'groups.points.mergeLabel': 'Yhdistä tähän asiaan',
  'groups.points.mergeHint': 'Tämän asian ajatukset siirtyvät asiaan, jonka valitset. Tämä asia poistuu.',
  'groups.points.deleteTitle': 'Haluatko poistaa tämän asian?',
  'groups.points.newLabel': 'Uusi asia omin sanoin',
  'groups.points.add': 'Lisää asia',
  'groups.points.sort': 'Eniten pisteitä ensin',

  'groups.vote.title': 'Äänestys pisteillä',
  'groups.vote.intro': 'Ryhmä voi antaa pisteitä tärkeim\u00ADmille asioille.',
  'groups.vote.dots': 'Pisteitä jokaiselle',
  'groups.vote.needTwo': 'Äänes\u00ADtykseen tarvitaan ainakin kaksi asiaa.',
  'groups.vote.running':
    'Äänestys on nyt auki. Anna pisteet tärkeim\u00ADmille asioille. Voit antaa monta pistettä samalle.',
  'groups.vote.close': 'Lopeta äänestys',
  'groups.vote.closed': 'Äänestys loppui. Pisteet näkyvät asioiden vieressä.',

  'groups.record.title': 'Mitä ryhmä päätti',
  'groups.record.label': 'Teksti ohjaajalle',
  'groups.record.hint': 'Teksti tallentuu, kun kirjoitat. Ryhmän asiat ovat valmiina tekstissä.',
  'groups.record.pending': 'Ei vielä tallessa',
  'groups.record.saved': 'Tallessa',
  'groups.record.empty': 'Kirjoita ensin teksti.',
  'groups.record.return': 'Lähetä ohjaajalle',
  'groups.record.returnAgain': 'Lähetä muu\u00ADtokset ohjaajalle',
  'groups.record.returning': 'Teksti lähtee, kun netti toimii taas.',
  'groups.record.returned': 'Lähetetty kello {time}',
  'groups.record.changed': 'Muutit tekstiä lähettä\u00ADmisen jälkeen. Lähetä muu\u00ADtokset ohjaajalle.',
  'groups.record.draft': 'Puheen\u00ADjohtajan teksti',
  'groups.record.waiting': 'Puheen\u00ADjohtaja ei ole vielä kirjoit\u00ADtanut tekstiä.',

  'groups.act.present': 'Pyydä esitte\u00ADlemään',
  'groups.act.choose': 'Kirjoita tärkeim\u00ADmät asiat',
  'groups.act.record': 'Kirjoita teksti',
  'groups.step.next': 'Seuraava vaihe',
  'groups.extraTime': 'Ohjaaja antoi ryhmälle {n} minuuttia lisää aikaa.',
  'groups.chairAway.title': 'Puheen\u00ADjohtajan netti katkesi',
  'groups.chairAway.wait': 'Odote\u00ADtaan hetki. Ehkä hän palaa.',
  'groups.chairAway.offer': 'Haluatko olla puheen\u00ADjohtaja?',
  'groups.chairAway.any': 'Nyt kuka tahansa ryhmästä voi olla puheen\u00ADjohtaja.',
  'groups.chairAway.kept': 'Ryhmän asiat ja teksti ovat tallessa.',
  'groups.present.late': 'Eivät ole vielä kertoneet',

  'groups.error.notChair': 'Vain puheen\u00ADjohtaja voi tehdä tämän.',
  'groups.error.gone': 'Tätä ei enää ole. Näet nyt uusim\u00ADman tilanteen.',
  'groups.error.stale': 'Asiat muut\u00ADtuivat juuri. Järjestä ne uudelleen.',
} satisfies Partial<Record<keyof typeof groupsFi, string>>;
