import type { GroupStep, Language, Method, Phase, SessionSetup, SpeakingCircle } from './setup.js';

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
  sv: {
    questions: [
      'Vad fungerade bäst och var nåddes målen? Vad bidrog till det?',
      'Var fungerade det inte och var nåddes inte målen? Vad berodde det på?',
      'Vilka goda praxis ska delas så att alla kan använda dem, och hur?',
    ],
    groups: [
      'Klient eller erfarenhetsexpert',
      'Anställd',
      'Chef eller ledning',
      'Samarbetspartner',
      'Projektpersonal',
      'Annan',
    ],
    phases: [
      {
        name: 'Innercirkeln diskuterar',
        instructions: 'Innercirkeln diskuterar utvärderingsfrågorna. Yttercirkeln lyssnar.',
      },
      {
        name: 'Yttercirkeln reflekterar',
        instructions: 'Yttercirkeln reflekterar över det den hört. Innercirkeln lyssnar.',
      },
      {
        name: 'Innercirkeln svarar och fördjupar',
        instructions: 'Innercirkeln svarar på yttercirkelns reflektioner och fördjupar diskussionen.',
      },
      {
        name: 'Yttercirkeln kompletterar',
        instructions: 'Yttercirkeln lägger till det som ännu saknas, särskilt goda praxis.',
      },
      { name: 'Gemensam diskussion', instructions: 'Alla tillsammans: slutsatser och vad som ska delas med andra.' },
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

interface StepText {
  name: string;
  instructions: string;
}

const stepText: Record<Language, Record<GroupStep, StepText>> = {
  fi: {
    write: {
      name: 'kirjoitetaan yksin',
      instructions: 'Jokainen kirjoittaa omat ajatuksensa puhelimeen. Muut eivät näe niitä vielä.',
    },
    present: {
      name: 'esitellään vuorotellen',
      instructions: 'Jokainen esittelee vuorollaan omat ajatuksensa ryhmälle.',
    },
    choose: {
      name: 'valitaan yhdessä',
      instructions: 'Ryhmä valitsee yhdessä tärkeimmät asiat. Puheenjohtaja kokoaa ne.',
    },
    record: {
      name: 'kirjataan ja palautetaan',
      instructions: 'Puheenjohtaja kirjaa ryhmän yhteenvedon ja palauttaa sen ohjaajalle.',
    },
  },
  sv: {
    write: {
      name: 'skriv på egen hand',
      instructions: 'Var och en skriver sina egna tankar i telefonen. De andra ser dem inte ännu.',
    },
    present: {
      name: 'presentera i tur och ordning',
      instructions: 'Var och en presenterar i tur och ordning sina tankar för gruppen.',
    },
    choose: {
      name: 'välj tillsammans',
      instructions: 'Gruppen väljer tillsammans ut de viktigaste sakerna. Ordföranden samlar dem.',
    },
    record: {
      name: 'skriv ner och lämna in',
      instructions: 'Ordföranden skriver gruppens sammanfattning och lämnar in den till handledaren.',
    },
  },
  en: {
    write: {
      name: 'write alone',
      instructions: 'Everyone writes their own thoughts on their phone. No one else sees them yet.',
    },
    present: { name: 'present in turn', instructions: 'Each member presents their own thoughts to the group in turn.' },
    choose: {
      name: 'choose together',
      instructions: 'The group chooses the most important points together. The chair gathers them.',
    },
    record: {
      name: 'record and return',
      instructions: 'The chair records the group summary and returns it to the lead.',
    },
  },
};

const stepMinutes: Record<GroupStep, number> = { write: 5, present: 10, choose: 10, record: 5 };
const questionLabel: Record<Language, string> = { fi: 'Kysymys', sv: 'Fråga', en: 'Question' };

/** The four steps on one question, with default minutes, in the session's language. */
export const questionSteps = (language: Language, questionId: string, number: number): Phase[] =>
  (['write', 'present', 'choose', 'record'] as const).map((step) => ({
    id: `${questionId}-${step}`,
    name: `${questionLabel[language]} ${number}: ${stepText[language][step].name}`,
    instructions: stepText[language][step].instructions,
    speaking: 'everyone',
    step,
    plannedMinutes: stepMinutes[step],
    questionIds: [questionId],
  }));

/** The default small-group method (DESIGN.md §2.2): four steps on each of the three questions. */
export const defaultSmallGroupSetup = (language: Language): SessionSetup => {
  const base = defaultAquariumSetup(language);
  return {
    ...base,
    method: 'smallGroups',
    developmentThemes: [],
    phases: base.questions.flatMap((q, i) => questionSteps(language, q.id, i + 1)),
  };
};

/** The default set-up of a method. */
export const defaultSetup = (method: Method, language: Language): SessionSetup =>
  method === 'smallGroups' ? defaultSmallGroupSetup(language) : defaultAquariumSetup(language);

/** Names the server gives groups it forms: "Ryhmä 2", and "Muut" for people without a theme. */
export const groupNaming: Record<Language, { numbered: (n: number) => string; others: string }> = {
  fi: { numbered: (n) => `Ryhmä ${n}`, others: 'Muut' },
  sv: { numbered: (n) => `Grupp ${n}`, others: 'Övriga' },
  en: { numbered: (n) => `Group ${n}`, others: 'Others' },
};
