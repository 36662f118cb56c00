import {
  defaultAquariumSetup,
  dropQuestion,
  nextId,
  questionSteps,
  type GroupStep,
  type Language,
  type Method,
  type Phase,
  type Question,
  type SessionSetup,
} from '@aquarium/shared';

/** The most phases (steps) a plan may have: the schema's limit. */
export const maxPhases = 40;
/** The most questions a session may have. */
export const maxQuestions = 10;

/** The default name and instructions of one step on the question at `number` (1-based). */
export const stepDefaults = (
  language: Language,
  step: GroupStep,
  questionId: string,
  number: number,
): { name: string; instructions: string } => {
  const found = questionSteps(language, questionId, number).find((p) => p.step === step)!;
  return { name: found.name, instructions: found.instructions };
};

const numberOf = (questions: readonly Question[], questionId: string | undefined) =>
  questions.findIndex((q) => q.id === questionId) + 1;

/**
 * A method's default plan for the questions the form has now: the five aquarium phases (their focus kept
 * to questions that still exist), or the four small-group steps on each question.
 */
export const methodPlan = (method: Method, language: Language, questions: readonly Question[]): Phase[] => {
  if (method === 'smallGroups') return questions.flatMap((q, i) => questionSteps(language, q.id, i + 1));
  const known = new Set(questions.map((q) => q.id));
  return defaultAquariumSetup(language).phases.map((p) => ({
    ...p,
    questionIds: p.questionIds.filter((id) => known.has(id)),
  }));
};

/** Whether the plan is still the method's default one (nothing in it edited by hand). */
export const planIsDefault = (setup: SessionSetup): boolean =>
  JSON.stringify(setup.phases) === JSON.stringify(methodPlan(setup.method, setup.language, setup.questions));

/**
 * Switches the method: the questions and stakeholder groups stay, the plan becomes the new method's default
 * one. Development themes belong to the small-group method; they stay in the form (and come back with it)
 * but an aquarium is created without them (`trimSetup`).
 */
export const switchMethod = (setup: SessionSetup, method: Method): SessionSetup => {
  if (setup.method === method) return setup;
  return {
    ...setup,
    method,
    phases: methodPlan(method, setup.language, setup.questions),
    ...(method === 'smallGroups' ? { developmentThemes: setup.developmentThemes ?? [] } : {}),
  };
};

/**
 * Changes a step's kind or question. A name or instructions still at their default follow the change
 * ("Question 1: write alone" becomes "Question 2: write alone"); text typed by hand stays.
 */
export const updateStep = (
  setup: SessionSetup,
  phaseId: string,
  change: { step?: GroupStep; questionId?: string },
): Phase[] =>
  setup.phases.map((p) => {
    if (p.id !== phaseId || !p.step) return p;
    const step = change.step ?? p.step;
    const questionId = change.questionId ?? p.questionIds[0] ?? '';
    const before = stepDefaults(
      setup.language,
      p.step,
      p.questionIds[0] ?? '',
      numberOf(setup.questions, p.questionIds[0]),
    );
    const after = stepDefaults(setup.language, step, questionId, numberOf(setup.questions, questionId));
    return {
      ...p,
      step,
      questionIds: questionId ? [questionId] : [],
      name: p.name === before.name ? after.name : p.name,
      instructions: p.instructions === before.instructions ? after.instructions : p.instructions,
    };
  });

/** A new step at the end of a small-group plan: writing alone on the first question. */
export const newStep = (setup: SessionSetup): Phase => {
  const question = setup.questions[0];
  const defaults = stepDefaults(setup.language, 'write', question?.id ?? '', 1);
  return {
    id: nextId('s', setup.phases),
    ...defaults,
    speaking: 'everyone',
    step: 'write',
    plannedMinutes: 5,
    questionIds: question ? [question.id] : [],
  };
};

/** Adds an empty question; in the small-group method also its four steps, while the plan has room. */
export const addQuestion = (setup: SessionSetup): Partial<SessionSetup> => {
  const question = { id: nextId('q', setup.questions), text: '' };
  const questions = [...setup.questions, question];
  if (setup.method !== 'smallGroups') return { questions };
  const steps = questionSteps(setup.language, question.id, questions.length);
  const taken = new Set(setup.phases.map((p) => p.id));
  const fits = setup.phases.length + steps.length <= maxPhases && steps.every((s) => !taken.has(s.id));
  return { questions, phases: fits ? [...setup.phases, ...steps] : setup.phases };
};

/**
 * Removes a question. An aquarium phase only loses it from its focus; a small-group step on it goes, and
 * the steps of the questions after it that still have default names are renumbered.
 */
export const removeQuestion = (setup: SessionSetup, questionId: string): Partial<SessionSetup> => {
  const questions = setup.questions.filter((q) => q.id !== questionId);
  if (setup.method !== 'smallGroups') return { questions, phases: dropQuestion(setup.phases, questionId) };
  const phases = setup.phases
    .filter((p) => !p.questionIds.includes(questionId))
    .map((p) => {
      const q = p.questionIds[0];
      if (!p.step || !q) return p;
      const before = stepDefaults(setup.language, p.step, q, numberOf(setup.questions, q));
      const after = stepDefaults(setup.language, p.step, q, numberOf(questions, q));
      return p.name === before.name ? { ...p, name: after.name } : p;
    });
  return { questions, phases };
};
