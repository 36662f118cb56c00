import type { Circle, Participant } from '@aquarium/shared';
import { useT } from '../../state/useT';
import { sendCommand } from '../../net/socket';
import { useStore } from '../../state/store';
import { useRef } from 'react';

interface Props {
  participant: Participant;
  /** Join order, for the label of someone who chose to stay anonymous. */
  number: number;
  editable: boolean;
}

const circleKey = (c: Circle | null) =>
  c === 'inner' ? 'circle.inner' : c === 'outer' ? 'circle.outer' : 'circle.none';

export const ParticipantRow = ({ participant: p, number, editable }: Props) => {
  const t = useT();
  const group = useStore(
    (s) => s.session?.setup.stakeholderGroups.find((g) => g.id === p.stakeholderGroupId)?.name ?? '',
  );
  const online = useStore((s) => s.presence?.participantIds.includes(p.id) ?? false);
  const name = p.displayName ?? t('fac.anonymous', { n: number });
  const row = useRef<HTMLTableRowElement>(null);
  const seat = (circle: Circle | null) => {
    void sendCommand('participant:seat', { participantId: p.id, circle });
    // The pressed button turns off: focus goes on to the same button of the next row (seating many people in a
    // row), or to another button of this row.
    const kind = circle ?? 'none';
    const next = row.current?.nextElementSibling?.querySelector<HTMLButtonElement>(`[data-seat="${kind}"]`);
    const here = row.current?.querySelector<HTMLButtonElement>(`[data-seat]:not([data-seat="${kind}"]):not(:disabled)`);
    (next && !next.disabled ? next : here)?.focus();
  };

  return (
    <tr data-testid="participant-row" ref={row}>
      <th scope="row" className={p.displayName ? undefined : 'is-anonymous'}>
        {name}
      </th>
      <td>{group}</td>
      <td>{t(circleKey(p.circle))}</td>
      <td className={online ? 'presence is-online' : 'presence is-offline'}>
        <span aria-hidden="true">{online ? '● ' : '○ '}</span>
        {online ? t('fac.online') : t('fac.offline')}
      </td>
      {editable ? (
        <td>
          <div className="seat-buttons">
            <button
              type="button"
              className="button button--small"
              data-seat="inner"
              disabled={p.circle === 'inner'}
              aria-label={t('fac.moveInner', { name })}
              onClick={() => seat('inner')}
            >
              {t('circle.inner')}
            </button>
            <button
              type="button"
              className="button button--small"
              data-seat="outer"
              disabled={p.circle === 'outer'}
              aria-label={t('fac.moveOuter', { name })}
              onClick={() => seat('outer')}
            >
              {t('circle.outer')}
            </button>
            <button
              type="button"
              className="button button--small button--secondary"
              data-seat="none"
              disabled={p.circle === null}
              aria-label={t('fac.moveNone', { name })}
              onClick={() => seat(null)}
            >
              {t('fac.unseat')}
            </button>
          </div>
        </td>
      ) : null}
    </tr>
  );
};
