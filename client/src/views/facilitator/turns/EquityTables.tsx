import { participationByCircle, participationByGroup, type SessionState } from '@aquarium/shared';
import { formatTalkTime } from '../../../components/turns/talkTime';
import { useT } from '../../../state/useT';
import { ShareBar } from './ShareBar';
import { sharePercents } from './shares';

interface Row {
  key: string;
  name: string;
  present?: number;
  turns: number;
  talkMs: number;
}

/** One participation table: turns and talk time per row, with the share of talk time as a bar and a number. */
const ParticipationTable = ({ caption, head, rows }: { caption: string; head: string; rows: Row[] }) => {
  const t = useT();
  const shares = sharePercents(rows.map((r) => r.talkMs));
  const withPresent = rows.some((r) => r.present !== undefined);
  return (
    <div className="table-wrap">
      <table className="equity-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            {withPresent ? <th scope="col">{t('turns.col.present')}</th> : null}
            <th scope="col">{t('turns.col.turns')}</th>
            <th scope="col">{t('turns.col.talk')}</th>
            <th scope="col">{t('turns.col.share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.key} data-testid={`equity-row-${r.key}`}>
              <th scope="row">{r.name}</th>
              {withPresent ? <td className="num">{r.present}</td> : null}
              <td className="num" data-testid="equity-turns">
                {r.turns}
              </td>
              <td className="num">{formatTalkTime(r.talkMs)}</td>
              <td>
                <div className="equity-table__share">
                  <ShareBar percent={shares[i]!} />
                  <span className="num">{t('turns.percent', { n: shares[i]! })}</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

/** Turns and talk time by stakeholder group and by circle, live on the server's clock. */
export const EquityTables = ({ session, now }: { session: SessionState; now: number }) => {
  const t = useT();
  const groupNames = new Map(session.setup.stakeholderGroups.map((g) => [g.id, g.name]));
  const byGroup = participationByGroup(session, now).map((r) => ({ ...r, name: groupNames.get(r.key) ?? r.key }));
  const circles = participationByCircle(session, now);
  const byCircle = (['inner', 'outer'] as const).map((c) => ({
    key: c,
    name: t(c === 'inner' ? 'circle.inner' : 'circle.outer'),
    ...circles[c],
  }));
  return (
    <>
      <ParticipationTable caption={t('turns.byGroup')} head={t('turns.col.group')} rows={byGroup} />
      <ParticipationTable caption={t('turns.byCircle')} head={t('turns.col.circle')} rows={byCircle} />
    </>
  );
};
