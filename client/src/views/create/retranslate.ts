import { defaultAquariumSetup, type Language, type SessionSetup } from '@aquarium/shared';

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
  return {
    ...setup,
    language: to,
    questions: swap(setup.questions, from.questions, next.questions, 'text'),
    stakeholderGroups: swap(setup.stakeholderGroups, from.stakeholderGroups, next.stakeholderGroups, 'name'),
    phases: swap(swap(setup.phases, from.phases, next.phases, 'name'), from.phases, next.phases, 'instructions'),
  };
};
