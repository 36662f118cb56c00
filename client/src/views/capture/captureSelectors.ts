import { focusQuestions, type Question, type Theme } from '@aquarium/shared';
import { useShallow } from 'zustand/react/shallow';
import type { T } from '../../state/useT';
import { useStore } from '../../state/store';

const noQuestions: Question[] = [];

export const useQuestions = (): Question[] => useStore((s) => s.session?.setup.questions ?? noQuestions);

/** The question a new note or thought goes under: the first in focus now, or the first of all. */
export const useDefaultQuestionId = (): string =>
  useStore((s) => {
    if (!s.session) return '';
    return focusQuestions(s.session)[0]?.id ?? s.session.setup.questions[0]?.id ?? '';
  });

/** Themes of one question in the order they were made. */
export const useThemesOf = (questionId: string): Theme[] =>
  useStore(
    useShallow((s) =>
      Object.values(s.session?.themes ?? {})
        .filter((th) => th.questionId === questionId)
        .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)),
    ),
  );

/** "Question 2", by the question's place in the setup. */
export const questionNumber = (questions: Question[], id: string): number =>
  questions.findIndex((q) => q.id === id) + 1;

export const questionLabel = (t: T, questions: Question[], id: string): string =>
  t('capture.questionN', { n: questionNumber(questions, id) });

export const useGroupName = (stakeholderGroupId: string): string =>
  useStore((s) => s.session?.setup.stakeholderGroups.find((g) => g.id === stakeholderGroupId)?.name ?? '');
