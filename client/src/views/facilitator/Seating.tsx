import type { Circle } from '@aquarium/shared';
import { useId, useMemo, useState } from 'react';
import { useT } from '../../state/useT';
import { sendCommand } from '../../net/socket';
import { useParticipants } from '../../state/selectors';
import { useStore } from '../../state/store';
import { ParticipantRow } from './ParticipantRow';

type CircleFilter = 'all' | Circle | 'none';
const DEFAULT_INNER = 6;

/**
 * Who is here, in which circle, online or not. Fill an inner circle of a chosen size mixing stakeholder groups (or
 * split everyone evenly), move a person with one press, and find anyone among 200 by name, group or circle.
 */
export const Seating = () => {
  const t = useT();
  const id = useId();
  const participants = useParticipants();
  const groups = useStore((s) => s.session?.setup.stakeholderGroups ?? []);
  const ended = useStore((s) => s.session?.status === 'ended');
  const [size, setSize] = useState(DEFAULT_INNER);
  const [query, setQuery] = useState('');
  const [group, setGroup] = useState('all');
  const [circle, setCircle] = useState<CircleFilter>('all');
  const count = (c: Circle | null) => participants.filter((p) => p.circle === c).length;

  const numbered = useMemo(() => participants.map((p, i) => ({ p, number: i + 1 })), [participants]);
  const needle = query.trim().toLocaleLowerCase();
  const shown = numbered.filter(
    ({ p, number }) =>
      (group === 'all' || p.stakeholderGroupId === group) &&
      (circle === 'all' || (circle === 'none' ? p.circle === null : p.circle === circle)) &&
      (!needle || (p.displayName ?? t('fac.anonymous', { n: number })).toLocaleLowerCase().includes(needle)),
  );

  return (
    <section className="card seating" aria-labelledby="seating-title" data-testid="seating">
      <h2 id="seating-title">{t('fac.seating')}</h2>
      <p className="seating__counts" data-testid="circle-counts" aria-live="polite">
        {t('fac.counts', { inner: count('inner'), outer: count('outer'), none: count(null) })}
      </p>
      {ended ? null : (
        <div className="seating__balance">
          <div className="field seating__size">
            <label htmlFor={`${id}-size`}>{t('cockpit.seating.innerSize')}</label>
            <input
              id={`${id}-size`}
              type="number"
              min={1}
              max={Math.max(1, participants.length)}
              value={size}
              onChange={(e) => setSize(Math.max(1, Math.round(Number(e.target.value) || 1)))}
              aria-describedby={`${id}-fill-hint`}
            />
          </div>
          <button
            type="button"
            className="button button--primary"
            disabled={participants.length === 0}
            aria-describedby={`${id}-fill-hint`}
            onClick={() => void sendCommand('circles:balance', { innerSize: size })}
          >
            {t('cockpit.seating.fill')}
          </button>
          <button
            type="button"
            className="button"
            aria-describedby="balance-hint"
            disabled={participants.length === 0}
            onClick={() => void sendCommand('circles:balance', {})}
          >
            {t('fac.balance')}
          </button>
          <p id={`${id}-fill-hint`} className="hint">
            {t('cockpit.seating.fillHint')}
          </p>
          <p id="balance-hint" className="hint">
            {t('fac.balanceHint')}
          </p>
        </div>
      )}
      {participants.length === 0 ? (
        <p>{t('fac.noParticipants')}</p>
      ) : (
        <>
          <div className="seating__filters" role="search">
            <div className="field">
              <label htmlFor={`${id}-q`}>{t('cockpit.seating.search')}</label>
              <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-g`}>{t('cockpit.seating.filterGroup')}</label>
              <select id={`${id}-g`} value={group} onChange={(e) => setGroup(e.target.value)}>
                <option value="all">{t('cockpit.seating.all')}</option>
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-c`}>{t('cockpit.seating.filterCircle')}</label>
              <select id={`${id}-c`} value={circle} onChange={(e) => setCircle(e.target.value as CircleFilter)}>
                <option value="all">{t('cockpit.seating.all')}</option>
                <option value="inner">{t('circle.inner')}</option>
                <option value="outer">{t('circle.outer')}</option>
                <option value="none">{t('circle.none')}</option>
              </select>
            </div>
            <p className="hint seating__shown" aria-live="polite" data-testid="seating-shown">
              {t('cockpit.seating.shown', { shown: shown.length, total: participants.length })}
            </p>
          </div>
          {shown.length === 0 ? (
            <p>{t('cockpit.seating.none')}</p>
          ) : (
            <div className="table-wrap seating__table">
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
                  {shown.map(({ p, number }) => (
                    <ParticipantRow key={p.id} participant={p} number={number} editable={!ended} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
};
