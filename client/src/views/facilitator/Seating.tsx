import { useT } from '../../i18n/useT';
import { sendCommand } from '../../net/socket';
import { useParticipants } from '../../state/selectors';
import { useStore } from '../../state/store';
import { ParticipantRow } from './ParticipantRow';

/** Who is here, in which circle, online or not; seat people one by one or balance the circles. */
export const Seating = () => {
  const t = useT();
  const participants = useParticipants();
  const ended = useStore((s) => s.session?.status === 'ended');
  const count = (circle: 'inner' | 'outer' | null) => participants.filter((p) => p.circle === circle).length;

  return (
    <section className="card" aria-labelledby="seating-title">
      <h2 id="seating-title">{t('fac.seating')}</h2>
      <p className="seating__counts" data-testid="circle-counts">
        {t('fac.counts', { inner: count('inner'), outer: count('outer'), none: count(null) })}
      </p>
      {ended ? null : (
        <div className="seating__balance">
          <button
            type="button"
            className="button"
            aria-describedby="balance-hint"
            disabled={participants.length === 0}
            onClick={() => void sendCommand('circles:balance', {})}
          >
            {t('fac.balance')}
          </button>
          <p id="balance-hint" className="hint">
            {t('fac.balanceHint')}
          </p>
        </div>
      )}
      {participants.length === 0 ? (
        <p>{t('fac.noParticipants')}</p>
      ) : (
        <div className="table-wrap">
          <table className="seating-table">
            <thead>
              <tr>
                <th scope="col">{t('fac.col.name')}</th>
                <th scope="col">{t('fac.col.group')}</th>
                <th scope="col">{t('fac.col.circle')}</th>
                <th scope="col">{t('fac.col.status')}</th>
                {ended ? null : <th scope="col">{t('fac.col.move')}</th>}
              </tr>
            </thead>
            <tbody>
              {participants.map((p, i) => (
                <ParticipantRow key={p.id} participant={p} number={i + 1} editable={!ended} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
