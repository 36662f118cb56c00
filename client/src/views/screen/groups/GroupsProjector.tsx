import { Countdown } from '../../../components/Countdown';
import { JoinCode } from '../../../components/JoinCode';
import { FocusQuestions, PhaseIndicator } from '../../../components/PhaseInfo';
import { namesStep, stepKey } from '../../../components/stepLabel';
import { useT } from '../../../state/useT';
import { usePhase } from '../../../state/selectors';
import { useStore } from '../../../state/store';
import { ScreenCapture } from '../capture/ScreenCapture';
import { ScreenGroups } from './ScreenGroups';
import { ShownRecord } from './ShownRecord';

/** More groups than this get a lower header, so that their rows fit below it. */
const MANY = 4;

/** The projector in the small-group method while a step runs: the step, its question, the time, the groups. */
export const GroupsProjector = () => {
  const t = useT();
  const phase = usePhase();
  const code = useStore((s) => s.session?.joinCode ?? '');
  const joiningOpen = useStore((s) => s.session?.joiningOpen ?? false);
  const questionNumber = useStore((s) => {
    const id = phase?.questionIds[0];
    return (s.session?.setup.questions.findIndex((q) => q.id === id) ?? -1) + 1;
  });
  const many = useStore((s) => (s.session?.groups.order.length ?? 0) > MANY);
  const showing = useStore((s) => (s.session?.groups.shown ?? null) !== null);
  if (!phase) return null;
  return (
    <div className={`screen screen--running screen--groups${many ? ' screen--groups-many' : ''}`}>
      <div className="screen__main" aria-live="polite" aria-atomic="false">
        <PhaseIndicator className="screen__phase" />
        <h1 className="screen__phase-name" data-testid="phase-name">
          {phase.name}
        </h1>
        {phase.step && !namesStep(phase.name, t(stepKey[phase.step])) ? (
          <p className="screen-step" data-testid="screen-step">
            {t(stepKey[phase.step])}
          </p>
        ) : null}
        {phase.instructions ? (
          <p className="screen-step__instructions" data-testid="screen-instructions">
            {phase.instructions}
          </p>
        ) : null}
        <FocusQuestions
          className="focus--screen"
          title={questionNumber > 0 ? t('lead.questionStatus', { n: questionNumber }) : undefined}
        />
      </div>
      <div className="screen__side">
        <Countdown className="countdown--screen" />
        {joiningOpen ? <JoinCode code={code} className="join-code--screen" /> : null}
      </div>
      <div className="screen-groups__wrap">{showing ? <ShownRecord /> : <ScreenGroups />}</div>
      <ScreenCapture />
    </div>
  );
};
