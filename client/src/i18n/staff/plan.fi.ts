/** Finnish strings of the project plan in the staff views: set-up, tagging items to goals, the goal rating. */
export const planStaffFi = {
  'plan.legend': 'Hankesuunnitelman tavoitteet (vapaaehtoinen)',
  'plan.hint':
    'Tavoitteet odotettuine tuloksineen ja toimenpiteineen. Keskustelun aikana muistiinpanot ja ajatukset voi liittää tavoitteisiin, ja osallistujat arvioivat tavoitteet nimettömästi.',
  'plan.paste': 'Tuo tavoitteet tekstistä',
  'plan.pasteHint':
    'Liitä jäsennys: otsikko tai ”Tavoite:” aloittaa tavoitteen, ”Odotettu tulos:” ja ”Mittari:” täydentävät sitä, ranskalaiset viivat ovat toimenpiteitä (sisennys tekee alatoimenpiteen, päivämäärä suluissa). Otsikon ”Kehittämisteemat” alla olevat viivat ovat teemoja.',
  'plan.pasteLabel': 'Jäsennys tekstinä',
  'plan.pasteButton': 'Tuo listoihin',
  'plan.pasted': 'Tuotiin {goals} tavoitetta ja {themes} teemaa. Tarkista ne alta.',
  'plan.noGoals': 'Ei tavoitteita.',
  'plan.goal': 'Tavoite {n}',
  'plan.goalName': 'Tavoitteen {n} nimi',
  'plan.expectedResult': 'Tavoitteen {n} odotettu tulos',
  'plan.indicators': 'Tavoitteen {n} mittarit (vapaaehtoinen)',
  'plan.indicatorsHint': 'Yksi mittari riville.',
  'plan.activities': 'Toteutetut toimenpiteet',
  'plan.activity': 'Toimenpide {n}',
  'plan.activityDate': 'Ajankohta',
  'plan.addActivity': 'Lisää toimenpide tavoitteeseen {n}',
  'plan.addSubActivity': 'Lisää alatoimenpide kohtaan {n}',
  'plan.removeActivity': 'Poista toimenpide {n}',
  'plan.addGoal': 'Lisää tavoite',
  'plan.removeGoal': 'Poista tavoite {n}',
  'plan.minimum': 'Pienin näytettävä sidosryhmä (henkeä)',
  'plan.minimumHint':
    'Arviot ja ajatukset näytetään sidosryhmän nimellä vain, jos ryhmässä on vähintään näin monta. Pienemmät ryhmät näkyvät nimellä ”Muut”.',
  'plan.themesHint': 'Hankkeen kehittämisteemat. Ne näkyvät yhteenvedossa tavoitteiden yhteydessä.',
  'plan.err.goals': 'Jokaisella tavoitteella pitää olla nimi.',
  'plan.copyLegend': 'Aloita toisen tilaisuuden asetuksista',
  'plan.copyHint':
    'Kopioi kysymykset, sidosryhmät, tavoitteet, teemat ja vaiheet tilaisuudesta, jonka olet avannut tällä selaimella. Nimi, alue, päivä ja paikka jäävät.',
  'plan.copyFrom': 'Tilaisuus',
  'plan.copyButton': 'Kopioi asetukset',
  'plan.copied': 'Asetukset kopioitu. Tarkista ne alta.',
  'plan.copyFailed': 'Asetuksia ei saatu. Tilaisuus on ehkä poistettu.',

  'goalTag.label': 'Tavoite',
  'goalTag.none': 'Ei tavoitetta',
  'goalTag.option': '{n}. {name}',
  'goalTag.keysHint': 'Numeronäppäin 1–9 liittää kohdan tavoitteeseen, 0 poistaa liitoksen.',
  'goalTag.tagged': 'Tavoite {n}',

  'goalRating.title': 'Tavoitteiden arviointi',
  'goalRating.hint':
    'Puhelimet arvioivat nimettömästi, kuinka hyvin kukin tavoite saavutettiin. Tulokset näytetään vain koottuina, ja pienet sidosryhmät yhdistetään.',
  'goalRating.open': 'Avaa arviointi puhelimiin',
  'goalRating.close': 'Sulje arviointi',
  'goalRating.isOpen': 'Arviointi on auki puhelimissa.',
  'goalRating.raters': 'Arvioineita: {n}',
  'goalRating.results': 'Tulokset',
  'goalRating.noGoals': 'Tilaisuudella ei ole tavoitteita. Lisää ne asetuksista.',
};
