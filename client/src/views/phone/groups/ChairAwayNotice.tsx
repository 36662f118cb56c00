import { chairGraceMs, type SmallGroup } from '@aquarium/shared';
import { useNow } from '../../../components/useNow';
import { useT } from '../../../state/useT';
import { useStore } from '../../../state/store';
import { sendGroup, useChairAway } from './groupState';

/**
 * The chair's connection dropped: every member sees it at once; after a short wait (in case they are right
 * back) anyone may take the chair, and the member next in turn is asked first. The group's work stays.
 */
export const ChairAwayNotice = ({ group, me }: { group: SmallGroup; me: string }) => {
  const t = useT();
  const away = useChairAway(group.id);
  const offset = useStore((s) => s.clockOffset);
  const waiting = away !== null && away.participantId === group.chairId;
  const now = useNow(500, waiting) + offset;
  if (!waiting || group.chairId === me) return null;
  // A little after the server's grace, so that a clock estimate a bit ahead does not offer a refused tap.
  const open = now - away.since >= chairGraceMs + 500;
  const offered = away.offeredTo === me;
  return (
    <section className="card chair-away" data-testid="chair-away" data-open={open} aria-labelledby="chair-away-title">
      <h2 id="chair-away-title">
        <span aria-hidden="true">! </span>
        {t('groups.chairAway.title')}
      </h2>
      {open ? (
        <>
          <p>
            {t(offered ? 'groups.chairAway.offer' : 'groups.chairAway.any')} {t('groups.chairAway.kept')}
          </p>
          <button
            type="button"
            className={`button button--wide ${offered ? 'button--primary' : ''}`}
            data-testid="take-chair"
            onClick={() => void sendGroup('group:claimChair', {})}
          >
            {t('groups.claimChair')}
          </button>
        </>
      ) : (
        <p>{t('groups.chairAway.wait')}</p>
      )}
    </section>
  );
};
