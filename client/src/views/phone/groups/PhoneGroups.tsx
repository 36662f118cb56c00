import type { GroupStep, SmallGroup } from '@aquarium/shared';
import { Countdown } from '../../../components/Countdown';
import { FocusQuestions, PhaseIndicator } from '../../../components/PhaseInfo';
import type { MessageKey } from '../../../i18n/t';
import { useT } from '../../../state/useT';
import { usePhase, useStatus } from '../../../state/selectors';
import { useStore } from '../../../state/store';
import '../../capture/styles';
import { PhoneSummary } from '../../summary/PhoneSummary';
import { ChairAwayNotice } from './ChairAwayNotice';
import { ChooseStep } from './ChooseStep';
import { GroupCard } from './GroupCard';
import { useGroupStep, useMe, useMyGroup } from './groupState';
import { PresentStep } from './PresentStep';
import { RecordStep } from './RecordStep';
import { ClaimChair, StepAction, useReturnedAt } from './NowAction';
import { GroupCountdown, NextStepButton } from './StepControls';
import { WriteStep } from './WriteStep';
import './phoneGroups.css';
import './pace.css';

/** What to do now, one line: the chair's differs from the members' where the chair leads. */
const instruction: Record<GroupStep, { member: MessageKey; chair: MessageKey }> = {
  write: { member: 'groups.do.write', chair: 'groups.do.write' },
  present: { member: 'groups.do.present', chair: 'groups.do.presentChair' },
  choose: { member: 'groups.do.choose', chair: 'groups.do.chooseChair' },
  record: { member: 'groups.do.record', chair: 'groups.do.recordChair' },
};

/** The step's one line; once the record is returned, that the group's work on the question is done. */
const StepInstruction = ({
  group,
  questionId,
  step,
  isChair,
}: {
  group: SmallGroup;
  questionId: string | null;
  step: GroupStep;
  isChair: boolean;
}) => {
  const t = useT();
  const returned = useReturnedAt(group, questionId ?? '', step, isChair) !== null;
  return (
    <p className="group-step__do" data-testid="step-instruction">
      {t(returned ? 'groups.do.returned' : instruction[step][isChair ? 'chair' : 'member'])}
    </p>
  );
};

/**
 * The participant's phone in the small-group method (a lazy chunk, loaded only in such sessions): my group
 * and its chair, the step now on the question in focus, and what I (or as the chair, we) do in it.
 */
const PhoneGroups = () => {
  const t = useT();
  const status = useStatus();
  const phase = usePhase();
  const group = useMyGroup();
  const me = useMe();
  const running = status === 'running';
  // My group's own step: the chair may have moved it on ahead of the lead's.
  const own = useGroupStep(group?.id ?? null);
  const step = running ? (own?.step ?? phase?.step ?? null) : null;
  const questionId = own?.questionId ?? phase?.questionIds[0] ?? null;
  // Named as the plan names my group's step (the lead's step may be an earlier one).
  const stepPhase = useStore((s) =>
    own ? s.session?.setup.phases.find((p) => p.step === own.step && p.questionIds[0] === own.questionId) : undefined,
  );
  const isChair = group !== null && group.chairId === me;
  const chairAway = useStore((s) => (group ? group.id in (s.session?.groups.chairAway ?? {}) : false));
  const card = <GroupCard group={group} me={me} isChair={isChair} ended={status === 'ended'} />;
  // While the group works, the step comes first; who is in the group (and taking the chair) before that.
  const cardFirst = !running || !group?.chairId;
  const nowEmpty = status === 'lobby' && !group;

  return (
    <>
      {/* Read out when the step (or the chair) changes: what the group does now, and my one action first. */}
      <div
        className={nowEmpty ? 'visually-hidden' : 'phone__now group-now'}
        aria-live="polite"
        aria-atomic="true"
        data-testid="group-now"
      >
        {group && group.chairId === null && status !== 'ended' ? <ClaimChair /> : null}
        {status === 'ended' ? (
          <p className="phone__ended">{t('phone.ended')}</p>
        ) : status === 'lobby' ? (
          // Not in a group yet: the card below says what happens next (one thing at a time on a small screen).
          group ? (
            <p className="phone__waiting">{t('phone.waiting')}</p>
          ) : null
        ) : phase ? (
          <div className="phone__phase" data-testid="group-step" data-step={step ?? ''}>
            {step && group && questionId && group.chairId !== null ? (
              <StepAction group={group} questionId={questionId} step={step} isChair={isChair} />
            ) : null}
            {step && group ? (
              <StepInstruction group={group} questionId={questionId} step={step} isChair={isChair} />
            ) : null}
            <PhaseIndicator />
            <p className="phone__phase-name" data-testid="phase-name">
              {(stepPhase ?? phase).name}
            </p>
          </div>
        ) : null}
        {isChair && status !== 'ended' ? (
          <p className="chair-badge" data-testid="chair-badge">
            <span aria-hidden="true">★ </span>
            {t('groups.youChair')}
          </p>
        ) : null}
      </div>
      {group && running && chairAway ? <ChairAwayNotice group={group} me={me} /> : null}
      <PhoneSummary />
      {cardFirst ? card : null}
      {running ? (
        <>
          <FocusQuestions title={t('phone.questions')} />
          {group && questionId ? (
            <GroupCountdown smallGroupId={group.id} questionId={questionId} />
          ) : (
            <Countdown className="countdown--phone" />
          )}
        </>
      ) : null}
      {group && step && questionId ? (
        <div className="group-work">
          {step === 'write' ? (
            <WriteStep group={group} questionId={questionId} />
          ) : step === 'present' ? (
            <PresentStep group={group} questionId={questionId} isChair={isChair} />
          ) : step === 'choose' ? (
            <ChooseStep group={group} questionId={questionId} isChair={isChair} />
          ) : (
            <RecordStep key={`${group.id}:${questionId}`} group={group} questionId={questionId} isChair={isChair} />
          )}
          <NextStepButton questionId={questionId} step={step} isChair={isChair} />
        </div>
      ) : null}
      {cardFirst ? null : card}
    </>
  );
};

export default PhoneGroups;
