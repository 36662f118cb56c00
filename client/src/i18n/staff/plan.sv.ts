import type { planStaffFi } from './plan.fi';

/** Swedish strings of the project plan in the staff views; same keys as `planStaffFi`. */
export const planStaffSv = {
  'plan.legend': 'Projektplanens mål (frivilligt)',
  'plan.hint':
    'Målen med förväntade resultat och åtgärder. Under diskussionen kan anteckningar och tankar kopplas till målen, och deltagarna bedömer målen anonymt.',
  'plan.paste': 'Hämta målen från text',
  'plan.pasteHint':
    'Klistra in en disposition: en rubrik eller ”Mål:” börjar ett mål, ”Förväntat resultat:” och ”Indikator:” fyller i det, strecksatser är åtgärder (indrag gör en underåtgärd, datum inom parentes). Strecksatser under rubriken ”Utvecklingsteman” är teman.',
  'plan.pasteLabel': 'Disposition som text',
  'plan.pasteButton': 'Hämta till listorna',
  'plan.pasted': '{goals} mål och {themes} teman hämtades. Kontrollera dem nedan.',
  'plan.noGoals': 'Inga mål.',
  'plan.goal': 'Mål {n}',
  'plan.goalName': 'Namn på mål {n}',
  'plan.expectedResult': 'Förväntat resultat för mål {n}',
  'plan.indicators': 'Indikatorer för mål {n} (frivilligt)',
  'plan.indicatorsHint': 'En indikator per rad.',
  'plan.activities': 'Genomförda åtgärder',
  'plan.activity': 'Åtgärd {n}',
  'plan.activityDate': 'Tidpunkt',
  'plan.addActivity': 'Lägg till åtgärd för mål {n}',
  'plan.addSubActivity': 'Lägg till underåtgärd under {n}',
  'plan.removeActivity': 'Ta bort åtgärd {n}',
  'plan.addGoal': 'Lägg till mål',
  'plan.removeGoal': 'Ta bort mål {n}',
  'plan.minimum': 'Minsta intressentgrupp som visas (personer)',
  'plan.minimumHint':
    'Bedömningar och tankar visas med intressentgruppens namn bara om gruppen har minst så många. Mindre grupper visas som ”Övriga”.',
  'plan.themesHint': 'Projektets utvecklingsteman. De visas i sammanfattningen tillsammans med målen.',
  'plan.err.goals': 'Varje mål behöver ett namn.',
  'plan.copyLegend': 'Börja från ett annat tillfälles inställningar',
  'plan.copyHint':
    'Kopiera frågor, intressentgrupper, mål, teman och faser från ett tillfälle som du har öppnat i den här webbläsaren. Namn, område, datum och plats behålls.',
  'plan.copyFrom': 'Tillfälle',
  'plan.copyButton': 'Kopiera inställningarna',
  'plan.copied': 'Inställningarna kopierades. Kontrollera dem nedan.',
  'plan.copyFailed': 'Inställningarna kunde inte hämtas. Tillfället kanske har raderats.',

  'goalTag.label': 'Mål',
  'goalTag.none': 'Inget mål',
  'goalTag.option': 'Mål {n}: {name}',
  'goalTag.keysHint': 'Siffertangenten 1–9 kopplar punkten till ett mål, 0 tar bort kopplingen.',
  'goalTag.tagged': 'Mål {n}',

  'goalRating.title': 'Bedömning av målen',
  'goalRating.hint':
    'Telefonerna bedömer anonymt hur väl varje mål nåddes. Resultaten visas bara sammanställda, och små intressentgrupper slås ihop.',
  'goalRating.open': 'Öppna bedömningen på telefonerna',
  'goalRating.close': 'Stäng bedömningen',
  'goalRating.isOpen': 'Bedömningen är öppen på telefonerna.',
  'goalRating.raters': 'Har bedömt: {n}',
  'goalRating.results': 'Resultat',
  'goalRating.other': 'Övriga',
  'goalRating.all': 'Alla totalt',
  'goalRating.group': 'Intressentgrupp',
  'goalRating.withheld': 'Bedömningar från små grupper ({n}) visas inte.',
  'goalRating.noGoals': 'Tillfället har inga mål. Lägg till dem i inställningarna.',
} satisfies Record<keyof typeof planStaffFi, string>;
