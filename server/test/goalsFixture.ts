import type { Goal, SessionSetup } from '@aquarium/shared';

/**
 * An OSMO-like regional session's plan: three goals with expected results, indicators and nested,
 * partly dated activities, and three province-wide development themes.
 */
export const osmoGoals: Goal[] = [
  {
    id: 'goal1',
    name: 'Asiakkaiden osallisuus vahvistuu',
    expectedResult: 'Kokemusasiantuntijat ovat mukana palvelujen kehittämisessä koko maakunnassa.',
    indicators: ['Koulutettujen kokemusasiantuntijoiden määrä'],
    activities: [
      {
        id: 'a1',
        text: 'Kokemusasiantuntijakoulutus',
        date: 'syksy 2024',
        children: [
          { id: 'a11', text: 'Kolme koulutuspäivää Seinäjoella' },
          {
            id: 'a12',
            text: 'Vertaisryhmät koulutuksen jälkeen',
            children: [{ id: 'a121', text: 'Kuukausittaiset tapaamiset' }],
          },
        ],
      },
      { id: 'a2', text: 'Asiakasraadit kunnissa', date: '14.5.2025' },
    ],
  },
  {
    id: 'goal2',
    name: 'Sosiaalinen kuntoutus vakiintuu palveluksi',
    expectedResult: 'Sosiaalisen kuntoutuksen ryhmätoiminta on osa kuntien palveluvalikoimaa.',
    activities: [
      { id: 'b1', text: 'Ryhmätoiminnan mallinnus', children: [{ id: 'b11', text: 'Palvelukuvaus kirjoitettu' }] },
    ],
  },
  {
    id: 'goal3',
    name: 'Työllisyyspalvelujen yhteistyö tiivistyy',
    expectedResult: 'Työllisyyspalvelut ja sosiaalityö toimivat yhteisen asiakasprosessin mukaan.',
    indicators: ['Yhteisten asiakasohjausten määrä', 'Verkostotapaamiset'],
    activities: [{ id: 'c1', text: 'Verkostotapaamiset neljästi vuodessa' }],
  },
];

export const osmoPlan: Partial<SessionSetup> = {
  project: 'OSMO',
  region: 'Järvi-Pohjanmaa',
  place: 'Alajärvi',
  goals: osmoGoals,
  developmentThemes: [
    { id: 'dt1', name: 'Sosiaalinen kuntoutus' },
    { id: 'dt2', name: 'Palvelukuvaukset' },
    { id: 'dt3', name: 'Työllisyyden tuki' },
  ],
};
