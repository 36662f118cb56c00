import { defaultAquariumSetup, type Language, type ProjectSettings, type ProjectView } from '@aquarium/shared';
import type { MessageKey } from '../../i18n/t';
import { setupProblems, trimSetup } from '../create/validate';

/** A new project's form: the default set-up in the UI's language, the years from this one on. */
export const newProjectSettings = (language: Language, now = new Date()): ProjectSettings => {
  const year = now.getFullYear();
  return {
    name: '',
    organisation: '',
    years: { from: year, to: year + 2 },
    language,
    setup: { ...defaultAquariumSetup(language), title: '' },
    footer: '',
  };
};

/**
 * The form of an existing project: what is stored (the funding mark stays unless changed). A sessions' title that is
 * the project's name follows the name when it is changed.
 */
export const settingsOf = (project: ProjectView): ProjectSettings => ({
  name: project.name,
  organisation: project.organisation,
  years: project.years,
  language: project.language,
  setup: project.setup.title === project.name ? { ...project.setup, title: '' } : project.setup,
  footer: project.footer,
});

/**
 * What the server will store: texts trimmed; each session's default title is the project's name unless one was
 * typed, and the set-up names the project.
 */
export const trimSettings = (settings: ProjectSettings): ProjectSettings => {
  const name = settings.name.trim();
  const setup = trimSetup({ ...settings.setup, language: settings.language, project: name });
  return {
    ...settings,
    name,
    organisation: settings.organisation.trim(),
    footer: (settings.footer ?? '').trim(),
    setup: { ...setup, title: setup.title || name },
  };
};

const validYear = (y: number) => Number.isInteger(y) && y >= 2000 && y <= 2100;

/** Problems the owner can fix in the form, in plain words (the server validates again). */
export const settingsProblems = (settings: ProjectSettings): MessageKey[] => {
  const problems: MessageKey[] = [];
  if (!settings.name.trim()) problems.push('project.err.name');
  const { from, to } = settings.years;
  if (!validYear(from) || !validYear(to) || from > to) problems.push('project.err.years');
  // The title is the project's name when empty: a missing name is already said above.
  return [...problems, ...setupProblems(settings.setup).filter((p) => p !== 'create.err.title')];
};
