import { summaryLabels, type SummaryDocument, type SummaryLabels, type SummaryQuestion } from '@aquarium/shared';

/** The Finnish labels the composer fills in (shared's own, so the fixture cannot drift from them). */
export const finnishLabels: SummaryLabels = summaryLabels.fi;

const GROUPS = ['Asukkaat', 'Järjestöt', 'Kunta', 'Hyvinvointialue', 'Åbolands föreningar'];
const AUTHORS = ['Maija Mäkelä', null, 'Örjan Åström', null, null, 'Päivi Räsänen-Öhman'];

const THOUGHT_PHRASES = [
  'Sosiaalisen kuntoutuksen ryhmät ovat madaltaneet kynnystä lähteä kodin ulkopuolelle.',
  'Palvelukuvaukset ovat liian virallisia; asiakas ei löydä niistä itseään.',
  'Järjestöjen ja hyvinvointialueen yhteistyö on parantunut, mutta tieto ei vielä kulje kahteen suuntaan.',
  'Kokemusasiantuntijat pitäisi ottaa mukaan jo suunnitteluvaiheessa, ei vasta arviointiin.',
  'Matkat keskustaan ovat pitkiä – etäyhteys auttaa, jos laitteet ja tuki ovat kunnossa.',
  'Yhteinen kalenteri kaikista alueen ryhmistä helpottaisi ohjaamista oikeaan paikkaan.',
  'Vertaistuki on ollut toiminnan arvokkain osa; sitä kannattaa vahvistaa myös ruotsiksi (på svenska).',
  'Rahoituksen lyhytjänteisyys näkyy työntekijöiden vaihtuvuutena ja asiakkaiden epävarmuutena.',
];
const NOTE_PHRASES = [
  'Keskustelussa toistui toive selkokielisistä palvelukuvauksista.',
  'Useampi osallistuja mainitsi kuljetusten järjestämisen esteenä.',
  'Ryhmä nosti esiin nuorten aikuisten tavoittamisen ongelmat.',
  'Åbolandin kokemukset kaksikielisestä ohjauksesta kiinnostivat muita.',
];

const QUESTIONS: { text: string; consolidated: string; themes: { name: string; consolidated: string }[] }[] = [
  {
    text: 'Miten toiminta on vastannut alueen asukkaiden tarpeisiin?',
    consolidated:
      'Osallistujat pitivät toimintaa tarpeellisena ja kohderyhmälle sopivana.\nKehitettävää nähtiin erityisesti tiedottamisessa ja saavutettavuudessa.',
    themes: [
      { name: 'Sosiaalinen kuntoutus', consolidated: 'Ryhmätoiminta on tuonut arkeen rytmiä ja osallisuutta.' },
      { name: 'Saavutettavuus ja liikkuminen', consolidated: '' },
    ],
  },
  {
    text: 'Mitä palvelukuvauksissa ja ohjauksessa pitäisi muuttaa?',
    consolidated: '',
    themes: [
      { name: 'Palvelukuvaukset', consolidated: 'Kuvauksia selkeytetään yhdessä kokemusasiantuntijoiden kanssa.' },
      { name: 'Ohjaus ja neuvonta', consolidated: '' },
      { name: 'Kaksikielisyys', consolidated: 'Ruotsinkielinen palvelu toteutuu vaihtelevasti.' },
    ],
  },
  {
    text: 'Mitä hyviä käytäntöjä haluamme jakaa muille alueille?',
    consolidated: 'Vertaistuen malli ja yhteinen tapahtumakalenteri nousivat selvimmin esiin.',
    themes: [{ name: 'Vertaistuki', consolidated: '' }],
  },
];

const pad = (n: number): string => String(n).padStart(4, '0');

/** Unique marker texts: "Ajatus 0042 – …" / "Muistiinpano 0007 – …". No marker is a prefix of another. */
export const thoughtText = (i: number): string => `Ajatus ${pad(i)} – ${THOUGHT_PHRASES[i % THOUGHT_PHRASES.length]}`;
export const noteText = (i: number): string => `Muistiinpano ${pad(i)} – ${NOTE_PHRASES[i % NOTE_PHRASES.length]}`;

/**
 * A realistic Finnish summary. `thoughts` / `notes` (default 12 / 6) are generated with unique marker
 * texts and spread round-robin over every question's themes and its "other points" (unthemed) slot.
 */
