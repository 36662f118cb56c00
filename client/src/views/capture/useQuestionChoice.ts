import { useState } from 'react';
import { useStore } from '../../state/store';
import { useDefaultQuestionId } from './captureSelectors';

/**
 * The question a writer has chosen, which follows the phase: a new phase puts the question in focus
 * back in the select, so a note is not filed under the last phase's question by accident.
 */
export const useQuestionChoice = (): [string, (questionId: string) => void] => {
  const phase = useStore((s) => s.session?.currentPhase ?? null);
  const fallback = useDefaultQuestionId();
  const [choice, setChoice] = useState<{ phase: number | null; questionId: string } | null>(null);
  const questionId = choice && choice.phase === phase ? choice.questionId : fallback;
  return [questionId, (id) => setChoice({ phase, questionId: id })];
};
