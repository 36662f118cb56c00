import type { Language, Phase, SessionSetup, SpeakingCircle } from './setup.js';

interface PhaseText {
  name: string;
  instructions: string;
}

interface TemplateText {
  questions: [string, string, string];
  groups: string[];
  phases: [PhaseText, PhaseText, PhaseText, PhaseText, PhaseText];
}

// Content defaults (not UI strings): the session's own language decides them, and they are editable.
const text: Record<Language, TemplateText> = {
  fi: {
    questions: [
      'Mitkä asiat toimivat parhaiten ja missä päästiin tavoitteisiin? Mitkä tekijät tätä edesauttoivat?',
      'Missä asiat eivät toimineet ja missä ei päästy tavoitteisiin? Mitkä tekijät näihin vaikuttivat?',
      'Mitkä hyvät käytännöt jaetaan kaikkien hyödynnettäväksi, ja miten?',
    ],
    groups: [
      'Asiakas tai kokemusasiantuntija',
      'Työntekijä',
      'Esihenkilö tai johto',
      'Yhteistyökumppani',
      'Hankehenkilöstö',
      'Muu',
    ],
    phases: [
      { name: 'Sisäkehä keskustelee', instructions: 'Sisäkehä keskustelee arviointikysymyksistä. Ulkokehä kuuntelee.' },
      { name: 'Ulkokehä pohtii kuulemaansa', instructions: 'Ulkokehä pohtii kuulemaansa. Sisäkehä kuuntelee.' },
      {
        name: 'Sisäkehä vastaa ja syventää',
        instructions: 'Sisäkehä vastaa ulkokehän pohdintoihin ja syventää keskustelua.',
      },
      {
        name: 'Ulkokehä täydentää',
        instructions: 'Ulkokehä lisää sen, mikä vielä puuttuu, erityisesti hyvät käytännöt.',
      },
      { name: 'Yhteinen keskustelu', instructions: 'Kaikki yhdessä: johtopäätökset ja mitä jaetaan muille.' },
    ],
  },
  en: {
    questions: [
      'What worked best, and where were the goals reached? What helped?',
      'What did not work, and where were the goals not reached? Why?',
      'Which good practices should be shared for everyone to use, and how?',
    ],
    groups: ['Client or expert by experience', 'Worker', 'Manager', 'Partner organisation', 'Project staff', 'Other'],
    phases: [
      {
        name: 'Inner circle discusses',
        instructions: 'The inner circle discusses the questions. The outer circle listens.',
      },
      {
        name: 'Outer circle reflects',
        instructions: 'The outer circle reflects on what it heard. The inner circle listens.',
      },
      {
        name: 'Inner circle goes deeper',
        instructions: 'The inner circle responds to the reflections and goes deeper.',
      },
      {
        name: 'Outer circle adds',
        instructions: 'The outer circle adds what is still missing, especially good practices.',
      },
      { name: 'Everyone together', instructions: 'Everyone together: conclusions and what to share.' },
    ],
  },
};

const plan: { speaking: SpeakingCircle; minutes: number; questions: string[] }[] = [
  { speaking: 'inner', minutes: 20, questions: ['q1', 'q2', 'q3'] },
  { speaking: 'outer', minutes: 15, questions: ['q1', 'q2', 'q3'] },
  { speaking: 'inner', minutes: 15, questions: ['q1', 'q2', 'q3'] },
  { speaking: 'outer', minutes: 15, questions: ['q3'] },
  { speaking: 'everyone', minutes: 15, questions: ['q3'] },
];

/** The default five-phase evaluation aquarium, per DESIGN.md §2.1, in the session's language. */
export const defaultAquariumSetup = (language: Language): SessionSetup => {
  const t = text[language];
  const phases: Phase[] = plan.map((p, i) => ({
    id: `p${i + 1}`,
    name: t.phases[i]!.name,
    instructions: t.phases[i]!.instructions,
    speaking: p.speaking,
    plannedMinutes: p.minutes,
    questionIds: p.questions,
  }));
  return {
    title: '',
    project: '',
    region: '',
    date: '',
    place: '',
    language,
    method: 'aquarium',
    questions: t.questions.map((q, i) => ({ id: `q${i + 1}`, text: q })),
    stakeholderGroups: t.groups.map((name, i) => ({ id: `g${i + 1}`, name })),
    phases,
  };
};
