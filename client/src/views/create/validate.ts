import type { SessionSetup } from '@aquarium/shared';
import type { MessageKey } from '../../i18n/t';

/** Problems a facilitator can fix in the form, in plain words (the server validates again). */
export const setupProblems = (setup: SessionSetup): MessageKey[] => {
  const problems: MessageKey[] = [];
  if (!setup.title.trim()) problems.push('create.err.title');
  if (setup.questions.length === 0 || setup.questions.some((q) => !q.text.trim()))
    problems.push('create.err.questions');
  if (setup.stakeholderGroups.length === 0 || setup.stakeholderGroups.some((g) => !g.name.trim())) {
    problems.push('create.err.groups');
  }
  const badPhase = (p: SessionSetup['phases'][number]) =>
    !p.name.trim() || !Number.isInteger(p.plannedMinutes) || p.plannedMinutes < 1 || p.plannedMinutes > 240;
  if (setup.phases.length === 0 || setup.phases.some(badPhase)) problems.push('create.err.phases');
  if (setup.method === 'smallGroups') {
    const questionIds = new Set(setup.questions.map((q) => q.id));
    const badStep = (p: SessionSetup['phases'][number]) =>
      !p.step || p.questionIds.length !== 1 || !questionIds.has(p.questionIds[0]!);
    if (setup.phases.some(badStep)) problems.push('create.err.steps');
    if ((setup.developmentThemes ?? []).some((developmentTheme) => !developmentTheme.name.trim()))
      problems.push('create.err.developmentThemes');
  }
  return problems;
};

/** Trims every text the way the server's schema will, so what is shown is what is stored. */
export const trimSetup = (setup: SessionSetup): SessionSetup => {
  const { developmentThemes, ...rest } = setup;
  return {
    ...rest,
    title: setup.title.trim(),
    project: setup.project.trim(),
    region: setup.region.trim(),
    place: setup.place.trim(),
    ...(setup.organiser !== undefined ? { organiser: setup.organiser.trim() } : {}),
    questions: setup.questions.map((q) => ({ ...q, text: q.text.trim() })),
    stakeholderGroups: setup.stakeholderGroups.map((g) => ({ ...g, name: g.name.trim() })),
    phases: setup.phases.map((p) => ({ ...p, name: p.name.trim(), instructions: p.instructions.trim() })),
    // Development themes belong to the small-group method only.
    ...(setup.method === 'smallGroups'
      ? { developmentThemes: (developmentThemes ?? []).map((x) => ({ ...x, name: x.name.trim() })) }
      : {}),
  };
};
