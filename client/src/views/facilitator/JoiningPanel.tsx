import { JoinCode } from '../../components/JoinCode';
import { useT } from '../../state/useT';
import { sendCommand } from '../../net/socket';
import { useStore } from '../../state/store';

/** The join code and QR while joining is open, and the switch that opens or closes it. */
export const JoiningPanel = () => {
  const t = useT();
  const code = useStore((s) => s.session?.joinCode ?? '');
  const open = useStore((s) => s.session?.joiningOpen ?? false);
  const ended = useStore((s) => s.session?.status === 'ended');
  return (
    <section className="card" aria-labelledby="joining-title">
      <h2 id="joining-title">{t('fac.joining')}</h2>
      <p className="status-text">{open ? t('fac.joiningOpen') : t('fac.joiningClosed')}</p>
      {open ? <JoinCode code={code} /> : null}
      {ended ? null : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void sendCommand('joining:set', { open: !open })}
        >
          {open ? t('fac.closeJoining') : t('fac.openJoining')}
        </button>
      )}
    </section>
  );
};
