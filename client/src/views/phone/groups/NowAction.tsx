import type { GroupStep, SmallGroup } from '@aquarium/shared';
import { useId } from 'react';
import type { MessageKey } from '../../../i18n/t';
import { useT } from '../../../state/useT';
import { useStore } from '../../../state/store';
import { sendGroup, useGroupQuestion } from './groupState';

/** Takes focus (and the view) to the step's control further down, as the aquarium's "write a thought" button does. */
const focusFirst = (selector: string) => {
  const target = document.querySelector<HTMLElement>(selector);
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
};

/** The step's one action for me, as a button at the top of the phone: where it leads, and its label. */
const actions: Partial<Record<GroupStep, { who: 'all' | 'chair'; label: MessageKey; target: string }>> = {
  write: { who: 'all', label: 'groups.soloThought.title', target: '[data-testid="solo-thought-input"]' },
  present: { who: 'chair', label: 'groups.act.present', target: '[data-testid="present-list"] button' },
  choose: { who: 'chair', label: 'groups.act.choose', target: '[data-testid="new-point-input"]' },
  record: { who: 'chair', label: 'groups.act.record', target: '[data-testid="record-input"]' },
};

interface Props {
  group: SmallGroup;
  questionId: string;
  step: GroupStep;
  isChair: boolean;
}

/**
 * The group's work on the question is done: its record is returned, and (for the chair, who may still change it) as
 * it stands. The time it was returned, else null.
 */
export const useReturnedAt = (group: SmallGroup, questionId: string, step: GroupStep, isChair: boolean) => {
  const { record } = useGroupQuestion(group.id, questionId);
  return step === 'record' && record.returnedAt !== null && (!isChair || record.returned === record.draft)
    ? record.returnedAt
    : null;
};

/**
 * What I can do now in my group's step, at the top of the phone (the first screen at 320 px and 200 % text): a button
 * that takes me to the step's control; once the record is returned, that it is, with the time.
 */
export const StepAction = ({ group, questionId, step, isChair }: Props) => {
  const t = useT();
  const language = useStore((s) => s.language);
  const returnedAt = useReturnedAt(group, questionId, step, isChair);
  if (returnedAt !== null) {
    const time = new Date(returnedAt).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });
    return (
      <p className="group-now__done" data-testid="group-returned">
        <span aria-hidden="true">✓ </span>
        {t('groups.record.returned', { time })}
      </p>
    );
  }
  const action = actions[step];
  if (!action || (action.who === 'chair' && !isChair)) return null;
  return (
    <button
      type="button"
      className="button button--primary button--wide group-now__action"
      data-testid="step-action"
      onClick={() => focusFirst(action.target)}
    >
      {t(action.label)}
    </button>
  );
};

/** A group without a chair: taking it is the thing to do, first on the screen; why, below the button. */
export const ClaimChair = () => {
  const t = useT();
  const id = useId();
  return (
    <div className="group-now__claim">
      <button
        type="button"
        className="button button--primary button--wide"
        aria-describedby={`${id}-why`}
        onClick={() => void sendGroup('group:claimChair', {})}
      >
        {t('groups.claimChair')}
      </button>
      <p id={`${id}-why`}>
        {t('groups.noChair')} <span className="hint">{t('groups.chairHint')}</span>
      </p>
    </div>
  );
};
