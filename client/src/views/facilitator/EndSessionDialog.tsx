import { useT } from '../../state/useT';
import { sendCommand } from '../../net/socket';
import { ConfirmButton } from '../capture/ConfirmButton';
import { focusWhenReady } from './cockpit/focus';

/** "End session", confirmed in a modal dialog: the session cannot be continued afterwards. */
export const EndSessionButton = () => {
  const t = useT();
  return (
    <ConfirmButton
      small={false}
      label={t('fac.end')}
      title={t('fac.endConfirmTitle')}
      body={t('fac.endConfirmBody')}
      confirm={t('fac.endConfirm')}
      onConfirm={() => {
        void sendCommand('session:end', {});
        // The summary editor takes the console: focus its heading, at the top, with publish in view.
        focusWhenReady('#summary-editor-title');
      }}
    />
  );
};