export function sampleSummary(opts: { thoughts?: number; notes?: number } = {}): SummaryDocument {
  const questions: SummaryQuestion[] = QUESTIONS.map((q, index) => ({
    number: index + 1,
    text: q.text,
    consolidated: q.consolidated,
    themes: q.themes.map((theme) => ({ ...theme, items: { notes: [], thoughts: [] } })),
    unthemed: { notes: [], thoughts: [] },
    groupPoints: [],
  }));
  // Every slot: each theme of each question plus each question's unthemed items.
  const slots = questions.flatMap((q) => [...q.themes.map((t) => t.items), q.unthemed]);
  const slot = (i: number) => slots[i % slots.length]!;
  for (let i = 0; i < (opts.thoughts ?? 12); i++) {
    slot(i).thoughts.push({
      text: thoughtText(i),
      group: GROUPS[i % GROUPS.length]!,
      author: AUTHORS[i % AUTHORS.length]!,
      votes: i % 4 === 0 ? (i % 7) + 1 : 0,
    });
  }
  for (let i = 0; i < (opts.notes ?? 6); i++) slot(i * 3 + 1).notes.push(noteText(i));
  questions[1]!.groupPoints = [
    {
      group: 'Ryhmä A',
      points: ['Selkokieliset kuvaukset kaikkiin palveluihin', 'Ohjaajan puhelinaika iltaisin'],
      summary: 'Ryhmä toivoo, että palvelut kuvataan selkokielellä ja ohjaajan tavoittaa myös iltaisin.',
    },
    { group: 'Ryhmä B', points: ['Yhteinen ilmoitustaulu järjestöille ja hyvinvointialueelle'], summary: '' },
  ];

  return {
    language: 'fi',
    title: 'OSMO – Etelä-Pohjanmaa: alueellinen yhteenveto ja arviointi',
    sessionTitle: 'OSMO-arviointi, Etelä-Pohjanmaa',
    date: '14.3.2025',
    place: 'Seinäjoki, Kampustalo ja etäyhteys',
    version: 2,
    publishedAt: '2025-03-14T15:42:00.000Z',
    participants: {
      total: 27,
      byGroup: [
        { group: 'Asukkaat', count: 9 },
        { group: 'Järjestöt', count: 8 },
        { group: 'Kunta', count: 4 },
        { group: 'Hyvinvointialue', count: 5 },
        { group: 'Åbolands föreningar', count: 1 },
      ],
      named: ['Maija Mäkelä', 'Örjan Åström', 'Päivi Räsänen-Öhman'],
    },
    background: {
      goals:
        'Vahvistaa heikossa asemassa olevien asukkaiden osallisuutta ja toimintakykyä.\nTuoda asukkaiden ääni palvelujen kehittämiseen.',
      developmentThemes: 'Sosiaalinen kuntoutus, palvelukuvausten selkeyttäminen ja järjestöyhteistyö.',
      activities:
        'Viikoittaiset ryhmät kuudella paikkakunnalla, vertaistukiryhmät ja yhteiset työpajat.\n\nSyksyllä 2024 aloitettiin etäryhmät.',
    },
    questions,
    goodPractices:
      'Vertaistukiryhmien malli, jossa kokemusasiantuntija ja työntekijä ohjaavat ryhmää yhdessä.\nYhteinen tapahtumakalenteri järjestöjen ja hyvinvointialueen kesken.',
    closingView:
      'Keskustelu oli avointa ja rakentavaa. Tärkeimmäksi jatkotoimeksi nousi palvelukuvausten uudistaminen yhdessä asukkaiden kanssa.',
    timeline: [
      { phase: 'Avaus ja tavoitteet', plannedMinutes: 10, actualMinutes: 12 },
      { phase: 'Taustan esittely', plannedMinutes: 15, actualMinutes: 14 },
      { phase: 'Arviointikeskustelu', plannedMinutes: 60, actualMinutes: 68.5 },
      { phase: 'Hyvät käytännöt', plannedMinutes: 20, actualMinutes: 17 },
      { phase: 'Yhteenveto ja lopetus', plannedMinutes: 15, actualMinutes: 11 },
    ],
    participation: [
      { group: 'Asukkaat', present: 9, turns: 31, talkMinutes: 24.5, thoughts: 18 },
      { group: 'Järjestöt', present: 8, turns: 22, talkMinutes: 19, thoughts: 12 },
      { group: 'Kunta', present: 4, turns: 9, talkMinutes: 8.2, thoughts: 5 },
      { group: 'Hyvinvointialue', present: 5, turns: 12, talkMinutes: 11, thoughts: 6 },
      { group: 'Åbolands föreningar', present: 1, turns: 3, talkMinutes: 2.5, thoughts: 2 },
    ],
    labels: finnishLabels,
  };
}
