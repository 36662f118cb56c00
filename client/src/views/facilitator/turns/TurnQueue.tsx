import { useEffect, useRef } from 'react';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { useStore } from '../../../state/store';
import { circleKey, usePersonLabels } from './labels';
import { moveItem } from './queueOrder';

const none: never[] = [];

/** The queue in order: give the turn, move up or down, or remove a request. */
export const TurnQueue = () => {
  const t = useT();
  const queue = useStore((s) => s.session?.turns.queue ?? none);
  const labels = usePersonLabels();
  const list = useRef<HTMLOListElement>(null);
  /** After a move, focus follows the moved person's button (React moves the row, which drops focus). */
  const refocus = useRef<string | null>(null);

  useEffect(() => {
    const key = refocus.current;
    if (!key || !list.current) return;
    refocus.current = null;
    const [id, dir] = key.split(':');
    const other = dir === 'up' ? 'down' : 'up';
    const find = (d: string) => list.current?.querySelector<HTMLButtonElement>(`[data-move="${id}:${d}"]`);
    const target = find(dir!);
    (target && !target.disabled ? target : find(other))?.focus();
  }, [queue]);

  const ids = queue.map((r) => r.participantId);
  const move = (index: number, delta: -1 | 1) => {
    refocus.current = `${ids[index]}:${delta < 0 ? 'up' : 'down'}`;
    void sendCommand('turn:reorder', { participantIds: moveItem(ids, index, delta) });
  };

  return (
    <section className="turn-queue" aria-labelledby="turn-queue-title">
      <h3 id="turn-queue-title">
        {t('turns.queue')} ({queue.length})
      </h3>
      {queue.length === 0 ? <p className="hint">{t('turns.queueEmpty')}</p> : null}
      <ol className="turn-queue__list" ref={list}>
        {queue.map((r, i) => {
          const person = labels[r.participantId];
          const name = person?.label ?? '';
          return (
            <li key={r.participantId} className="turn-queue__item" data-testid="turn-queue-item">
              <div className="turn-queue__who">
                <span className={person?.anonymous ? 'turn-queue__name is-anonymous' : 'turn-queue__name'}>{name}</span>
                <span className="turn-queue__meta">
                  {person?.group} · {t(circleKey(person?.circle ?? null))}
                  {r.emptyChair ? (
                    <strong className="turn-queue__chair">
                      {' · '}
                      {t('turns.emptyChairFlag')}
                    </strong>
                  ) : null}
                </span>
              </div>
              <div className="turn-queue__buttons">
                <button
                  type="button"
                  className="button button--small button--primary"
                  aria-label={t('turns.grantLabel', { name })}
                  onClick={() => void sendCommand('turn:grant', { participantId: r.participantId })}
                >
                  {t('turns.grant')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  data-move={`${r.participantId}:up`}
                  disabled={i === 0}
                  aria-label={t('turns.upLabel', { name })}
                  onClick={() => move(i, -1)}
                >
                  <span aria-hidden="true">▲ </span>
                  {t('turns.up')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  data-move={`${r.participantId}:down`}
                  disabled={i === queue.length - 1}
                  aria-label={t('turns.downLabel', { name })}
                  onClick={() => move(i, 1)}
                >
                  <span aria-hidden="true">▼ </span>
                  {t('turns.down')}
                </button>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={t('turns.dismissLabel', { name })}
                  onClick={() => void sendCommand('turn:dismiss', { participantId: r.participantId })}
                >
                  {t('turns.dismiss')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
};
