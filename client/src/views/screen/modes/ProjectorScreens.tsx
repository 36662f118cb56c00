import { JoinCode } from '../../../components/JoinCode';
import { useT } from '../../../state/useT';
import { useStore } from '../../../state/store';
import { ScreenSummaryQr } from '../../summary/ScreenSummaryQr';
import { FitScale } from './FitScale';

/** A pause: nothing but a quiet word, so the room looks at the people. */
export const BlankScreen = () => {
  const t = useT();
  const title = useStore((s) => s.session?.setup.title ?? '');
  return (
    <div className="screen screen--blank" data-testid="screen-blank">
      <h1 className="visually-hidden">{title}</h1>
      <p className="screen__blank">{t('screen.blank')}</p>
    </div>
  );
};

/** The join code and its QR code, as large as the screen allows. */
export const JoinScreen = () => {
  const t = useT();
  const code = useStore((s) => s.session?.joinCode ?? '');
  const title = useStore((s) => s.session?.setup.title ?? '');
  return (
    <div className="screen screen--center screen--join" data-testid="screen-join">
      <FitScale className="screen__fit" watch={title}>
        <p className="screen__title">{title}</p>
        <h1 className="screen__lead">{t('screen.joinTitle')}</h1>
        <JoinCode code={code} className="join-code--screen join-code--big" />
      </FitScale>
    </div>
  );
};

/** The published summary's QR code: phones that scan it get the summary. */
export const SummaryQrScreen = () => {
  const t = useT();
  const title = useStore((s) => s.session?.setup.title ?? '');
  return (
    <div className="screen screen--center" data-testid="screen-summary">
      <FitScale className="screen__fit" watch={title}>
        <p className="screen__title">{title}</p>
        <h1 className="screen__lead">{t('summary.editor')}</h1>
        <ScreenSummaryQr />
      </FitScale>
    </div>
  );
};
