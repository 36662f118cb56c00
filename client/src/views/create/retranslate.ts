import { defaultAquariumSetup, type Language, type Phase, type SessionSetup } from '@aquarium/shared';
import { stepDefaults } from './methodPlan';

/** A small-group step's name and instructions follow the language while they are still the defaults. */
const swapStep = (setup: SessionSetup, phase: Phase, to: Language): Phase => {
  const questionId = phase.questionIds[0];
  if (!phase.step || !questionId) return phase;
  const number = setup.questions.findIndex((q) => q.id === questionId) + 1;
  const from = stepDefaults(setup.language, phase.step, questionId, number);
  const next = stepDefaults(to, phase.step, questionId, number);
  return {
    ...phase,
    name: phase.name === from.name ? next.name : phase.name,
    instructions: phase.instructions === from.instructions ? next.instructions : phase.instructions,
  };
};

/**
 * Switches the session's language, replacing only the default texts the facilitator has not edited
 * (matched by id and exact text); anything typed by hand stays as it is.
 */
export const switchSetupLanguage = (setup: SessionSetup, to: Language): SessionSetup => {
  if (setup.language === to) return setup;
  const from = defaultAquariumSetup(setup.language);
  const next = defaultAquariumSetup(to);
  const swap = <T extends { id: string }>(items: T[], fromItems: T[], nextItems: T[], field: keyof T & string): T[] =>
    items.map((item) => {
      const old = fromItems.find((x) => x.id === item.id);
      const fresh = nextItems.find((x) => x.id === item.id);
      return old && fresh && old[field] === item[field] ? { ...item, [field]: fresh[field] } : item;
    });
  const phases =
    setup.method === 'smallGroups'
      ? setup.phases.map((p) => swapStep(setup, p, to))
      : swap(swap(setup.phases, from.phases, next.phases, 'name'), from.phases, next.phases, 'instructions');
  return {
    ...setup,
    language: to,
    questions: swap(setup.questions, from.questions, next.questions, 'text'),
    stakeholderGroups: swap(setup.stakeholderGroups, from.stakeholderGroups, next.stakeholderGroups, 'name'),
    phases,
  };
};
