import type { Language } from './setup.js';

/** The goal-by-goal part of the summary: document content in the session's language, not UI strings. */
export interface SummaryPlanLabels {
  goalsHeading: string;
  goal: string;
  expectedResult: string;
  indicators: string;
  activities: string;
  developmentThemes: string;
  ratings: string;
  /** Column headings in `goalRatingScale` order: 4, 3, 2, 1, can't say. */
  scale: string[];
  /** A row of stakeholder groups too small to show alone, merged. */
  other: string;
  all: string;
  /** `{n}`: ratings held back because even merged their groups were too small. */
  withheld: string;
  notRated: string;
  unforeseen: string;
  unforeseenIntro: string;
}

export const summaryPlanLabels: Record<Language, SummaryPlanLabels> = {
  fi: {
    goalsHeading: 'Tavoitteet ja niiden toteutuminen',
    goal: 'Tavoite',
    expectedResult: 'Odotettu tulos',
    indicators: 'Mittarit',
    activities: 'Toteutetut toimenpiteet',
    developmentThemes: 'Kehittämisteemat',
    ratings: 'Osallistujien arvio: kuinka hyvin tavoite saavutettiin',
    scale: ['Hyvin', 'Melko hyvin', 'Vähän', 'Ei lainkaan', 'En osaa sanoa'],
    other: 'Muut',
    all: 'Kaikki yhteensä',
    withheld: 'Pienten ryhmien arvioita ({n}) ei näytetä, jotta kenenkään vastaus ei erotu.',
    notRated: 'Tavoitetta ei arvioitu.',
    unforeseen: 'Mitä ei ennakoitu',
    unforeseenIntro: 'Keskustelussa esiin nousseet asiat, joita ei liitetty mihinkään tavoitteeseen.',
  },
  sv: {
    goalsHeading: 'Målen och hur de nåddes',
    goal: 'Mål',
    expectedResult: 'Förväntat resultat',
    indicators: 'Indikatorer',
    activities: 'Genomförda åtgärder',
    developmentThemes: 'Utvecklingsteman',
    ratings: 'Deltagarnas bedömning: hur väl nåddes målet',
    scale: ['Väl', 'Ganska väl', 'Lite', 'Inte alls', 'Kan inte säga'],
    other: 'Övriga',
    all: 'Alla totalt',
    withheld: 'Bedömningar från små grupper ({n}) visas inte, så att ingens svar syns.',
    notRated: 'Målet bedömdes inte.',
    unforeseen: 'Det som inte förutsågs',
    unforeseenIntro: 'Saker som kom fram i diskussionen men inte kopplades till något mål.',
  },
  en: {
    goalsHeading: 'Goals and how they were reached',
    goal: 'Goal',
    expectedResult: 'Expected result',
    indicators: 'Indicators',
    activities: 'Activities carried out',
    developmentThemes: 'Development themes',
    ratings: "Participants' rating: how well was the goal reached",
    scale: ['Well', 'Fairly well', 'A little', 'Not at all', "Can't say"],
    other: 'Other',
    all: 'All together',
    withheld: 'Ratings from small groups ({n}) are not shown, so that no one’s answer stands out.',
    notRated: 'The goal was not rated.',
    unforeseen: 'What was not foreseen',
    unforeseenIntro: 'Points raised in the discussion that were not tied to any goal.',
  },
};
