import { pagePaths } from '../../../routing/route';
import { useT } from '../../../state/useT';
import { loadCreated } from '../../../net/storage';
import { useStore } from '../../../state/store';
import { CopyField } from '../../create/CopyField';

/** The session's links in one place: the participants' link, this console's own, and (where known) the others. */
export const LinksView = () => {
  const t = useT();
  const sessionId = useStore((s) => s.sessionId);
  const code = useStore((s) => s.session?.joinCode ?? '');
  const created = sessionId ? loadCreated(sessionId) : null;
  const origin = window.location.origin;
  const own = `${origin}${pagePaths.facilitator}${window.location.hash}`;
  return (
    <section className="card cockpit-links" aria-labelledby="links-title" data-testid="links-view">
      <h2 id="links-title">{t('cockpit.links.title')}</h2>
      <CopyField
        label={t('cockpit.links.join')}
        help={t('created.joinHelp')}
        value={`${origin}${pagePaths.join(code)}`}
        testId="links-join"
      />
      <CopyField label={t('cockpit.links.yours')} help={t('cockpit.links.yoursHelp')} value={own} testId="links-own" />
      {created ? (
        <>
          <CopyField
            label={t('cockpit.links.scribe')}
            help={t('created.scribeHelp')}
            value={created.links.scribe}
            testId="links-scribe"
          />
          <CopyField
            label={t('cockpit.links.screen')}
            help={t('created.screenHelp')}
            value={created.links.screen}
            testId="links-screen"
          />
        </>
      ) : (
        <p className="hint">{t('cockpit.links.unknown')}</p>
      )}
    </section>
  );
};
